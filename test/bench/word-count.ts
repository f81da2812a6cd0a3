import { performance } from 'node:perf_hooks';
import { countWords } from '../../src/domain/word-count.ts';

const SENTENCES = [
  'She didn’t look up when the door opened — she already knew who it was.',
  '"You’re late," Mira said, setting the kettle down on the arm-rest of the old sofa.',
  "He shrugged. 'Traffic. And the café on the corner was out of croissants, if you can believe it.'",
  'The rain had been falling for three days--longer, maybe--and the gutters sang with it.',
  'It was a naïve plan, a half-baked one; still, it was theirs, and that counted for something…',
  'Somewhere below, a radio played an old song about 1,000 miles and a girl named Zoë.',
  'Kenji wrote 約束 on the fogged-up window and then, embarrassed, wiped it away with his sleeve.',
  'Nobody said anything for a long moment. Then: "Okay." Just that. Okay.',
  'Her hands were shaking (they always shook after) and she hid them in the pockets of her coat.',
  'He’d counted the stairs twice — forty-two, then forty-three — and neither number felt right.',
];

function buildText(bytes: number, sentence: (i: number) => string, joiner: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = sentence(i) + joiner(i);
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}

/** About 1 MB of story text: prose, dialogue, apostrophes, dashes, accents and a little CJK. */
export function plainSample(): string {
  return buildText(
    1_000_000,
    (i) => SENTENCES[(i * 7) % SENTENCES.length]!,
    (i) => (i % 5 === 4 ? '\n\n' : ' '),
  );
}

/** About 1 MB of the HTML AO3 stores: paragraphs, emphasis and character references. */
export function htmlSample(): string {
  const html = (s: string) =>
    s
      .replaceAll('&', '&amp;')
      .replaceAll('’', '&rsquo;')
      .replaceAll('—', '&mdash;')
      .replaceAll('…', '&hellip;')
      .replace(/(\w+)(\W*)$/, '<em>$1</em>$2');
  return buildText(
    1_000_000,
    (i) => (i % 4 === 0 ? '<p>' : '') + html(SENTENCES[(i * 3) % SENTENCES.length]!),
    (i) => (i % 4 === 3 ? '</p>\n' : i % 11 === 0 ? '<br />\n' : ' '),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => unknown, runs: number): number {
  for (let i = 0; i < 5; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Median milliseconds to count about 1 MB of plain text and 1 MB of HTML, after a warm-up. */
export function benchWordCount(runs = 15): { plainMs: number; htmlMs: number } {
  const plain = plainSample();
  const html = htmlSample();
  return { plainMs: time(() => countWords(plain), runs), htmlMs: time(() => countWords(html, 'html'), runs) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { plainMs, htmlMs } = benchWordCount();
  console.log(`countWords, 1 MB plain: ${plainMs.toFixed(2)} ms; 1 MB HTML: ${htmlMs.toFixed(2)} ms`);
}
