// The per-page table of `npm run bench`: the seeded instance under autocannon, page by page, against the targets.
import autocannon from 'autocannon';
import { plainSample } from './word-count.ts';

/** The load of the per-page table. */
export const BENCH = { connections: 32, seconds: 5, warmupSeconds: 1 };

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

/** The per-page table's requests, on the busiest event `event` and its day `day`. */
const targets = (event: string, day: number): Target[] => [
  { name: '/healthz (the ceiling)', path: '/healthz', as: 'visitor' },
  { name: 'home, visitor', path: '/', as: 'visitor', ratio: 0.5, page: true },
  { name: 'home, signed in', path: '/', as: 'writer', ratio: 0.5, page: true },
  { name: 'calendar, visitor', path: `/events/${event}`, as: 'visitor', ratio: 0.5, page: true },
  { name: 'calendar, signed in', path: `/events/${event}`, as: 'writer', ratio: 0.5, page: true },
  { name: 'day page, visitor', path: `/events/${event}/days/${day}`, as: 'visitor', ratio: 0.5, page: true },
  { name: 'day page, signed in', path: `/events/${event}/days/${day}`, as: 'writer', ratio: 0.5, page: true },
  { name: 'collection, page 1', path: '/pieces', as: 'writer', ratio: 0.3, page: true },
  {
    name: 'collection, filtered',
    path: `/pieces?event=${event}&status=posted&fandom=Good+Omens&sort=words`,
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
        fills: [{ event, day: 1 + (n % 28), prompts: [1] }],
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

/** Loads every request of the per-page table on a running server, as writer1 (`cookie`, `token`) or a visitor. */
export async function benchPages(
  base: string,
  auth: { cookie: string; token: string },
  event: string,
  day: number,
  log: (line: string) => void,
): Promise<LoadRow[]> {
  const headersFor = (as: Target['as']): Record<string, string> =>
    as === 'writer'
      ? { cookie: auth.cookie }
      : as === 'token'
        ? { authorization: `Bearer ${auth.token}` }
        : {};
  const rows: LoadRow[] = [];
  let ceiling = Number.NaN;
  for (const t of targets(event, day)) {
    log(`Loading ${t.name} (${t.path}) for ${BENCH.seconds} s at ${BENCH.connections} connections…`);
    await load(base, t, headersFor(t.as), BENCH.warmupSeconds);
    const m = await load(base, t, headersFor(t.as), BENCH.seconds);
    if (Number.isNaN(ceiling)) ceiling = m.rps;
    const ratio = m.rps / ceiling;
    const checks: string[] = [];
    if (m.failed > 0) checks.push(`${m.failed} failed MISSED`);
    if (t.ratio !== undefined) checks.push(`≥ ${t.ratio} ${verdict(ratio >= t.ratio)}`);
    if (t.page) checks.push(`p99 ≤ ${P99_MS} ms ${verdict(m.p99 <= P99_MS)}`);
    if (t.minRps !== undefined) checks.push(`≥ ${t.minRps}/s ${verdict(m.rps >= t.minRps)}`);
    rows.push({ name: t.name, ...m, ratio, checks });
  }
  return rows;
}
