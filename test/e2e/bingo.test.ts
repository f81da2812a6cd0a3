import { DateTime } from 'luxon';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../db/client.ts';
import { bingoPool, events } from '../../db/schema.ts';
import { seedDemo } from '../../src/demo.ts';
import { addDays } from '../../src/domain/calendar.ts';
import { seriousViolations } from './axe.ts';
import { launchBrowser, type RunningServer, signUpFromLogin, startServer, watchCsp } from './harness.ts';

let server: RunningServer;
let browser: Browser;
const today = DateTime.utc().toISODate() as string;
const POOL = [
  'Fever',
  'Kidnapping',
  'Broken bones',
  'Hypothermia',
  'Blood loss',
  'Poison',
  'Concussion',
  'Drowning',
];

/** The demo, and a 3×3 bingo with a free centre open around today. */
function prepare(dbPath: string) {
  const { db, sqlite } = openDatabase(dbPath);
  migrateDatabase(db);
  seedDemo(db, DateTime.utc());
  const event = db
    .insert(events)
    .values({
      slug: 'e2e-bingo',
      name: 'E2E Bingo',
      kind: 'bingo',
      firstDay: addDays(today, -10),
      lastDay: addDays(today, 60),
      cardSize: 3,
      freeCentre: true,
    })
    .returning()
    .get();
  POOL.forEach((text, i) => {
    db.insert(bingoPool)
      .values({ eventId: event.id, position: i + 1, text })
      .run();
  });
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

async function newPage(
  javaScriptEnabled: boolean,
): Promise<{ context: BrowserContext; page: Page; csp: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled, timezoneId: 'UTC' });
  await context.addCookies([{ name: 'tz', value: 'UTC', url: server.url }]);
  const page = await context.newPage();
  return { context, page, csp: watchCsp(page) };
}

describe.each([
  ['with JavaScript', true, 'jsbingo'],
  ['without JavaScript', false, 'nojsbingo'],
])('a bingo journey %s', (_label, js, name) => {
  it('joins, gets a card, logs a piece into two squares, completes a line and finds it in the masterpost', async () => {
    const { context, page, csp } = await newPage(js);
    await page.goto(`${server.url}/events/e2e-bingo`);
    await page.getByRole('link', { name: 'Sign in to join this event' }).click();
    await signUpFromLogin(page, name);
    await page.getByRole('button', { name: 'Join and get a card' }).click();
    await page.waitForURL(/\/events\/e2e-bingo\/card$/);
    const card = page.locator('table.bingo-card');
    await expect(card.locator('th[scope="col"]').count()).resolves.toBe(3);
    await expect(card.locator('th[scope="row"]').count()).resolves.toBe(3);
    await expect(card.getByText('Free square').count()).resolves.toBe(1);
    // Row 2 runs through the free centre: its two other squares make a line.
    await card.locator('tbody tr').nth(1).locator('a.log-square').first().click();
    await page.waitForURL(/\/pieces\/new\?event=e2e-bingo&square=2-1/);
    await expect(page.locator('input[name="square"][value="2-1"]').isChecked()).resolves.toBe(true);
    await page.locator('input[name="square"][value="2-3"]').check();
    await page.getByLabel('Title').fill('Across the middle');
    await page.getByLabel('Words').fill('1200');
    await page.locator('.actions').getByRole('button', { name: 'Save the piece' }).click();
    await page.waitForURL(/\/pieces\/\d+$/);
    await expect(page.getByText('row 2, column 3').count()).resolves.toBe(1);
    await page.goto(`${server.url}/events/e2e-bingo/card`);
    await expect(page.locator('.bingo-progress').textContent()).resolves.toContain('1 line');
    await expect(page.locator('.bingo-lines li').allTextContents()).resolves.toEqual(['Row 2']);
    await page.getByRole('link', { name: 'Masterpost' }).click();
    await page.waitForURL(/\/events\/e2e-bingo\/masterpost$/);
    await expect(page.getByText('Row 2, column 1').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText('Across the middle').count()).resolves.toBeGreaterThan(0);
    expect(csp).toEqual([]);
    // axe runs in the page, so only where JavaScript runs; the card's markup is the same without it.
    for (const width of js ? [1280, 375] : []) {
      await page.goto(`${server.url}/events/e2e-bingo/card`);
      await page.setViewportSize({ width, height: 800 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await seriousViolations(page), `${width}px ${colorScheme}`).toEqual([]);
      }
    }
    await context.close();
  });
});
