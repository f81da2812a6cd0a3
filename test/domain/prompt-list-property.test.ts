import { describe, expect, it } from 'vitest';
import { parsePromptList, type ReadList } from '../../src/domain/prompt-list.ts';
import { sweep } from '../time-bound.ts';

/** A small seeded generator (mulberry32): the same seed, the same lists. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

const SYLLABLES = 'ka lo mi ne ru ta so vi de ba fu gi ho ja ku ly mo'.split(' ');
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const WORDS =
  'One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen Twenty'.split(
    ' ',
  );
const numberWord = (n: number) =>
  n <= 20
    ? WORDS[n - 1]!
    : `${n < 30 ? 'Twenty' : 'Thirty'}${n % 10 === 0 ? '' : `-${WORDS[(n % 10) - 1]!}`}`;

/** A made-up word no list has used, so each prompt can be found again in what the parser gives back. */
function word(r: Random, used: Set<string>): string {
  for (;;) {
    const w = Array.from({ length: r.int(2, 4) }, () => r.pick(SYLLABLES)).join('');
    if (!used.has(w)) {
      used.add(w);
      return w[0]!.toUpperCase() + w.slice(1);
    }
  }
}
const phrase = (r: Random, used: Set<string>) =>
  Array.from({ length: r.int(1, 3) }, () => word(r, used))
    .join(' ')
    .replace(/ \w/g, (s) => s.toLowerCase());

type Day = { title?: string; prompts: string[] };
type Built = { text: string; days: Day[]; alternates: string[] };

const NOISE_BEFORE = [
  'WHUMPTOBER 2025 OFFICIAL PROMPT LIST',
  'Welcome back, everyone! Here are this year’s prompts, one for every day of the month.',
  '#whumptober2025 #nowhumpunwanted',
  'Masterlist: https://example.tumblr.com/post/123',
  'Event dates: October 1 – 31',
  'Rules: any fandom, any rating; tag your fills.',
];
const NOISE_AFTER = [
  'Happy writing!',
  '#fictober #fictober25',
  'Questions? Send an ask! 💌',
  'https://ko-fi.com/example',
];
const BETWEEN = ['#whump', 'https://example.com/list', '🎃🎃🎃', '* * *', '~~~'];

/** A list of `n` days in one layout, with noise lines before, after and between, and maybe a pool. */
function build(r: Random, layout: string, n: number): Built {
  const used = new Set<string>();
  const themed = layout === 'themed' || layout === 'same-line';
  const days: Day[] = Array.from({ length: n }, () => ({
    ...(themed ? { title: phrase(r, used).toUpperCase() } : {}),
    prompts: Array.from({ length: layout === 'inline' || layout === 'plain' ? 1 : r.int(1, 3) }, () =>
      phrase(r, used),
    ),
  }));
  const sep = r.pick([' | ', ' / ']);
  const style = r.int(0, 6);
  const month = r.int(1, 12);
  const label = (k: number) =>
    [`${k}. `, `${k}) `, `No. ${k} — `, `#${k} `, `Day ${k}: `, `Day ${numberWord(k)} - `, `Prompt ${k}: `][
      style
    ]!;
  const date = (k: number) =>
    [
      `${MONTHS[month - 1]} ${k}: `,
      `${MONTHS[month - 1]!.slice(0, 3)} ${k} - `,
      `${k} ${MONTHS[month - 1]} – `,
      `${month}/${k} `,
    ][style % 4]!;
  const lines: string[] = [];
  for (let i = 0; i < r.int(0, 3); i++) lines.push(r.pick(NOISE_BEFORE));
  lines.push('');
  if (layout === 'inline') {
    lines.push(days.map((d, k) => `${k + 1} ${d.prompts[0]}.`).join(' '));
  } else {
    for (const [k, d] of days.entries()) {
      const emoji = r.chance(0.2) ? '🍂 ' : '';
      if (layout === 'numbered') lines.push(`${emoji}${label(k + 1)}${d.prompts.join(sep)}`);
      if (layout === 'dated') lines.push(`${date(k + 1)}${d.prompts.join(sep)}`);
      if (layout === 'plain') lines.push(`${r.chance(0.3) ? '- ' : ''}${d.prompts[0]}`);
      if (layout === 'same-line') lines.push(`Day ${k + 1} - ${d.title}: ${d.prompts.join(sep)}`);
      if (layout === 'themed') {
        lines.push(`Day ${k + 1}: ${d.title}`);
        const bullets = r.chance(0.5);
        // One line of prompts under a theme needs two of them to read as the theme's.
        if (d.prompts.length === 1 && !bullets) {
          d.prompts.push(phrase(r, used));
          lines.push(d.prompts.join(sep));
        } else for (const p of d.prompts) lines.push(`${bullets ? '- ' : ''}${p}`);
      }
      if (k < n - 1 && r.chance(0.1)) lines.push(r.pick(BETWEEN));
      if (r.chance(0.15)) lines.push('');
    }
  }
  const alternates = r.chance(0.5) ? Array.from({ length: r.int(1, 4) }, () => phrase(r, used)) : [];
  if (alternates.length > 0)
    lines.push(
      '',
      r.pick(['Alt prompts:', 'Alternates', 'Bonus prompts:']),
      ...alternates.map((a) => `- ${a}`),
    );
  lines.push('');
  for (let i = 0; i < r.int(0, 3); i++) lines.push(r.pick(NOISE_AFTER));
  return { text: lines.join(r.pick(['\n', '\r\n'])), days, alternates };
}

