import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../db/client.ts';
import { sessions, writers } from '../../db/schema.ts';
import { digest, newSecret } from '../../src/auth/secrets.ts';
import { SESSION_COOKIE } from '../../src/auth/session.ts';
import { seedDemo } from '../../src/demo.ts';
import { launchBrowser, type RunningServer, startServer } from './harness.ts';

let server: RunningServer;
let browser: Browser;
/** Day 2 of the new event is today, so the calendar opens on the month that shows it. */
const firstDay = DateTime.utc().minus({ days: 1 }).toISODate() as string;
/** The organiser's session secret, made in the database before the server starts. */
const secret = newSecret();

function prepare(dbPath: string) {
  const { db, sqlite } = openDatabase(dbPath);
  migrateDatabase(db);
  seedDemo(db, DateTime.utc());
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

const LIST = ['Spooky Week', '', '1. Ghosts | Bats', '2. Tears', '3. Moons', '', 'Alternates: Owls'].join(
  '\n',
);

async function organiserPage(
  javaScriptEnabled: boolean,
): Promise<{ page: Page; csp: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ javaScriptEnabled, timezoneId: 'UTC' });
  await context.addCookies([
    { name: 'tz', value: 'UTC', url: server.url },
    { name: SESSION_COOKIE, value: secret, url: server.url },
  ]);
  const page = await context.newPage();
  const csp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) csp.push(m.text());
  });
  return { page, csp, close: () => context.close() };
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('an organiser turns a pasted list into an event %s', (_label, js) => {
  it('pastes, previews, corrects a line, saves, and sees the corrected prompt in the calendar', async () => {
    const { page, csp, close } = await organiserPage(js);
    const slug = js ? 'spooky-week-js' : 'spooky-nojs';
    await page.goto(`${server.url}/events`);
    await page.getByRole('link', { name: 'New event' }).click();
    await page.waitForURL(/\/events\/new$/);
    await page.getByLabel('Name').fill(`Spooky Week ${js ? 'js' : 'nojs'}`);
    if (js) await expect.poll(() => page.getByLabel('Slug').inputValue()).toBe(slug);
    else await page.getByLabel('Slug').fill(slug);
    await page.getByLabel('First day').fill(firstDay);
    const list = page.getByLabel('Prompts, as the organiser published them');
    await list.fill(LIST);
    const preview = page.locator('#preview');
    if (!js) await page.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => preview.textContent()).toContain('3 days');
    await expect(preview.locator('tbody tr').nth(1).textContent()).resolves.toContain('Tears');
    await expect(preview.textContent()).resolves.toContain('Owls');

    // The organiser spots a typo and corrects that line in the text.
    await list.fill(LIST.replace('2. Tears', '2. Tears of joy'));
    if (!js) await page.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => preview.locator('tbody tr').nth(1).textContent()).toContain('Tears of joy');
    await expect(page.getByLabel('Prompts, as the organiser published them').inputValue()).resolves.toContain(
      'Tears of joy',
    );

    await page.getByRole('button', { name: 'Create the event' }).click();
    await page.waitForURL(new RegExp(`/events/${slug}$`));
    const day2 = page.locator('td', { has: page.locator(`a[href="/events/${slug}/days/2"]`) });
    await expect(day2.locator('.cell-prompts').textContent()).resolves.toBe('Tears of joy');
    await page.getByText('Subscribe to the prompts in your calendar').click();
    const subscribe = page.getByRole('link', { name: 'Subscribe', exact: true });
    await expect(subscribe.getAttribute('href')).resolves.toMatch(
      new RegExp(`^webcal://.*/events/${slug}/prompts\\.ics$`),
    );
    await expect(page.getByLabel('The calendar’s address').inputValue()).resolves.toMatch(
      /^http:\/\/.*prompts\.ics$/,
    );
    expect(csp).toEqual([]);
    await close();
  });
});
