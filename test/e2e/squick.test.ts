import { asc, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../db/client.ts';
import { eventDays, prompts } from '../../db/schema.ts';
import { seedDemo } from '../../src/demo.ts';
import { launchBrowser, type RunningServer, signUpFromLogin, startServer, watchCsp } from './harness.ts';

let server: RunningServer;
let browser: Browser;
const today = DateTime.utc().toISODate() as string;
const todayDay = Number(today.slice(8));
/** Today's prompts in the demo event. */
let todays: string[] = [];
/** A word on the list that no prompt contains: it must not appear outside settings. */
const UNUSED = 'zyzzyva';

beforeAll(async () => {
  server = await startServer({
    prepare: (dbPath) => {
      const { db, sqlite } = openDatabase(dbPath);
      migrateDatabase(db);
      seedDemo(db, DateTime.utc());
      todays = db
        .select({ text: prompts.text })
        .from(prompts)
        .innerJoin(eventDays, eq(eventDays.id, prompts.dayId))
        .where(eq(eventDays.date, today))
        .orderBy(asc(prompts.position))
        .all()
        .map((p) => p.text);
      sqlite.close();
    },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(
  javaScriptEnabled: boolean,
): Promise<{ context: BrowserContext; page: Page; csp: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled, timezoneId: 'UTC' });
  await context.addCookies([{ name: 'tz', value: 'UTC', url: server.url }]);
  const page = await context.newPage();
  return { context, page, csp: watchCsp(page) };
}

/** The demo event's card on the home page. */
const demoCard = (page: Page) => page.locator('section.today', { hasText: 'Promptober' });

it('never hides a prompt from a visitor', async () => {
  const { context, page } = await newPage(false);
  await page.goto(server.url);
  await expect(demoCard(page).locator('ul.prompts li').first().textContent()).resolves.toBe(todays[0]);
  await expect(page.locator('details.squick').count()).resolves.toBe(0);
  await context.close();
});

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('a writer who avoids a word %s', (label, js) => {
  const name = js ? 'squickjs' : 'squicknojs';

  it('lists it in settings; home, calendar and day page blur its prompt, reveal it on demand and offer the others', async () => {
    const { context, page, csp } = await newPage(js);
    await page.goto(`${server.url}/settings`);
    await signUpFromLogin(page, name);
    const hidden = todays[0] as string;
    await page.getByLabel('Words and phrases you avoid').fill(`${hidden.toUpperCase()}\n${UNUSED}`);
    await page.getByRole('button', { name: 'Save the list' }).click();
    await expect.poll(() => page.locator('#squick [role="status"]').textContent()).toContain('Saved.');
    expect(new URL(page.url()).pathname).toBe('/settings');
    await expect(page.getByLabel('Words and phrases you avoid').inputValue()).resolves.toBe(
      `${hidden.toUpperCase()}\n${UNUSED}`,
    );

    // Home: blurred behind a "Show prompt" control, the day's other prompts offered instead.
    await page.goto(server.url);
    const card = demoCard(page);
    const squick = card.locator('details.squick');
    await expect(squick.count()).resolves.toBe(1);
    await expect(squick.locator('.squick-text').isVisible()).resolves.toBe(false);
    const blur = await squick.locator('.squick-blur').evaluate((el) => getComputedStyle(el).filter);
    expect(blur, label).toMatch(/^blur\(/);
    const tryInstead = card.locator('.try-instead');
    await expect(tryInstead.textContent()).resolves.toContain('Try instead:');
    for (const other of todays.slice(1)) await expect(tryInstead.textContent()).resolves.toContain(other);
    await squick.getByText('Show prompt').click();
    await expect(squick.locator('.squick-text').isVisible()).resolves.toBe(true);
    await expect(squick.locator('.squick-text').textContent()).resolves.toBe(hidden);
    expect(await page.content()).not.toContain(UNUSED);

    // Calendar: today's cell blurs it too.
    await page.goto(`${server.url}/events/promptober-demo`);
    const cell = page.locator('td', {
      has: page.locator(`a[href="/events/promptober-demo/days/${todayDay}"]`),
    });
    await expect(cell.locator('details.squick').count()).resolves.toBe(1);
    await expect(cell.locator('.squick-text').isVisible()).resolves.toBe(false);
    expect(await page.content()).not.toContain(UNUSED);

    // Day page: the other prompts and the event's alternates are offered.
    await page.goto(`${server.url}/events/promptober-demo/days/${todayDay}`);
    await expect(page.locator('main details.squick').count()).resolves.toBe(1);
    await expect(page.locator('.try-instead').textContent()).resolves.toContain('Hurt/comfort');
    expect(await page.content()).not.toContain(UNUSED);
    expect(csp).toEqual([]);
    await context.close();
  });

  it('refuses a list of more than 100 entries, keeping what was typed', async () => {
    const { context, page } = await newPage(js);
    await page.goto(`${server.url}/settings`);
    await signUpFromLogin(page, `${name}long`);
    const list = Array.from({ length: 101 }, (_, i) => `word${i}`).join('\n');
    await page.getByLabel('Words and phrases you avoid').fill(list);
    await page.getByRole('button', { name: 'Save the list' }).click();
    await expect.poll(() => page.locator('#f-squick_words-error').count()).toBe(1);
    await expect(page.locator('#f-squick_words-error').textContent()).resolves.toContain('at most 100');
    await expect(page.getByLabel('Words and phrases you avoid').inputValue()).resolves.toBe(list);
    if (js) {
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    }
    await context.close();
  });
});
