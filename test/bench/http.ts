// The HTTP half of `npm run bench`: the seeded instance under autocannon, page by page, against the targets.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { SEED_PASSWORD } from '../../src/cli/seed-data.ts';
import { type BenchServer, freePort, peakRssMb, seedDataset, signIn, startServer } from './server.ts';
import { plainSample } from './word-count.ts';

/** The benchmark dataset and load (the figures are for these). */
export const BENCH = { writers: 2000, pieces: 100_000, connections: 32, seconds: 5, warmupSeconds: 1 };

const EVENT = 'whumptober-2025';
const P99_MS = 25;

/** One load run: a request, and the ratio to /healthz it must reach (undefined: no ratio target). */
type Target = {
  name: string;
  path: string;
  as: 'visitor' | 'writer' | 'token';
  ratio?: number;
  page?: boolean;
  method?: 'GET' | 'POST';
  body?: (n: number) => string;
  minRps?: number;
};

const wordCountBody = JSON.stringify({ text: plainSample().slice(0, 100_000), format: 'plain' });

const TARGETS: Target[] = [
  { name: '/healthz (the ceiling)', path: '/healthz', as: 'visitor' },
  { name: 'home, visitor', path: '/', as: 'visitor', ratio: 0.5, page: true },
  { name: 'home, signed in', path: '/', as: 'writer', ratio: 0.5, page: true },
  { name: 'calendar, visitor', path: `/events/${EVENT}`, as: 'visitor', ratio: 0.5, page: true },
  { name: 'calendar, signed in', path: `/events/${EVENT}`, as: 'writer', ratio: 0.5, page: true },
  { name: 'day page, visitor', path: `/events/${EVENT}/days/5`, as: 'visitor', ratio: 0.5, page: true },
  { name: 'day page, signed in', path: `/events/${EVENT}/days/5`, as: 'writer', ratio: 0.5, page: true },
  { name: 'collection, page 1', path: '/pieces', as: 'writer', ratio: 0.3, page: true },
  {
    name: 'collection, filtered',
    path: `/pieces?event=${EVENT}&status=posted&fandom=Good+Omens&sort=words`,
    as: 'writer',
    ratio: 0.3,
    page: true,
  },
  { name: 'public profile /@writer1', path: '/@writer1', as: 'visitor', ratio: 0.3, page: true },
  {
    name: 'word count API, 100 KB',
    path: '/api/v1/word-count',
    as: 'visitor',
    method: 'POST',
    body: () => wordCountBody,
  },
  {
    name: 'create piece API',
    path: '/api/v1/pieces',
    as: 'token',
    method: 'POST',
    minRps: 1000,
    body: (n) =>
      JSON.stringify({
        title: `Bench piece ${n}`,
        words: 500 + (n % 3000),
        fandoms: ['Good Omens'],
        fills: [{ event: EVENT, day: 1 + (n % 31), prompts: [1] }],
      }),
  },
];

/** A measured row: throughput, latency, and the verdicts against its targets. */
export type LoadRow = {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  ratio: number;
  checks: string[];
};

async function load(base: string, t: Target, headers: Record<string, string>, seconds: number) {
  let n = 0;
  const result = await autocannon({
    url: base,
    connections: BENCH.connections,
    duration: seconds,
    requests: [
      {
        method: t.method ?? 'GET',
        path: t.path,
        headers: t.body ? { ...headers, 'content-type': 'application/json' } : headers,
        setupRequest: (req) => (t.body ? { ...req, body: t.body(n++) } : req),
      },
    ],
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed };
}

const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

/** Seeds the dataset, starts the server, loads every target; answers the rows and the server's figures. */
export async function benchHttp(log: (line: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'promptly-bench-'));
  let server: BenchServer | undefined;
  const stopAll = () => {
    server?.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    stopAll();
    process.exit(130);
  });
  try {
    const dbPath = join(dir, 'bench.db');
    log(`Seeding ${BENCH.writers} writers and ${BENCH.pieces} pieces with the CLI…`);
    const token = await seedDataset(dbPath, BENCH.writers, BENCH.pieces);
    server = await startServer(dbPath, await freePort());
    const cookie = await signIn(server.base, 'writer1', SEED_PASSWORD);
    const headersFor = (as: Target['as']): Record<string, string> =>
      as === 'writer' ? { cookie } : as === 'token' ? { authorization: `Bearer ${token}` } : {};
    const quietUntil = server.output().length;
    const rows: LoadRow[] = [];
    let ceiling = Number.NaN;
    for (const t of TARGETS) {
      log(`Loading ${t.name} (${t.path}) for ${BENCH.seconds} s at ${BENCH.connections} connections…`);
      await load(server.base, t, headersFor(t.as), BENCH.warmupSeconds);
      const m = await load(server.base, t, headersFor(t.as), BENCH.seconds);
      if (Number.isNaN(ceiling)) ceiling = m.rps;
      const ratio = m.rps / ceiling;
      const checks: string[] = [];
      if (m.failed > 0) checks.push(`${m.failed} failed MISSED`);
      if (t.ratio !== undefined) checks.push(`≥ ${t.ratio} ${verdict(ratio >= t.ratio)}`);
      if (t.page) checks.push(`p99 ≤ ${P99_MS} ms ${verdict(m.p99 <= P99_MS)}`);
      if (t.minRps !== undefined) checks.push(`≥ ${t.minRps}/s ${verdict(m.rps >= t.minRps)}`);
      rows.push({ name: t.name, ...m, ratio, checks });
    }
    const pid = server.child.pid ?? 0;
    return {
      rows,
      startMs: server.startMs,
      firstPageMs: server.firstPageMs,
      peakRssMb: peakRssMb(pid),
      loggedDuringLoad: server.output().slice(quietUntil).split('\n').filter(Boolean).length,
      loadAverage: loadavg()[0] ?? 0,
    };
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
