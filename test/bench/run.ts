// `npm run bench`: prints Promptly's speed figures against their targets. Never run by `npm test`.
import { availableParallelism, loadavg } from 'node:os';
import { BENCH, benchHttp, type LoadRow } from './http.ts';
import { benchWordCount } from './word-count.ts';

type Row = { what: string; figure: string; target: string; ok?: boolean };

function printTable(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map((r) => r.what.length));
  for (const r of rows) {
    console.log(
      `  ${r.what.padEnd(width)}  ${r.figure.padStart(10)}  target ${r.target.padEnd(10)} ${r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED'}`,
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

const http = await benchHttp((line) => console.error(line));
printLoadTable(
  `HTTP, ${BENCH.writers} writers and ${BENCH.pieces} pieces, ${BENCH.connections} connections, ${BENCH.seconds} s each (ratio: to /healthz in this run)`,
  http.rows,
);
printTable('The server process', [
  {
    what: 'start to first 200',
    figure: `${Math.round(http.startMs)} ms`,
    target: '≤ 1000 ms',
    ok: http.startMs <= 1000,
  },
  // The server listens (and answers /healthz) before the app has loaded; pages wait for it.
  { what: 'start to the first page (/)', figure: `${Math.round(http.firstPageMs)} ms`, target: '—' },
  {
    what: 'peak RSS (VmHWM)',
    figure: `${http.peakRssMb.toFixed(0)} MB`,
    target: '≤ 200 MB',
    ok: http.peakRssMb <= 200,
  },
  {
    what: 'lines logged under load',
    figure: String(http.loggedDuringLoad),
    target: '0',
    ok: http.loggedDuringLoad === 0,
  },
]);
console.log(
  `\nLoad average (1 min) before the bench: ${loadBefore.toFixed(2)}, at its end: ${http.loadAverage.toFixed(2)} on ${availableParallelism()} cores.`,
);
