import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, startServer } from './harness.ts';
import { contextFor, mainPages, type Prepared, prepareMainPages, TODAY_DAY } from './main-pages.ts';

// A writer's first week on a phone and a desktop (issue 16). `npm run screenshots` sets
// PROMPTLY_SCREENSHOTS to refresh the README's quick-start pictures in test/e2e/screenshots/.
const SHOTS = process.env.PROMPTLY_SCREENSHOTS === '1' ? 'test/e2e/screenshots' : null;

let server: RunningServer;
let browser: Browser;
let prepared: Prepared;

beforeAll(async () => {
  server = await startServer({
    prepare: (dbPath) => {
      prepared = prepareMainPages(dbPath);
    },
  });
  browser = await launchBrowser();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Every console error (CSP violations included) and uncaught exception of `page`. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const writerPage = async (opts: { phone?: boolean; javaScriptEnabled?: boolean } = {}) => {
  const context = await contextFor(browser, server.url, { secret: prepared.secret, ...opts });
  return { context, page: await context.newPage() };
};

describe('the main journeys log no console error and no CSP violation', () => {
  it('on every main page, and through the swaps: month, filters, join and leave, log a piece', async () => {
    const { context, page } = await writerPage();
    const errors = watchErrors(page);
    for (const { name, path } of mainPages(prepared))
      if (name !== 'not-found') await page.goto(server.url + path);
    await page.goto(`${server.url}/events/crossover`);
    await page.getByRole('link', { name: 'Next month →' }).click();
    await expect.poll(() => page.locator('#calendar-title').textContent()).not.toContain('undefined');
    await page.goto(`${server.url}/pieces`);
    await page.getByLabel('Sort by').selectOption('words');
    await expect.poll(() => page.locator('#announcer').textContent()).toMatch(/Pieces/);
    await page.goto(`${server.url}/events/promptober-demo`);
    await page.getByRole('button', { name: 'Join the event' }).click();
    await expect.poll(() => page.locator('#announcer').textContent()).toContain('You joined');
    await page.getByRole('button', { name: 'Leave the event' }).click();
    await expect.poll(() => page.locator('#announcer').textContent()).toContain('You left');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('confirmations %s', (label, js) => {
  it('saving, editing and deleting a piece each say what happened, as a status', async () => {
    const { context, page } = await writerPage({ javaScriptEnabled: js });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/pieces/new?event=promptober-demo&day=${TODAY_DAY}`);
    const title = `Frostbite ${label}`;
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Words').fill('1200');
    await page.getByRole('button', { name: 'Save the piece' }).click();
    await page.waitForURL(/\/pieces\/\d+$/);
    const status = page.locator('main > [role="status"]');
    await expect(status.textContent()).resolves.toBe(
      `Saved “${title}” for Day ${TODAY_DAY} of ${await eventName(page)}.`,
    );
    await expect(page.title()).resolves.toMatch(/^Saved “/);
    if (js) await expect.poll(() => page.locator('#announcer').textContent()).toContain('Saved “');
    // The piece page names the piece once, and its status as the ratings are written.
    await expect(page.locator('main').getByText(title, { exact: true }).count()).resolves.toBe(1);
    await expect(page.locator('.status').textContent()).resolves.toBe('Posted');
    await page.getByRole('link', { name: 'Delete…' }).click();
    await page.getByRole('button', { name: 'Delete the piece' }).click();
    await page.waitForURL(/\/pieces$/);
    await expect(status.textContent()).resolves.toBe(`Deleted “${title}”.`);
    // Shown once: the next page has no message left.
    await page.reload();
    await expect(status.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The demo event's name, as the page's eyebrow link gives it. */
async function eventName(page: Page): Promise<string> {
  const text = await page.locator('.fills a').first().textContent();
  return (text ?? '').split(':')[0] as string;
}

describe('signing up picks the time zone', () => {
  it('without JavaScript, from a list that keeps what was chosen', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, timezoneId: 'Pacific/Auckland' });
    const page = await context.newPage();
    await page.goto(`${server.url}/signup`);
    await page.getByLabel('Username').fill('kiri');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByLabel('Time zone', { exact: true }).selectOption('Pacific/Auckland');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.waitForURL(`${server.url}/`);
    await page.goto(`${server.url}/settings`);
    await expect(page.getByLabel('Time zone', { exact: true }).inputValue()).resolves.toBe(
      'Pacific/Auckland',
    );
    await context.close();
  });

  it('with JavaScript, preselected from the browser and searchable', async () => {
    const context = await browser.newContext({ timezoneId: 'Pacific/Auckland' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/signup`);
    await expect
      .poll(() => page.getByLabel('Time zone', { exact: true }).inputValue())
      .toBe('Pacific/Auckland');
    await page.getByLabel('Search the time zones').fill('lisbon');
    await expect(page.getByLabel('Time zone', { exact: true }).inputValue()).resolves.toBe('Europe/Lisbon');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('on a 375 px phone', () => {
  it('chart labels are at least 12 CSS px and none is cut off', async () => {
    const { context, page } = await writerPage({ phone: true });
    await page.goto(`${server.url}/stats`);
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll('figure.chart svg')].flatMap((svg) => {
        const box = (svg as SVGSVGElement).getBoundingClientRect();
        const scale = box.width / (svg as SVGSVGElement).viewBox.baseVal.width;
        return [...svg.querySelectorAll('text')].map((t) => {
          const r = t.getBBox();
          const size = Number.parseFloat(getComputedStyle(t).fontSize) * scale;
          const vb = (svg as SVGSVGElement).viewBox.baseVal;
          const inside =
            r.x >= -0.5 &&
            r.x + r.width <= vb.width + 0.5 &&
            r.y >= -0.5 &&
            r.y + r.height <= vb.height + 0.5;
          return {
            text: t.textContent ?? '',
            size,
            inside,
            box: inside ? '' : `${r.x},${r.y},${r.width},${r.height} of ${vb.width}x${vb.height}`,
          };
        });
      }),
    );
    expect(labels.length).toBeGreaterThan(10);
    expect(labels.filter((l) => l.size < 11.95)).toEqual([]);
    expect(labels.filter((l) => !l.inside)).toEqual([]);
    if (SHOTS) await page.locator('#chart-cumulative').screenshot({ path: `${SHOTS}/stats-phone.png` });
    await context.close();
  });

  it('the event page shows the calendar before what the event is about', async () => {
    const { context, page } = await writerPage({ phone: true });
    await page.goto(`${server.url}/events/promptober-demo`);
    const top = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);
    expect(await top('#calendar')).toBeLessThan(await top('.event-about'));
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/event-phone.png` });
    await context.close();
  });

  it('revealing a hidden prompt does not move it, and the log form blurs it too', async () => {
    const { context, page } = await writerPage({ phone: true });
    await page.goto(server.url);
    const blur = page.locator('details.squick .squick-blur').first();
    const before = await blur.boundingBox();
    await page.locator('details.squick summary').first().click();
    const after = await blur.boundingBox();
    expect(after?.x).toBeCloseTo(before?.x ?? -1, 0);
    expect(after?.y).toBeCloseTo(before?.y ?? -1, 0);
    await expect(blur.evaluate((el) => getComputedStyle(el).filter)).resolves.toBe('none');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/today-phone.png` });
    await page.goto(`${server.url}/pieces/new?event=promptober-demo&day=${TODAY_DAY}`);
    const label = page.locator('fieldset.day-fill label.check', { hasText: prepared.hiddenPrompt });
    await expect(
      label.locator('.squick-blur').evaluate((el) => getComputedStyle(el).filter),
    ).resolves.toMatch(/^blur/);
    const legend = await page.locator('fieldset.day-fill > legend').boundingBox();
    const fieldset = await page.locator('fieldset.day-fill').boundingBox();
    expect((legend?.y ?? 0) >= (fieldset?.y ?? 1)).toBe(true);
    await context.close();
  });

  it('the new-event preview fits: no empty Theme column, each date on one line', async () => {
    const { context, page } = await writerPage({ phone: true, javaScriptEnabled: false });
    await page.goto(`${server.url}/events/new`);
    await page.getByLabel('First day').fill('2026-10-01');
    await page
      .getByLabel('Prompts, as the organiser published them')
      .fill('1. Blood | Tears\n2. Fog\n3. Owls');
    await page.getByRole('button', { name: 'Preview' }).click();
    const table = page.locator('table.preview-days');
    await expect(table.locator('thead th', { hasText: 'Theme' }).isVisible()).resolves.toBe(false);
    const box = await table.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(375);
    const heights = await table
      .locator('tbody time')
      .evaluateAll((els) => els.map((el) => el.getClientRects().length));
    expect(heights).toEqual([1, 1, 1]);
    await context.close();
  });
});
