import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, signUpFromLogin, startServer } from '../e2e/harness.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** How many pieces titled `title` the server's database holds. */
function piecesTitled(title: string): number {
  const sqlite = new Database(server.dbPath, { readonly: true });
  try {
    return (sqlite.prepare('select count(*) as n from pieces where title = ?').get(title) as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

/** A signed-up writer on the log form for day 1 of the demo event, with a title and a word count typed. */
async function onLogForm(javaScriptEnabled: boolean, name: string, title: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, timezoneId: 'UTC' });
  const page = await context.newPage();
  await page.goto(`${server.url}/pieces/new?event=promptober-demo&day=1`);
  await signUpFromLogin(page, name);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Words').fill('1234');
  return page;
}

describe('saving a piece twice', () => {
  it('with JavaScript, disables the buttons while the save is in flight and sends one request', async () => {
    const title = 'Double click with htmx';
    const page = await onLogForm(true, 'dora', title);
    let posts = 0;
    await page.route('**/pieces', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      posts++;
      // A slow server: the second click and an Enter land while the first save is in flight.
      await new Promise((r) => setTimeout(r, 700));
      return route.continue();
    });
    const save = page.getByRole('button', { name: 'Save the piece' }).last();
    await save.click();
    await expect.poll(() => save.isDisabled()).toBe(true);
    await save.click({ force: true });
    await page.locator('#piece-form').evaluate((form: HTMLFormElement) => form.requestSubmit());
    await page.waitForURL(/\/pieces\/\d+$/);
    expect(posts).toBe(1);
    expect(piecesTitled(title)).toBe(1);
    await page.context().close();
  });

  it('without JavaScript, a second click while the first save is slow goes to the piece the first saved', async () => {
    const title = 'Double click without JavaScript';
    const page = await onLogForm(false, 'eli', title);
    let posts = 0;
    let release = () => {};
    const released = new Promise<void>((r) => {
      release = r;
    });
    await page.route('**/pieces', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      posts++;
      if (posts > 1) return route.continue();
      // The server saves the first post at once, but its answer is slow to come back.
      const response = await route.fetch({ maxRedirects: 0 });
      await released;
      return route.fulfill({ response }).catch(() => undefined);
    });
    const save = page.getByRole('button', { name: 'Save the piece' }).last();
    await save.scrollIntoViewIfNeeded();
    const box = await save.boundingBox();
    if (!box) throw new Error('no save button');
    // Plain mouse clicks: a locator's click would wait for the first navigation to end.
    const click = () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await click();
    await expect.poll(() => piecesTitled(title)).toBe(1);
    // The browser drops the first navigation and posts the form again, same token, same values.
    await click();
    // Not waitForURL: it rejects when the first, dropped navigation reports ERR_ABORTED after the
    // wait began, which a loaded machine makes likely. The address bar settles on the piece either way.
    await expect.poll(() => page.url(), { timeout: 20_000 }).toMatch(/\/pieces\/\d+$/);
    release();
    await page.waitForLoadState('load');
    await expect(page.locator('h1').first().innerText()).resolves.toContain(title);
    expect(posts).toBe(2);
    expect(piecesTitled(title)).toBe(1);
    await page.context().close();
  });
});
