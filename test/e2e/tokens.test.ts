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

/** Signs `name` up from the settings page in a fresh browser context; the page ends on /settings. */
async function settingsOf(name: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const csp = watchCsp(page);
  await page.goto(`${server.url}/settings`);
  await signUpFromLogin(page, name);
  return { context, page, csp };
}

const apiStatus = async (token: string) =>
  (await fetch(`${server.url}/api/v1/me/pieces`, { headers: { Authorization: `Bearer ${token}` } })).status;

describe('API tokens in settings', () => {
  it('creates a token in place, shows it once with a Copy button, and revokes it after confirming', async () => {
    const { context, page, csp } = await settingsOf('tokenjs', true);
    await page.getByLabel('New token’s name').fill('Sync script');
    await page.getByRole('button', { name: 'Create a token' }).click();
    const field = page.getByLabel('Token', { exact: true });
    await field.waitFor();
    expect(new URL(page.url()).pathname).toBe('/settings');
    const token = await field.inputValue();
    expect(token).toMatch(/^pr_/);
    expect(await page.getByRole('button', { name: 'Copy' }).isVisible()).toBe(true);
    expect(await apiStatus(token)).toBe(200);

    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Revoke “Sync script”' }).click();
    await page.getByText('You have no API tokens.').waitFor();
    expect(await apiStatus(token)).toBe(401);
    expect(csp).toEqual([]);
    await context.close();
  });

  it('works without JavaScript: the token on its own page, revoking back to settings', async () => {
    const { context, page } = await settingsOf('tokennojs', false);
    await page.getByLabel('New token’s name').fill('Phone');
    await page.getByRole('button', { name: 'Create a token' }).click();
    await page.waitForURL(/\/settings\/tokens$/);
    const token = await page.getByLabel('Token', { exact: true }).inputValue();
    expect(await apiStatus(token)).toBe(200);
    await page.getByRole('button', { name: 'Revoke “Phone”' }).click();
    await page.waitForURL(/\/settings#tokens$/);
    expect(await page.getByText('You have no API tokens.').isVisible()).toBe(true);
    expect(await apiStatus(token)).toBe(401);
    await context.close();
  });
});
