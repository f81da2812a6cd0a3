import { DateTime } from 'luxon';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../db/client.ts';
import { eventDays, events, prompts } from '../../db/schema.ts';
import { seedDemo } from '../../src/demo.ts';
import { eventDates } from '../../src/domain/calendar.ts';
import { launchBrowser, type RunningServer, signUpFromLogin, startServer, watchCsp } from './harness.ts';

let server: RunningServer;
let browser: Browser;
const today = DateTime.utc().toISODate() as string;
const todayDay = Number(today.slice(8));
let writers = 0;
/** A username no other test took. */
const newName = (label: string) => `${label}${++writers}`;

/** Adds an event that starts today and runs into next month, so month navigation has somewhere to go. */
function prepare(dbPath: string) {
  const { db, sqlite } = openDatabase(dbPath);
  migrateDatabase(db);
  seedDemo(db, DateTime.utc());
  const dates = eventDates(today, 40);
  const event = db
    .insert(events)
    .values({
      slug: 'crossover',
      name: 'Crossover Week',
      firstDay: dates[0] as string,
      lastDay: dates.at(-1) as string,
      // On a newcomer's Today beside the demo: the admin featured it.
      featured: true,
    })
    .returning()
    .get();
  dates.forEach((date, i) => {
    const day = db
      .insert(eventDays)
      .values({ eventId: event.id, number: i + 1, date })
      .returning()
      .get();
    db.insert(prompts)
      .values({ dayId: day.id, position: 1, text: `Crossover prompt ${i + 1}` })
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

/** A fresh visitor's page; `csp` collects any Content-Security-Policy violation it reports. */
async function newPage(
  javaScriptEnabled: boolean,
): Promise<{ context: BrowserContext; page: Page; csp: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled, timezoneId: 'UTC' });
  await context.addCookies([{ name: 'tz', value: 'UTC', url: server.url }]);
  const page = await context.newPage();
  return { context, page, csp: watchCsp(page) };
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('a newcomer’s journeys %s', (_label, js) => {
  it('checks today’s prompt on the home page', async () => {
    const { context, page } = await newPage(js);
    await page.goto(server.url);
    const card = page.locator('section.today', { hasText: 'Promptober' });
    await expect(card.getByRole('heading', { name: new RegExp(`Day ${todayDay}\\b`) }).count()).resolves.toBe(
      1,
    );
    await expect(card.locator('ul.prompts li').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('section.today', { hasText: 'Crossover Week' }).count()).resolves.toBe(1);
    await context.close();
  });

  it('browses an event calendar by keyboard, moves a month on, and opens a day', async () => {
    const { context, page } = await newPage(js);
    await page.goto(`${server.url}/events`);
    await page.getByRole('link', { name: 'Crossover Week' }).click();
    await page.waitForURL(/\/events\/crossover/);
    const title = page.locator('#calendar-title');
    const thisMonth = await title.textContent();
    const next = page.getByRole('link', { name: 'Next month →' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => title.textContent()).not.toBe(thisMonth);
    await expect(page.locator('table.month th').first().textContent()).resolves.toBe('Mon');
    await page.getByRole('link', { name: 'Previous month' }).click();
    await expect.poll(() => title.textContent()).toBe(thisMonth);
    await page.locator('a.day-link', { hasText: /^Day 1,/ }).click();
    await page.waitForURL(/\/events\/crossover\/days\/1$/);
    await expect(page.getByText('Crossover prompt 1').count()).resolves.toBeGreaterThan(0);
    await context.close();
  });

  it('signs up when “Log a piece” asks, comes back to the day, logs it and finds it in the collection', async () => {
    const { context, page, csp } = await newPage(js);
    await page.goto(server.url);
    await expect(page.getByText('Sign in to log pieces').count()).resolves.toBeGreaterThan(0);
    await page
      .locator('section.today', { hasText: 'Promptober' })
      .getByRole('link', { name: 'Log a piece' })
      .click();
    await page.waitForURL(/\/login\?next=/);
    await signUpFromLogin(page, newName(js ? 'js' : 'nojs'));
    await page.waitForURL(/\/pieces\/new\?event=promptober-demo&day=/);
    await expect(page.locator('fieldset.day-fill legend').textContent()).resolves.toContain(
      `Day ${todayDay}`,
    );
    const title = `Rain check ${js ? 'js' : 'nojs'}`;
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Words').fill('1234');
    await page.getByRole('button', { name: 'Save the piece' }).click();
    await page.waitForURL(/\/pieces\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Collection' }).click();
    await page.waitForURL(/\/pieces$/);
    const blurb = page.locator('li.blurb', { hasText: title });
    await expect(blurb.textContent()).resolves.toContain('1,234');
    await page.goto(server.url);
    const card = page.locator('section.today', { hasText: 'Promptober' });
    await expect(card.locator('.status-line').textContent()).resolves.toContain('You filled this day.');
    expect(csp).toEqual([]);
    await context.close();
  });

  it('signs out, and signs in again from the nav', async () => {
    const { context, page, csp } = await newPage(js);
    const name = newName(js ? 'back-js' : 'back-nojs');
    await page.goto(`${server.url}/pieces`);
    await page.waitForURL(/\/login\?next=%2Fpieces$/);
    await signUpFromLogin(page, name);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${server.url}/`);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Collection' }).count()).resolves.toBe(0);
    await nav.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Username').fill(name);
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByText('do not match an account').count()).toBe(1);
    await expect(page.getByLabel('Username').inputValue()).resolves.toBe(name);
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${server.url}/`);
    await expect(nav.getByRole('link', { name }).count()).resolves.toBe(1);
    expect(csp).toEqual([]);
    await context.close();
  });

  it('shows what went wrong beside the field, keeping what was typed', async () => {
    const { context, page, csp } = await newPage(js);
    await page.goto(`${server.url}/pieces/new?event=promptober-demo&day=1`);
    await signUpFromLogin(page, newName(js ? 'oops-js' : 'oops-nojs'));
    await page.getByLabel('Title').fill('Almost');
    await page.getByLabel('Words').fill('lots');
    await page.getByRole('button', { name: 'Save the piece' }).click();
    await expect.poll(() => page.locator('#f-words-error').count()).toBe(1);
    await expect(page.locator('#f-words-error').textContent()).resolves.toContain('whole number');
    await expect(page.getByLabel('Title').inputValue()).resolves.toBe('Almost');
    if (js) {
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    }
    expect(csp).toEqual([]);
    await context.close();
  });
});

describe('edit and delete', () => {
  it('edits a piece and deletes it after confirming', async () => {
    const { context, page, csp } = await newPage(true);
    await page.goto(`${server.url}/pieces/new`);
    await signUpFromLogin(page, newName('editor'));
    await page.getByLabel('Title').fill('To be edited');
    await page.getByLabel('Words').fill('10');
    await page.getByRole('button', { name: 'Save the piece' }).click();
    await page.waitForURL(/\/pieces\/\d+$/);
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByLabel('Words').fill('20');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(/\/pieces\/\d+$/);
    await expect(page.locator('.blurb .words').textContent()).resolves.toBe('20 words');
    await page.getByRole('link', { name: 'Delete…' }).click();
    await page.getByRole('button', { name: 'Delete the piece' }).click();
    await page.waitForURL(/\/pieces$/);
    await expect(page.locator('li.blurb', { hasText: 'To be edited' }).count()).resolves.toBe(0);
    await expect(page.getByRole('status').first().textContent()).resolves.toBe('Deleted “To be edited”.');
    expect(csp).toEqual([]);
    await context.close();
  });
});
