// The bench's server side: a seeded database in a temporary folder, the server as `npm start` runs it, a session.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = fileURLToPath(new URL('../../src/cli.mjs', import.meta.url));
const run = promisify(execFile);

/** A free TCP port on the loopback address. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The bench's dataset: its size, and the month its events run in (so "today" has running events). */
export type Dataset = { writers: number; pieces: number; events: number; month: string };

/**
 * Seeds `dbPath` with the real CLI (`promptly seed`) and makes an API token for writer1; answers the
 * token and how long the seed took.
 */
export async function seedDataset(dbPath: string, d: Dataset): Promise<{ token: string; seedMs: number }> {
  const env = { ...process.env, DATABASE_URL: dbPath };
  const opts = { cwd: ROOT, env, maxBuffer: 1 << 20, timeout: 600_000 };
  const args = ['seed', '--writers', String(d.writers), '--pieces', String(d.pieces)];
  args.push('--events', String(d.events), '--month', d.month);
  const started = performance.now();
  await run(process.execPath, [CLI, ...args], opts);
  const seedMs = performance.now() - started;
  const { stdout } = await run(
    process.execPath,
    [CLI, 'token', 'create', 'writer1', '--name', 'bench'],
    opts,
  );
  const token = stdout.trim().split('\n').at(-1) ?? '';
  if (!token.startsWith('pr_')) throw new Error(`promptly token create printed no token: ${stdout}`);
  return { token, seedMs };
}

/** A running server: its base URL, process, how long it took to answer /healthz and then `/`, and what it printed. */
export type BenchServer = {
  base: string;
  child: ChildProcess;
  startMs: number;
  firstPageMs: number;
  output: () => string;
  stop: () => Promise<void>;
};

/** The arguments `npm start` gives node (package.json's start script is `node …`). */
function startArguments(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const [command, ...args] = String(pkg.scripts?.start ?? '').split(/\s+/);
  if (command !== 'node') throw new Error(`npm start runs ${command}, not node: update the bench`);
  return args;
}

/** Starts the server as `npm start` does on `port`; waits (at most `timeoutMs`) for a 200 on /healthz, then on `/`. */
export async function startServer(
  dbPath: string,
  port: number,
  opts: { workers?: number; timeoutMs?: number } = {},
): Promise<BenchServer> {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const base = `http://127.0.0.1:${port}`;
  let output = '';
  const started = performance.now();
  const child = spawn(process.execPath, startArguments(), {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: dbPath,
      PORT: String(port),
      HOST: '127.0.0.1',
      PROMPTLY_WORKERS: String(opts.workers ?? 1),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const stop = () => stopChild(child);
  const waitFor = async (path: string) => {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
      if (performance.now() - started > timeoutMs) throw new Error(`no 200 on ${path} in ${timeoutMs} ms`);
      const ok = await fetch(`${base}${path}`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  try {
    const startMs = await waitFor('/healthz');
    const firstPageMs = await waitFor('/');
    return { base, child, startMs, firstPageMs, output: () => output, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** SIGTERM, then SIGKILL if the process has not exited within 5 s. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** The peak resident set size of process `pid` in MB (VmHWM), or NaN where /proc is not available. */
export function peakRssMb(pid: number): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** The largest peak RSS in MB among process `pid` and its children (the workers), while they run. */
export function peakRssOfTreeMb(pid: number): number {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    // no /proc: the process alone
  }
  return Math.max(peakRssMb(pid), ...children.map(peakRssMb));
}
