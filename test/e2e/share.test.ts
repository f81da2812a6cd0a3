import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, signUpFromLogin, startServer, watchCsp } from './harness.ts';

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

describe('sharing progress', () => {
  it('shows the progress card on the event page, light and dark, and copies its embed code', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Headless Chromium's clipboard cannot be read back here: what the page writes to it is kept instead.
    await page.addInitScript(() => {
      const copied: string[] = [];
      Object.defineProperty(window, 'copied', { value: copied });
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: async (text: string) => void copied.push(text) },
      });
    });
    const lastCopied = () => page.evaluate(() => (window as unknown as { copied: string[] }).copied.at(-1));
    const csp = watchCsp(page);
    await page.goto(`${server.url}/settings`);
    await signUpFromLogin(page, 'sharer');
    await page.getByLabel('Public profile').check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.waitForURL(/saved=settings/);

    await page.goto(`${server.url}/events/promptober-demo`);
    const card = page.getByRole('img', { name: 'Your progress card', exact: true });
    const dark = page.getByRole('img', { name: 'Your progress card, dark' });
    for (const img of [card, dark]) {
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(400);
    }

    const copy = page.getByRole('button', { name: 'Copy the AO3 code' });
    expect(await copy.isVisible()).toBe(true);
    await copy.click();
    // The button's name changes once copied: found again by what it copies.
    await expect.poll(() => page.locator('[data-copy="#embed-ao3"]').textContent()).toBe('Copied');
    const copied = await lastCopied();
    expect(copied).toBe(
      `<a href="${server.url}/@sharer"><img src="${server.url}/@sharer/events/promptober-demo/card.svg" alt="sharer’s progress in ${await page.locator('h1').textContent()}" width="400" height="110"></a>`,
    );
    await page.getByRole('button', { name: 'Copy the Markdown code' }).click();
    expect(await lastCopied()).toMatch(
      /^\[!\[sharer’s progress in .*\]\(http.*card\.svg\)\]\(http.*\/@sharer\)$/,
    );
    expect(csp).toEqual([]);
    await context.close();
  }, 60_000);
});
