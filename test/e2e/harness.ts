import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Chromium from Debian, or wherever CHROMIUM_PATH points. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches headless Chromium with the flags this machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** A running server as `npm start` runs it, on a fresh database file in a temp folder. */
export type RunningServer = {
  url: string;
  dir: string;
  dbPath: string;
  proc: ChildProcess;
  stop: () => Promise<void>;
};

/** Starts `tsx src/server.ts` on a free port; `prepare` may fill the database file first. */
export async function startServer(
  opts: { prepare?: (dbPath: string) => void; env?: Record<string, string> } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'promptly-e2e-'));
  const dbPath = join(dir, 'promptly.db');
  opts.prepare?.(dbPath);
  const port = await freePort();
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    // Nothing is fetched from AO3 unless a test points PROMPTLY_AO3_URL at its own fake and turns it on.
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: dbPath,
      PROMPTLY_AO3_FETCH: 'off',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout?.on('data', (d) => {
    output += d;
  });
  proc.stderr?.on('data', (d) => {
    output += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (proc.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = async () => {
    if (proc.exitCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { url, dir, dbPath, proc, stop } satisfies RunningServer;
}

/** The password browser tests sign up with. */
export const E2E_PASSWORD = 'correct horse battery';

/**
 * On a sign-in page (`/login?next=…`), follows its "Sign up" link and signs up as `name`;
 * resolves once the browser is back on the page `next` named.
 */
export async function signUpFromLogin(page: Page, name: string, password = E2E_PASSWORD): Promise<void> {
  const next = new URL(page.url()).searchParams.get('next') ?? '/';
  await page.locator('main').getByRole('link', { name: 'Sign up' }).click();
  await page.waitForURL(/\/signup/);
  await page.getByLabel('Username').fill(name);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.waitForURL((url) => url.pathname + url.search === next);
}

/** Collects the Content-Security-Policy violations a page reports on its console. */
export function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
