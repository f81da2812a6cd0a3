import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  launchBrowser,
  type RunningServer,
  signUpFromLogin,
  startServer,
  watchCsp,
} from './harness.ts';

let server: RunningServer;
let browser: Browser;
const EVIL = '<img src=x onerror=alert(1)>';
const passwords = { alice: 'alice’s long passphrase 1', bruno: 'bruno’s long passphrase 2' };
const writers: Record<string, { context: BrowserContext; page: Page; dialogs: string[]; csp: string[] }> = {};

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  for (const name of ['alice', 'bruno'] as const) {
    const context = await browser.newContext({ timezoneId: 'UTC' });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    writers[name] = { context, page, dialogs, csp: watchCsp(page) };
    await page.goto(`${server.url}/login?next=%2Fpieces%2Fnew`);
    await signUpFromLogin(page, name, passwords[name]);
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const w = (name: 'alice' | 'bruno') => writers[name] as (typeof writers)['alice'];

/** Logs a piece through the form; returns its address. */
async function logPiece(page: Page, title: string, status: 'drafting' | 'posted') {
  await page.goto(`${server.url}/pieces/new?event=promptober-demo&day=1`);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Words').fill('321');
  await page.getByLabel('Status').selectOption(status);
  await page.getByRole('button', { name: 'Save the piece' }).click();
  await page.waitForURL(/\/pieces\/\d+$/);
  return new URL(page.url()).pathname;
}

describe('two writers', () => {
  it('see only their own private pieces, and guessing the other’s ids gives 404', async () => {
    const alice = w('alice').page;
    const bruno = w('bruno').page;
    const aliceDraft = await logPiece(alice, 'Alice’s secret draft', 'drafting');
    const brunoDraft = await logPiece(bruno, 'Bruno’s secret draft', 'drafting');
    await alice.goto(`${server.url}/pieces`);
    await expect(alice.getByText('Alice’s secret draft').count()).resolves.toBe(1);
    await expect(alice.getByText('Bruno’s secret draft').count()).resolves.toBe(0);
    await bruno.goto(`${server.url}/pieces`);
    await expect(bruno.getByText('Alice’s secret draft').count()).resolves.toBe(0);
    for (const [page, other] of [
      [alice, brunoDraft],
      [bruno, aliceDraft],
    ] as const) {
      for (const path of [other, `${other}/edit`, `${other}/delete`]) {
        const res = await page.goto(`${server.url}${path}`);
        expect(res?.status(), path).toBe(404);
        await expect(page.getByRole('heading', { name: 'Page not found' }).count()).resolves.toBe(1);
        await expect(page.getByText('secret draft').count()).resolves.toBe(0);
      }
    }
  });
});

describe('what writers type', () => {
  it('a title like <img onerror> stays visible text on every page, and nothing runs', async () => {
    const { page, dialogs, csp } = w('alice');
    await page.goto(`${server.url}/settings`);
    await page.getByLabel('Display name').fill(EVIL);
    await page.getByLabel('Public profile').check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.waitForURL(/saved=settings/);
    const piece = await logPiece(page, EVIL, 'posted');
    const bruno = w('bruno');
    for (const viewer of [w('alice'), bruno]) {
      for (const path of [
        piece,
        '/@alice',
        '/events/promptober-demo',
        '/events/promptober-demo/pieces',
        '/events/promptober-demo/days/1',
        ...(viewer === bruno ? [] : ['/pieces', `${piece}/edit`, `${piece}/delete`, '/settings']),
      ]) {
        await viewer.page.goto(`${server.url}${path}`);
        await expect(viewer.page.getByText(EVIL).first().isVisible(), path).resolves.toBe(true);
        await expect(viewer.page.locator('img[src="x"]').count(), path).resolves.toBe(0);
      }
    }
    expect(dialogs).toEqual([]);
    expect(bruno.dialogs).toEqual([]);
    expect(csp).toEqual([]);
  });
});

describe('a forged cross-site form', () => {
  it('is refused with 403 even though the session cookie is sent', async () => {
    const { context, page } = w('alice');
    const target = await logPiece(page, 'Keep me', 'posted');
    // Another origin on the same site (same host, another port), so the SameSite=Lax cookie goes along.
    const evil = `http://127.0.0.1:${await freePort()}/win-a-prize`;
    await context.route(evil, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<form method="post" action="${server.url}${target}/delete"><button>Claim your prize</button></form>`,
      }),
    );
    await page.goto(evil);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`${target}/delete`)),
      page.getByRole('button', { name: 'Claim your prize' }).click(),
    ]);
    const sent = await response.request().allHeaders();
    expect(sent.cookie).toContain('promptly_session=');
    expect(sent.origin).toBe(new URL(evil).origin);
    expect(response.status()).toBe(403);
    await expect(page.getByText('That form came from another site').count()).resolves.toBe(1);
    const still = await page.goto(`${server.url}${target}`);
    expect(still?.status()).toBe(200);
    await context.unroute(evil);
  });
});

describe('guessing a password', () => {
  it('ten wrong passwords in a row are throttled with 429', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      await page.goto(`${server.url}/login`);
      await page.getByLabel('Username').fill('bruno');
      await page.getByLabel('Password').fill(`guess number ${i}`);
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/login') && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Sign in' }).click(),
      ]);
      statuses.push(response.status());
      if (response.status() === 429) expect(response.headers()['retry-after']).toMatch(/^\d+$/);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429, 429, 429]);
    await expect(page.getByRole('heading', { name: 'Too many attempts' }).count()).resolves.toBe(1);
    await expect(page.getByText(/Try again in 1\d minutes/).count()).resolves.toBe(1);
    await context.close();
  });
});

describe('the database file', () => {
  it('holds no password and no session secret in the clear', async () => {
    const secrets = [...Object.values(passwords)];
    for (const name of ['alice', 'bruno'] as const) {
      const cookies = await w(name).context.cookies(server.url);
      const session = cookies.find((c) => c.name === 'promptly_session');
      expect(session?.value.length).toBeGreaterThan(20);
      secrets.push(session?.value as string);
    }
    const files = [server.dbPath, `${server.dbPath}-wal`].map((path) => {
      try {
        return readFileSync(path);
      } catch {
        return Buffer.alloc(0);
      }
    });
    expect(files[0]?.length).toBeGreaterThan(0);
    for (const secret of secrets) {
      for (const bytes of files) {
        expect(bytes.includes(Buffer.from(secret, 'utf8'))).toBe(false);
        expect(bytes.includes(Buffer.from(secret, 'utf16le'))).toBe(false);
      }
    }
    // The check can find things: a title Alice typed is in the file.
    expect(files.some((bytes) => bytes.includes(Buffer.from('Keep me', 'utf8')))).toBe(true);
  });
});
