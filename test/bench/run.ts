// `npm run bench`: prints Promptly's speed figures against their targets. Never run by `npm test`.
import { benchWordCount } from './word-count.ts';

type Row = { what: string; figure: string; target: string; ok: boolean };

function printTable(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map((r) => r.what.length));
  for (const r of rows) {
    console.log(
      `  ${r.what.padEnd(width)}  ${r.figure.padStart(10)}  target ${r.target.padEnd(10)} ${r.ok ? 'ok' : 'MISSED'}`,
    );
  }
}

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
