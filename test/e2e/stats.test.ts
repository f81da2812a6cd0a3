import { DateTime } from 'luxon';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../db/client.ts';
import { seedDemo } from '../../src/demo.ts';
import { launchBrowser, type RunningServer, signUpFromLogin, startServer, watchCsp } from './harness.ts';

let server: RunningServer;
let browser: Browser;
const todayDay = Number((DateTime.utc().toISODate() as string).slice(8));

const CHARTS = [
  'Cumulative words',
  'Words per day',
  'Your year',
  'Days filled per event',
  'Fills per fandom',
];

beforeAll(async () => {
  server = await startServer({
    prepare: (dbPath) => {
      const { db, sqlite } = openDatabase(dbPath);
      migrateDatabase(db);
      seedDemo(db, DateTime.utc());
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
  const context = await browser.newContext({
    javaScriptEnabled,
    timezoneId: 'UTC',
    permissions: javaScriptEnabled ? ['clipboard-read', 'clipboard-write'] : [],
  });
  await context.addCookies([{ name: 'tz', value: 'UTC', url: server.url }]);
  const page = await context.newPage();
  return { context, page, csp: watchCsp(page) };
}

/** Logs today's piece for the demo event through the form, with a fandom. */
async function logPiece(page: Page, title: string) {
  await page.goto(`${server.url}/pieces/new?event=promptober-demo&day=${todayDay}`);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Words').fill('1234');
  await page.getByLabel('Fandoms').fill('Good Omens');
  await page.getByRole('button', { name: 'Save the piece' }).click();
  await page.waitForURL(/\/pieces\/\d+$/);
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('stats and the masterpost %s', (label, js) => {
  const name = js ? 'statsjs' : 'statsnojs';

  it('logs words on the stats page and draws every chart as a visible, named SVG', async () => {
    const { context, page, csp } = await newPage(js);
    await page.goto(`${server.url}/stats`);
    await page.waitForURL(/\/login\?next=%2Fstats$/);
    await signUpFromLogin(page, name);
    await logPiece(page, `Frost ${label}`);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Stats', exact: true })
      .click();
    await page.waitForURL(/\/stats$/);
    await page.locator('#f-words').fill('2,500');
    await page.getByRole('button', { name: 'Log the words' }).click();
    await expect.poll(() => page.locator('table.word-logs').textContent()).toContain('2,500 words');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Logged 2,500 words for /);
    for (const chart of CHARTS) {
      const svg = page.getByRole('img', { name: chart, exact: true });
      await expect(svg.isVisible(), chart).resolves.toBe(true);
      const box = await svg.boundingBox();
      expect(box?.width, chart).toBeGreaterThan(100);
      expect(box?.height, chart).toBeGreaterThan(20);
    }
    const cumulative = page.getByRole('img', { name: 'Cumulative words', exact: true });
    await expect(cumulative.getAttribute('aria-describedby')).resolves.toBe('chart-cumulative-desc');
    await expect(page.locator('#chart-cumulative-desc').textContent()).resolves.toContain('3,734 words');
    await expect(page.locator('#chart-year rect.heat-4').count()).resolves.toBe(1);
    // The numbers behind a chart, as a table.
    const table = page.locator('#chart-fandoms table');
    await expect(table.isVisible()).resolves.toBe(false);
    await page.getByText('Fills per fandom: the numbers').click();
    await expect(table.getByRole('row', { name: /Good Omens\s*1/ }).isVisible()).resolves.toBe(true);
    expect(csp).toEqual([]);
    await context.close();
  });

  it('shows the masterpost to copy: a button with JavaScript, a read-only field to select without', async () => {
    const { context, page, csp } = await newPage(js);
    await page.goto(`${server.url}/events/promptober-demo/masterpost`);
    await signUpFromLogin(page, `${name}mp`);
    await logPiece(page, `Nasty <b>*${label}*</b>`);
    await page.goto(`${server.url}/events/promptober-demo/masterpost`);
    const field = page.getByLabel('Markdown masterpost');
    await expect(field.inputValue()).resolves.toContain(`\\<b\\>\\*${label}\\*\\</b\\> (1,234 words)`);
    await expect(field.getAttribute('readonly')).resolves.toBe('');
    await expect(page.getByRole('button', { name: 'Copy the Markdown' }).isVisible()).resolves.toBe(js);
    if (js) {
      // Located by what it copies: its name becomes "Copied".
      const copy = page.locator('button[data-copy="#masterpost-md"]');
      await copy.click();
      await expect.poll(() => copy.textContent()).toBe('Copied');
      const clip = await page.evaluate(() => navigator.clipboard.readText());
      expect(clip).toBe(await field.inputValue());
    }
    await expect(page.locator('ul.masterpost a').count()).resolves.toBe(0);
    await expect(page.locator('ul.masterpost li').textContent()).resolves.toContain(`<b>*${label}*</b>`);
    expect(csp).toEqual([]);
    await context.close();
  });
});