const STRUCTURE =
  /^(?:day|no|prompt|alt|alternates|bonus|prompts|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)$/i;

/** Every non-empty line is either listed as not used or has all its words in what the list holds. */
function accountFor(text: string, list: ReadList): string[] {
  const held = [
    ...list.days.flatMap((d) => [...d.prompts, d.title ?? '', d.description ?? '']),
    ...list.alternates,
  ].join('\n');
  const unused = new Set(list.unused.map((u) => u.line));
  return text.split(/\r\n|\n/).flatMap((line, i) => {
    if (line.trim() === '' || unused.has(i + 1)) return [];
    const words = (line.match(/\p{L}{3,}/gu) ?? []).filter(
      (w) => !STRUCTURE.test(w) && !WORDS.includes(w.split('-')[0]!) && w !== 'Thirty',
    );
    const lost = words.filter((w) => !held.includes(w));
    return lost.length > 0 ? [`line ${i + 1} ${JSON.stringify(line)} lost ${lost.join(', ')}`] : [];
  });
}

describe('every line is accounted for, in random lists of every layout with noise around them', () => {
  const layouts = ['numbered', 'themed', 'same-line', 'dated', 'inline', 'plain'];
  it.each(layouts)('%s', (layout) => {
    for (let seed = 1; seed <= sweep(400); seed++) {
      const r = random(seed * 7919 + layouts.indexOf(layout));
      const built = build(r, layout, r.int(3, layout === 'dated' ? 28 : 31));
      const result = parsePromptList(built.text, { year: 2025 });
      const where = `seed ${seed}:\n${built.text}`;
      if (!result.ok) throw new Error(`${where}\n${result.errors.join('\n')}`);
      expect(accountFor(built.text, result.value), where).toStrictEqual([]);
      expect(
        result.value.days.map((d) => ({ ...(d.title ? { title: d.title } : {}), prompts: d.prompts })),
        where,
      ).toStrictEqual(built.days);
      expect(result.value.alternates, where).toStrictEqual(built.alternates);
    }
  });

  it('and in any text at all: nothing is lost, whatever is pasted', () => {
    const r = random(99);
    const alphabet = [
      '1',
      '.',
      ' ',
      '\n',
      '|',
      ' / ',
      'Day ',
      'Oct ',
      '#',
      '- ',
      '“',
      'é',
      ':',
      'ab',
      'Kalo ',
      '(',
      ')',
      'or ',
      ', ',
      'Alternates:\n',
    ];
    for (let n = 0; n < sweep(1000); n++) {
      const text = Array.from({ length: r.int(1, 80) }, () => r.pick(alphabet)).join('');
      const result = parsePromptList(text);
      if (result.ok) expect(accountFor(text, result.value), JSON.stringify(text)).toStrictEqual([]);
      else expect(result.errors.length, JSON.stringify(text)).toBeGreaterThan(0);
    }
  });
});
