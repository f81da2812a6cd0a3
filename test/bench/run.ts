// `npm run bench` (`-- --quick` for the 100k dataset): prints Promptly's speed figures against
// their targets. Never run by `npm test`. Loopback only; installs and downloads nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH, benchPages, type LoadRow } from './http.ts';
import { benchCold, benchRush, benchWriters, type ColdRow, type RushResult } from './morning.ts';
import { benchParsers, printParsers } from './parsers.ts';
import {
  type BenchServer,
  type Dataset,
  freePort,
  peakRssOfTreeMb,
  seedDataset,
  startServer,
} from './server.ts';
import { benchWordCount } from './word-count.ts';

type Row = { what: string; figure: string; target: string; ok?: boolean };

const quick = process.argv.includes('--quick');
const now = new Date();
const month = now.toISOString().slice(0, 7);
const today = now.getUTCDate();
// Eight challenges this month, so "today" has running events and the busiest holds 1/8 of the pieces.
const DATASET: Dataset = quick
  ? { writers: 2000, pieces: 100_000, events: 8, month }
  : { writers: 20_000, pieces: 1_000_000, events: 8, month };
const EVENT = `whumptober-${month}`;
const RUSH = { writers: 300, seconds: quick ? 5 : 10, connections: 32, perSecond: 5 };
const COLD_ROUNDS = quick ? 20 : 40;
const log = (line: string) => console.error(line);

function printTable(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map((r) => r.what.length));
  for (const r of rows) {
    const verdict = r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED';
    console.log(
      `  ${r.what.padEnd(width)}  ${r.figure.padStart(10)}  target ${r.target.padEnd(18)} ${verdict}`,
    );
  }
}

function printLoadTable(title: string, rows: LoadRow[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map((r) => r.name.length));
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(
    `  ${'request'.padEnd(width)}  ${'req/s'.padStart(7)}  ${'p50'.padStart(8)}  ${'p99'.padStart(8)}  ratio  targets`,
  );
  for (const r of rows) {
    const cells = [r.name.padEnd(width), Math.round(r.rps).toString().padStart(7), ms(r.p50).padStart(8)];
    cells.push(ms(r.p99).padStart(8), r.ratio.toFixed(2).padStart(5), r.checks.join(', ') || '—');
    console.log(`  ${cells.join('  ')}`);
  }
}

const loadBefore = loadavg()[0] ?? 0;
const words = benchWordCount();
printTable('Word count, in process (median of 15 runs after warm-up)', [
  {
    what: 'countWords, 1 MB plain',
    figure: `${words.plainMs.toFixed(2)} ms`,
    target: '≤ 15 ms',
    ok: words.plainMs <= 15,
  },
  {
    what: 'countWords, 1 MB HTML',
    figure: `${words.htmlMs.toFixed(2)} ms`,
    target: '≤ 30 ms',
    ok: words.htmlMs <= 30,
  },
]);

printParsers(benchParsers());

const dir = mkdtempSync(join(tmpdir(), 'promptly-bench-'));
let server: BenchServer | undefined;
process.once('SIGINT', () => {
  server?.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  process.exit(130);
});
const piece = (n: number, writer = 1) =>
  JSON.stringify({
    title: `Morning piece ${writer}-${n}`,
    words: 500 + (n % 3000),
    fandoms: ['Good Omens'],
    fills: [{ event: EVENT, day: today, prompts: [1] }],
  });

