import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../db/client.ts';
import { eventDays, events, prompts } from '../../db/schema.ts';
import { seedDemo } from '../../src/demo.ts';
import { WHUMPTOBER_DAYS } from '../ao3/app.ts';
import { ao3Fixture, startFakeAo3 } from '../ao3/fake-ao3.ts';
import { launchBrowser, type RunningServer, signUpFromLogin, startServer, watchCsp } from './harness.ts';

let server: RunningServer;
let browser: Browser;
let fake: Awaited<ReturnType<typeof startFakeAo3>>;

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The ids of axe's serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is evaluated into the page, untyped.
    const { violations } = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return (violations as { id: string; impact: string }[])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id);
  });
}

/** Whumptober 2025 beside the demo event, with the days the fixtures fill. */
function prepare(dbPath: string) {
  const { db, sqlite } = openDatabase(dbPath);
  migrateDatabase(db);
  seedDemo(db, DateTime.utc());
  const event = db
    .insert(events)
    .values({
      slug: 'whumptober-2025',
      name: 'Whumptober 2025',
      firstDay: '2025-10-01',
      lastDay: '2025-10-31',
    })
    .returning()
    .get();
  for (const [n, texts] of WHUMPTOBER_DAYS) {
    const day = db
      .insert(eventDays)
      .values({ eventId: event.id, number: n, date: `2025-10-${String(n).padStart(2, '0')}` })
      .returning()
      .get();
    texts.forEach((text, i) => {
      db.insert(prompts)
        .values({ dayId: day.id, position: i + 1, text })
        .run();
    });
  }
  sqlite.close();
}

beforeAll(async () => {
  fake = await startFakeAo3({
    '/works/48151623?view_adult=true&view_full_work=true': { body: ao3Fixture('work-page.html') },
    '/users/quietlark/works': { body: ao3Fixture('user-works-1.html') },
    '/users/quietlark/works?page=2': { body: ao3Fixture('user-works-2.html'), delayMs: 1500 },
  });
  server = await startServer({
    prepare,
    env: { PROMPTLY_AO3_FETCH: 'on', PROMPTLY_AO3_URL: fake.url, PROMPTLY_BASE_URL: 'http://promptly.test' },
  });
  browser = await launchBrowser();
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await fake?.close();
});

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('importing from AO3 %s', (label, js) => {
  const name = js ? 'linkjs' : 'linknojs';

  it('a link fills the log form, prompt ticked; a whole list imports in one go, and again adds nothing', async () => {
    const context = await browser.newContext({ javaScriptEnabled: js, timezoneId: 'UTC' });
    const page = await context.newPage();
    const csp = watchCsp(page);
    await page.goto(`${server.url}/pieces/new`);
    await signUpFromLogin(page, name);

    await page.getByText('Paste your story, its AO3 page or its AO3 link').click();
    await page.getByLabel(/^Story text, AO3 work page/).fill('https://archiveofourown.org/works/48151623');
    await page.getByRole('button', { name: 'Fill in the form from this' }).click();
    await expect
      .poll(() => page.getByLabel('Title', { exact: false }).first().inputValue(), { timeout: 10_000 })
      .toBe('Cold Hands, Warm Heart');
    await expect(page.getByRole('checkbox', { name: 'Fever' }).isChecked()).resolves.toBe(true);
    await expect(page.locator('.paste .notice').textContent()).resolves.toContain(
      'Found the prompt for day 17.',
    );
    await page.getByRole('button', { name: 'Save the piece' }).last().click();
    await page.waitForURL(/\/pieces\/\d+$/);

    await page.goto(`${server.url}/events/whumptober-2025`);
    await page.getByRole('link', { name: 'Import from AO3' }).click();
    if (js) await expect(seriousViolations(page)).resolves.toEqual([]);
    await page
      .getByLabel('Link to the list on AO3')
      .fill('https://archiveofourown.org/users/quietlark/works');
    await page.getByRole('button', { name: 'Read the list' }).click();
    await page.getByRole('heading', { name: 'Check the works to import' }).waitFor({ timeout: 20_000 });
    await expect(page.locator('.import-row').count()).resolves.toBe(5);
    await page.screenshot({
      path: `test-results/screenshots/ao3-import-preview-${js ? 'js' : 'no-js'}.png`,
      fullPage: true,
    });
    if (js) await expect(seriousViolations(page)).resolves.toEqual([]);
    await expect(page.getByRole('checkbox', { name: 'Paper Boats', exact: true }).isChecked()).resolves.toBe(
      true,
    );
    await expect(page.getByRole('checkbox', { name: 'Something Else Entirely' }).isChecked()).resolves.toBe(
      false,
    );
    await page.getByRole('button', { name: 'Import the chosen works' }).last().click();
    await page.getByRole('heading', { name: 'Imported from AO3' }).waitFor();
    await expect(page.locator('main').textContent()).resolves.toContain('4 works were logged');

    await page.goto(`${server.url}/pieces/import?event=whumptober-2025`);
    await page
      .getByLabel('Link to the list on AO3')
      .fill('https://archiveofourown.org/users/quietlark/works');
    await page.getByRole('button', { name: 'Read the list' }).click();
    await page.getByRole('heading', { name: 'Check the works to import' }).waitFor({ timeout: 20_000 });
    await expect(page.getByText('Already logged as').count()).resolves.toBe(4);
    expect(csp, label).toEqual([]);
    await context.close();
  }, 60_000);
});
