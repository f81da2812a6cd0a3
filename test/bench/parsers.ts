import { performance } from 'node:perf_hooks';
import { ADVERSARIAL } from '../domain/adversarial.ts';

/** One parser's figure on its adversarial input: median milliseconds and the rate in MB/s. */
export type ParserFigure = { parser: string; kb: number; ms: number; mbPerSecond: number };

// Linear parsers read these inputs at several MB/s; a backtracking one at KB/s or less. The
// target leaves room for a loaded machine: at least 1 MB/s on every input.
export const PARSER_TARGET_MB_S = 1;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Every parser of src/domain on its adversarial inputs (test/domain/adversarial.ts): median of `runs` after one warm-up. */
export function benchParsers(runs = 5): ParserFigure[] {
  return ADVERSARIAL.map(({ parser, input, run }) => {
    run();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      run();
      times.push(performance.now() - start);
    }
    const ms = median(times);
    const kb = Buffer.byteLength(input) / 1000;
    return { parser, kb, ms, mbPerSecond: kb / 1000 / (ms / 1000) };
  });
}

/** Prints the figures, slowest rate first. */
export function printParsers(figures: ParserFigure[]): void {
  console.log(
    `\nParsers on adversarial input, in process (median of 5 runs; target ≥ ${PARSER_TARGET_MB_S} MB/s each)`,
  );
  const sorted = [...figures].sort((a, b) => a.mbPerSecond - b.mbPerSecond);
  const width = Math.min(70, Math.max(...sorted.map((f) => f.parser.length)));
  for (const f of sorted) {
    const name = f.parser.length > width ? `${f.parser.slice(0, width - 1)}…` : f.parser.padEnd(width);
    const ok = f.mbPerSecond >= PARSER_TARGET_MB_S ? 'ok' : 'MISSED';
    console.log(
      `  ${name}  ${`${Math.round(f.kb)} KB`.padStart(8)}  ${`${f.ms.toFixed(1)} ms`.padStart(9)}  ${`${f.mbPerSecond.toFixed(1)} MB/s`.padStart(11)}  ${ok}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printParsers(benchParsers());