try {
  const dbPath = join(dir, 'bench.db');
  const size = `${DATASET.writers.toLocaleString('en')} writers and ${DATASET.pieces.toLocaleString('en')} pieces`;
  log(`Seeding ${size} in ${DATASET.events} events of ${month} with the CLI…`);
  const { seedMs } = await seedDataset(dbPath, DATASET);
  const w = benchWriters(dbPath, RUSH.writers, 20);
  const auth = { cookie: w.cookies[0] as string, token: w.tokens[0] as string };

  server = await startServer(dbPath, await freePort());
  const pages = await benchPages(server.base, auth, EVENT, today, log);
  printLoadTable(
    `HTTP, ${size}, ${BENCH.connections} connections, ${BENCH.seconds} s each (ratio: to /healthz in this run)`,
    pages,
  );

  log(`Cold pages: each asked once right after a piece is posted, ${COLD_ROUNDS} times…`);
  const cold = await benchCold(
    server.base,
    w,
    [
      { name: 'home, signed in', path: '/', signedIn: true },
      { name: 'calendar, signed in', path: `/events/${EVENT}`, signedIn: true },
      { name: 'day page, signed in', path: `/events/${EVENT}/days/${today}`, signedIn: true },
      { name: 'collection, signed in', path: '/pieces', signedIn: true },
      { name: 'event collection, visitor', path: `/events/${EVENT}/pieces`, signedIn: false },
      { name: 'stats, signed in', path: `/stats?event=${EVENT}`, signedIn: true },
      { name: 'profile /@writer1, visitor', path: '/@writer1', signedIn: false },
    ],
    (n) => piece(n),
    COLD_ROUNDS,
  );
  printCold(cold);

  const rushOpts = {
    seconds: RUSH.seconds,
    connections: RUSH.connections,
    perSecond: RUSH.perSecond,
    writerPaths: [
      '/',
      `/events/${EVENT}`,
      `/events/${EVENT}/days/${today}`,
      `/events/${EVENT}/days/${Math.max(1, today - 1)}`,
      '/pieces',
    ],
    visitorPaths: ['/', `/events/${EVENT}`, `/events/${EVENT}/days/${today}`, `/events/${EVENT}/pieces`],
    post: (n: number) => piece(n, n % 20),
  };
  log(`Rush, 1 worker: ${RUSH.writers} writers, ${RUSH.perSecond} pieces a second…`);
  const one = await benchRush(server.base, w, rushOpts);
  const rss1 = peakRssOfTreeMb(server.child.pid ?? 0);
  await server.stop();
  server = await startServer(dbPath, await freePort(), { workers: 2 });
  log('Rush, 2 workers…');
  const two = await benchRush(server.base, w, rushOpts);
  const rss2 = peakRssOfTreeMb(server.child.pid ?? 0);
  await server.stop();
  server = undefined;
  printRush(one, two);

  printTable('The server process', [
    {
      what: `seeding ${DATASET.pieces.toLocaleString('en')} pieces`,
      figure: `${(seedMs / 1000).toFixed(1)} s`,
      target: quick ? '—' : '≤ 60 s',
      ok: quick ? undefined : seedMs <= 60_000,
    },
    { what: 'peak RSS, 1 worker', figure: `${rss1.toFixed(0)} MB`, target: '≤ 200 MB', ok: rss1 <= 200 },
    {
      what: 'peak RSS, each of 2 workers',
      figure: `${rss2.toFixed(0)} MB`,
      target: '≤ 200 MB',
      ok: rss2 <= 200,
    },
  ]);
} finally {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `\nLoad average (1 min) before the bench: ${loadBefore.toFixed(2)}, at its end: ${(loadavg()[0] ?? 0).toFixed(2)} on ${availableParallelism()} cores.`,
);

function printCold(rows: ColdRow[]): void {
  const healthz = rows.find((r) => r.name.startsWith('/healthz'))?.median ?? Number.NaN;
  console.log(
    `\nCold pages, ${DATASET.pieces.toLocaleString('en')} pieces: each asked once right after a piece is posted (${COLD_ROUNDS} rounds)`,
  );
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(
    `  ${'page'.padEnd(width)}    median       p90  × healthz  target (median ≤ 5 ms and ≤ 5× /healthz)`,
  );
  for (const r of rows) {
    const times = r.median / healthz;
    const ok = r.name.startsWith('/healthz') ? '' : r.median <= 5 && times <= 5 ? 'ok' : 'MISSED';
    console.log(
      `  ${r.name.padEnd(width)}  ${r.median.toFixed(2).padStart(6)} ms  ${r.p90.toFixed(2).padStart(6)} ms  ${times.toFixed(1).padStart(8)}  ${ok}`,
    );
  }
}

function printRush(one: RushResult, two: RushResult): void {
  console.log(
    `\nRush: ${RUSH.writers} signed-in writers (today, calendar, day pages, collection), then visitors, while ${RUSH.perSecond} pieces a second are posted; ${RUSH.connections} connections, ${RUSH.seconds} s each`,
  );
  const row = (label: string, r: RushResult, key: 'writers' | 'visitors', target: number) => {
    const m = r[key];
    const ratio = m.rps / r.healthz.rps;
    const ok = ratio >= target && (key === 'visitors' || m.p99 <= 25) && m.failed === 0;
    const p99 = key === 'writers' ? ', p99 ≤ 25 ms' : '';
    console.log(
      `  ${label.padEnd(26)} ${Math.round(m.rps).toString().padStart(6)} req/s  p99 ${m.p99.toFixed(1).padStart(6)} ms  ratio ${ratio.toFixed(2)}  target ≥ ${target}${p99} ${ok ? 'ok' : 'MISSED'}${m.failed ? ` (${m.failed} failed)` : ''}`,
    );
  };
  for (const [label, r] of [
    ['1 worker', one],
    ['2 workers', two],
  ] as const) {
    console.log(
      `  ${`${label}: /healthz`.padEnd(26)} ${Math.round(r.healthz.rps).toString().padStart(6)} req/s  p99 ${r.healthz.p99.toFixed(1).padStart(6)} ms`,
    );
    row(`${label}: writers`, r, 'writers', 0.15);
    row(`${label}: visitors`, r, 'visitors', 0.5);
    console.log(`  ${`${label}: pieces posted`.padEnd(26)} ${r.posted} (${r.postFailures} failed)`);
  }
  const scale = (two.writers.rps + two.visitors.rps) / (one.writers.rps + one.visitors.rps);
  console.log(
    `  2 workers ÷ 1 worker, rush throughput: ${scale.toFixed(2)}×  target ≥ 1.6× ${scale >= 1.6 ? 'ok' : 'MISSED'}`,
  );
}
