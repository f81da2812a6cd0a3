import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../db/client.ts';
import { sessions, writers } from '../../db/schema.ts';
import { digest, newSecret } from '../../src/auth/secrets.ts';
import { SESSION_COOKIE } from '../../src/auth/session.ts';
import { launchBrowser, type RunningServer, startServer, watchCsp } from './harness.ts';

/** axe-core's source, evaluated in the page as DevTools would. */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The ids of axe's serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is evaluated into the page, untyped.
    const results = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return (results.violations as { id: string; impact: string }[])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id);
  });
}

let server: RunningServer;
let browser: Browser;
const secret = newSecret();
const firstDay = DateTime.utc().toISODate() as string;

function prepare(dbPath: string) {
  const { db, sqlite } = openDatabase(dbPath);
  migrateDatabase(db);
  const writer = db.insert(writers).values({ username: 'org', displayName: 'Org' }).returning().get();
  const expiresAt = DateTime.utc().plus({ days: 30 }).toISO() as string;
  db.insert(sessions)
    .values({ id: digest(secret), writerId: writer.id, expiresAt })
    .run();
  sqlite.close();
}

beforeAll(async () => {
  server = await startServer({ prepare });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

// Line 5, "Moon", is a stray prompt; line 6 a bonus one; line 7 a hashtag.
const LIST = ['SPOOKTOBER', 'A week of ghosts.', '1. Ghosts', '2. Bats', 'Moon', 'Owls', '#spooktober'].join(
  '\n',
);

async function organiserPage(
  javaScriptEnabled: boolean,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ javaScriptEnabled, timezoneId: 'UTC' });
  await context.addCookies([
    { name: 'tz', value: 'UTC', url: server.url },
    { name: SESSION_COOKIE, value: secret, url: server.url },
  ]);
  return { page: await context.newPage(), close: () => context.close() };
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('the preview’s Not used lines %s', (_label, js) => {
  it('shows the lines not used; one click makes one a day, another an alternate, a third is corrected', async () => {
    const { page, close } = await organiserPage(js);
    const csp = watchCsp(page);
    const slug = js ? 'spooktober-js' : 'spooktober-nojs';
    await page.goto(`${server.url}/events/new`);
    await page.getByLabel('Name').fill(`Spooktober ${js ? 'js' : 'nojs'}`);
    await page.getByLabel('Slug').fill(slug);
    await page.getByLabel('First day').fill(firstDay);
    const list = page.getByLabel('Prompts, as the organiser published them');
    await list.fill(LIST);
    const preview = page.locator('#preview');
    if (!js) await page.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => preview.textContent()).toContain('2 days');
    const unused = preview.locator('.unused-lines li');
    await expect.poll(() => unused.count()).toBe(5);
    await expect(unused.nth(2).locator('input[name="line_5"]').inputValue()).resolves.toBe('Moon');
    if (js) await expect(seriousViolations(page)).resolves.toEqual([]);

    // With JavaScript the form swaps itself in place: the page is never left.
    if (js) await page.evaluate(() => Object.assign(window, { stayed: true }));
    await page.getByRole('button', { name: 'Make it a day (line 5)' }).click();
    await expect.poll(() => page.locator('#preview').textContent()).toContain('3 days');
    await expect(page.locator('#preview tbody tr').nth(2).textContent()).resolves.toContain('Moon');
    await expect(list.inputValue()).resolves.toContain('Day 3: Moon');

    // Written out again, the list's lines have moved: the buttons name the lines as they are now.
    const owls = page.locator('#preview .unused-lines li', { hasText: '' }).filter({
      has: page.locator('input[value="Owls"][type="hidden"]'),
    });
    const owlsLine = (await owls.locator('input[type="hidden"]').getAttribute('name'))?.slice(4);
    await page.getByRole('button', { name: `Make it an alternate (line ${owlsLine})` }).click();
    await expect.poll(() => page.locator('.preview-alternates').textContent()).toContain('Owls');

    const intro = page.locator('#preview .unused-lines li').filter({
      has: page.locator('input[value="A week of ghosts."][type="hidden"]'),
    });
    await intro.locator('input:not([type="hidden"])').fill('4. Candles');
    await intro.getByRole('button', { name: /^Correct the text/ }).click();
    await expect.poll(() => list.inputValue()).toContain('4. Candles');
    await expect
      .poll(() => page.locator('#preview .unused-lines').textContent())
      .not.toContain('A week of ghosts');

    if (js) await expect(page.evaluate(() => 'stayed' in window)).resolves.toBe(true);
    // The typed fields survived every fix; saving makes the event of what the preview shows.
    await expect(page.getByLabel('Slug').inputValue()).resolves.toBe(slug);
    const days = await page.locator('#preview tbody tr').count();
    await page.getByRole('button', { name: 'Create the event' }).click();
    await page.waitForURL(new RegExp(`/events/${slug}$`));
    const api = await (await fetch(`${server.url}/api/v1/events/${slug}`)).json();
    expect(api.days).toHaveLength(days);
    expect(api.days[2].prompts).toEqual(['Moon']);
    expect(api.alternates).toEqual(['Owls']);
    expect(csp).toEqual([]);
    await close();
  });
});
