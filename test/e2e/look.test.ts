import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, startServer, watchCsp } from './harness.ts';
import { contextFor, mainPages, type Prepared, prepareMainPages } from './main-pages.ts';

/** Where the screenshots go (a test artifact, not an assertion): test-results/screenshots/<page>-<theme>-<size>.png. */
const SHOTS = 'test-results/screenshots';
const SCREENSHOTS = new Set(['home', 'calendar', 'day', 'log-form', 'collection', 'stats', 'settings']);
const SIZES = [
  { size: 'desktop', width: 1280, height: 800 },
  { size: 'phone', width: 375, height: 812 },
] as const;

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
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('every main page, in both themes, at desktop and phone sizes', () => {
  // The pages are known once the database is prepared; their names are fixed.
  const names = mainPages({ secret: '', hiddenPrompt: '', offeredPrompt: '', pieceId: 0 }).map((p) => p.name);
  it.each(names)('%s fits 375 px without horizontal scrolling; its screenshots are saved', async (name) => {
    const { path, visitor: anonymous } = mainPages(prepared).find((p) => p.name === name) ?? {};
    const page = await (anonymous ? visitor : writer).newPage();
    const csp = watchCsp(page);
    await page.goto(server.url + path);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const { size, width, height } of SIZES) {
        await page.setViewportSize({ width, height });
        if (size === 'phone') {
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(scrollWidth, `${name} in the ${colorScheme} theme`).toBeLessThanOrEqual(375);
        }
        if (SCREENSHOTS.has(name))
          await page.screenshot({ path: `${SHOTS}/${name}-${colorScheme}-${size}.png`, fullPage: true });
      }
    }
    expect(csp).toEqual([]);
    await page.close();
  });

  it('follows the system’s dark theme', async () => {
    const page = await writer.newPage();
    await page.goto(server.url);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await bodyBackground(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await bodyBackground(page);
    expect(dark).not.toBe(light);
    // The dark background is dark: every channel under 64.
    const channels = (dark.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    expect(channels.every((c) => c < 64)).toBe(true);
    await page.close();
  });

  it('draws the nav icons from the sprite, hidden from screen readers', async () => {
    const page = await writer.newPage();
    await page.goto(server.url);
    const icon = page.locator('nav[aria-label="Main"] svg.icon').first();
    await expect(icon.getAttribute('aria-hidden')).resolves.toBe('true');
    const box = await icon.boundingBox();
    expect(box?.width).toBeGreaterThan(10);
    await page.close();
  });
});

describe('printing the masterpost', () => {
  it('leaves out the navigation, footer and buttons, and spells out where links go', async () => {
    const page = await writer.newPage();
    await page.goto(`${server.url}/events/promptober-demo/masterpost`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.site').isVisible()).resolves.toBe(false);
    await expect(page.locator('footer.site').isVisible()).resolves.toBe(false);
    await expect(page.locator('main button').first().isVisible()).resolves.toBe(false);
    const link = page.locator('ul.masterpost a').first();
    const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('archiveofourown.org/works/1');
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('header.site').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
