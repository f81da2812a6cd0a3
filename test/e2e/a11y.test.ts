import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Finding, seriousViolations } from './axe.ts';
import { launchBrowser, type RunningServer, startServer, watchCsp } from './harness.ts';
import { contextFor, mainPages, type Prepared, prepareMainPages, TODAY_DAY } from './main-pages.ts';

let server: RunningServer;
let browser: Browser;
let prepared: Prepared;
let writer: BrowserContext;
let visitor: BrowserContext;

beforeAll(async () => {
  server = await startServer({
    prepare: (dbPath) => {
      prepared = prepareMainPages(dbPath);
    },
  });
  browser = await launchBrowser();
  writer = await contextFor(browser, server.url, { secret: prepared.secret });
  visitor = await contextFor(browser, server.url, {});
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('axe finds no serious or critical violation', () => {
  const names = mainPages({ secret: '', hiddenPrompt: '', offeredPrompt: '', pieceId: 0 }).map((p) => p.name);
  // Colours differ by theme, layout by width: both themes on a desktop, and the phone layout once.
  const runs = [
    { colorScheme: 'light', width: 1280 },
    { colorScheme: 'dark', width: 1280 },
    { colorScheme: 'dark', width: 375 },
  ] as const;
  it.each(names)('on %s, in the light and dark themes, and on a phone', async (name) => {
    const { path, visitor: anonymous } = mainPages(prepared).find((p) => p.name === name) ?? {};
    const page = await (anonymous ? visitor : writer).newPage();
    await page.goto(server.url + path);
    const found: Record<string, Finding[]> = {};
    for (const { colorScheme, width } of runs) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 800 });
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[`${colorScheme} ${width}px`] = violations;
    }
    expect(found).toEqual({});
    await page.close();
  });

  it('on a day page with its hidden prompt shown', async () => {
    const page = await writer.newPage();
    await page.goto(`${server.url}/events/promptober-demo/days/${TODAY_DAY}`);
    await page.locator('details.squick summary').first().click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.close();
  });
});

/** Presses Tab until the focused element's accessible text matches `name` (at most 60 times). */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
      return `${label ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}`.trim();
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('by keyboard alone %s', (_label, js) => {
  it('tabs to “Log a piece”, fills the form, submits it with Enter, and reaches the collection', async () => {
    const context = await contextFor(browser, server.url, { secret: prepared.secret, javaScriptEnabled: js });
    const page = await context.newPage();
    const csp = watchCsp(page);
    await page.goto(server.url);
    await tabTo(page, /^Log a piece$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/pieces\/new/);
    await tabTo(page, /^Title/);
    const title = `Typed by keyboard ${js ? 'js' : 'nojs'}`;
    await page.keyboard.type(title);
    await tabTo(page, /^Words/);
    await page.keyboard.type('321');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/pieces\/\d+$/);
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    await tabTo(page, /^Collection$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/pieces$/);
    await expect(page.locator('li.blurb', { hasText: title }).count()).resolves.toBe(1);
    expect(csp).toEqual([]);
    await context.close();
  });

  it('changes the display name in settings and saves it with Enter', async () => {
    const context = await contextFor(browser, server.url, { secret: prepared.secret, javaScriptEnabled: js });
    const page = await context.newPage();
    const csp = watchCsp(page);
    await page.goto(server.url);
    await tabTo(page, /^Settings$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/settings$/);
    await tabTo(page, /^Display name/);
    const name = `Wren ${js ? 'with' : 'without'} JavaScript`;
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/settings\?saved=settings$/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('Your settings were saved.');
    await expect(page.locator('a.writer-name').textContent()).resolves.toBe(name);
    expect(csp).toEqual([]);
    await context.close();
  });

  it('reveals a hidden prompt with the keyboard', async () => {
    const context = await contextFor(browser, server.url, { secret: prepared.secret, javaScriptEnabled: js });
    const page = await context.newPage();
    await page.goto(server.url);
    const text = page.locator('details.squick .squick-text').first();
    await expect(text.isVisible()).resolves.toBe(false);
    await tabTo(page, /Show prompt/);
    await page.keyboard.press('Enter');
    await expect(text.isVisible()).resolves.toBe(true);
    await expect(text.textContent()).resolves.toBe(prepared.hiddenPrompt);
    await context.close();
  });
});

describe('focus and announcements after htmx swaps', () => {
  it('moves focus to the month’s heading when the calendar changes month', async () => {
    const page = await writer.newPage();
    await page.goto(`${server.url}/events/crossover`);
    const title = await page.locator('#calendar-title').textContent();
    await page.getByRole('link', { name: 'Next month →' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('calendar-title');
    await expect(page.locator('#calendar-title').textContent()).resolves.not.toBe(title);
    await page.close();
  });

  it('moves focus to the results after filtering the collection, and announces the count', async () => {
    const page = await writer.newPage();
    await page.goto(`${server.url}/pieces`);
    await page.getByLabel('Sort by').focus();
    await page.getByLabel('Sort by').selectOption('words');
    // A change swaps the results in place and leaves focus on the field being used.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('c-sort');
    await expect.poll(() => page.locator('#announcer').textContent()).toMatch(/Pieces \d+ Words/);
    await page.getByRole('button', { name: 'Apply' }).press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('totals-title');
    await page.close();
  });
});
