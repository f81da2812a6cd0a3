/** A day label found in a text: the day it names, where it starts and how many characters it takes. */
export type DayLabel = { day: number; index: number; length: number };

const UNITS = 'one two three four five six seven eight nine'.split(' ');
const TEENS = 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const UNIT_ORDINALS = 'first second third fourth fifth sixth seventh eighth ninth'.split(' ');
const TEEN_ORDINALS =
  'tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'.split(
    ' ',
  );
const TENS: Record<string, number> = { twenty: 20, thirty: 30, twentieth: 20, thirtieth: 30 };

/** Each simple number word (one…nineteen, twenty, thirty, and their ordinals) with its value. */
const SIMPLE = new Map<string, number>([
  ...UNITS.map((w, i) => [w, i + 1] as const),
  ...UNIT_ORDINALS.map((w, i) => [w, i + 1] as const),
  ...TEENS.map((w, i) => [w, i + 10] as const),
  ...TEEN_ORDINALS.map((w, i) => [w, i + 10] as const),
  ...Object.entries(TENS),
]);
const UNIT = new Map([
  ...UNITS.map((w, i) => [w, i + 1] as const),
  ...UNIT_ORDINALS.map((w, i) => [w, i + 1] as const),
]);

// Where a label may begin; what follows is read by hand, so every attempt is short and the scan linear.
const START = /(?<![\p{L}\p{N}_])(?:prompt|day|n[oº°]|#)/giu;
const LETTER = /\p{L}/u;
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00A0';

/** The value of a number word, "one"…"thirty-nine" or "first"…"thirty-ninth" (any case; "thirty one" too), or null. */
export function numberWord(word: string): number | null {
  const found = readNumberWord(word.trim(), 0);
  return found && found.length === word.trim().length ? found.n : null;
}

/** The first day label anywhere in `text` ("Day 02", "Day Seventeen", "No. 7", "#no.7", "#7", "Prompt 7"), or null. */
export function findDayLabel(text: string): DayLabel | null {
  for (const m of text.matchAll(START)) {
    const found = dayLabelAt(text, m.index);
    if (found) return found;
  }
  return null;
}

/** The day label that starts exactly at `index` of `text`, or null. */
export function dayLabelAt(text: string, index = 0): DayLabel | null {
  if (index > 0 && /[\p{L}\p{N}_]/u.test(text[index - 1]!)) return null;
  const end = readLabel(text, index);
  return end ? { day: end.n, index, length: end.end - index } : null;
}

/** The word `w` (ASCII, any case) at `i` followed by no letter: the index after it, or -1. */
function word(text: string, i: number, w: string): number {
  if (text.slice(i, i + w.length).toLowerCase() !== w) return -1;
  return isLetter(text[i + w.length]) ? -1 : i + w.length;
}

function skipSpaces(text: string, i: number): number {
  let k = i;
  while (isSpace(text[k])) k++;
  return k;
}

/** "no", "no.", "nº", "n°." at `i`: the index after it, or -1. */
function numero(text: string, i: number): number {
  const c = text[i]?.toLowerCase();
  const d = text[i + 1]?.toLowerCase();
  if (c !== 'n' || (d !== 'o' && d !== 'º' && d !== '°')) return -1;
  if (text[i + 2] === '.') return i + 3;
  return isLetter(text[i + 2]) ? -1 : i + 2;
}

function readLabel(text: string, i: number): { n: number; end: number } | undefined {
  const c = text[i];
  if (c === '#') {
    const k = skipSpaces(text, i + 1);
    const inner = Math.max(numero(text, k), word(text, k, 'day'), word(text, k, 'prompt'));
    // "#7", "# 7", "#no.7", "#day7", "#Prompt 7".
    return readNumber(text, inner < 0 ? k : skipSpaces(text, inner), false);
  }
  const prompt = word(text, i, 'prompt');
  if (prompt >= 0) {
    const k = skipSpaces(text, prompt);
    const inner = Math.max(numero(text, k), word(text, k, 'day'), text[k] === '#' ? k + 1 : -1);
    if (inner >= 0) return readNumber(text, skipSpaces(text, inner), true);
    return k > prompt ? readNumber(text, k, false) : undefined;
  }
  const day = word(text, i, 'day');
  if (day >= 0) {
    let k = skipSpaces(text, day);
    if (text[k] === '#') k = skipSpaces(text, k + 1);
    return readNumber(text, k, k > day);
  }
  const no = numero(text, i);
  if (no < 0) return undefined;
  const k = skipSpaces(text, no);
  // "No 7", "No. 7", "No.7", "Nº7", but "no7" is a word.
  return k > no || text[no - 1]?.toLowerCase() !== 'o' ? readNumber(text, k, false) : undefined;
}

/** Digits (1–3, an ordinal suffix allowed), or a number word when `words`; never part of a longer word. */
function readNumber(text: string, i: number, words: boolean): { n: number; end: number } | undefined {
  let k = i;
  while (isDigit(text[k]) && k - i < 4) k++;
  if (k > i) {
    if (k - i > 3) return undefined;
    const suffix = text.slice(k, k + 2).toLowerCase();
    const end = ['st', 'nd', 'rd', 'th'].includes(suffix) && !isLetter(text[k + 2]) ? k + 2 : k;
    if (isLetter(text[end]) || isDigit(text[end])) return undefined;
    return { n: Number(text.slice(i, k)), end };
  }
  if (!words) return undefined;
  const found = readNumberWord(text, i);
  return found ? { n: found.n, end: i + found.length } : undefined;
}

function letters(text: string, i: number): string {
  let k = i;
  while (k - i < 12 && /[a-z]/i.test(text[k] ?? '')) k++;
  return isLetter(text[k]) ? '' : text.slice(i, k).toLowerCase();
}

/** A number word at `i`: "seventeen", "Thirty-One", "twenty first", "thirty one". */
function readNumberWord(text: string, i: number): { n: number; length: number } | undefined {
  const first = letters(text, i);
  const n = SIMPLE.get(first);
  if (n === undefined) return undefined;
  const tens = first in TENS && first.endsWith('y');
  const sep = text[i + first.length];
  if (tens && (sep === '-' || sep === '–' || sep === ' ')) {
    const second = letters(text, i + first.length + 1);
    const unit = UNIT.get(second);
    if (unit !== undefined) return { n: n + unit, length: first.length + 1 + second.length };
  }
  return { n, length: first.length };
}
