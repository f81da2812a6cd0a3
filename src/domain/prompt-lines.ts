import { dayLabelAt } from './day-labels.ts';
import {
  type DateLabel,
  isDateRange,
  type NumberLabel,
  parenthesised,
  readDateLabel,
  readNumberLabel,
} from './prompt-labels.ts';
import { isWordChar } from './prompt-text.ts';

/** A pasted line, cleaned: `text` is without markup, bullet or `>`; a label is read from it when it has one. */
export type Line = {
  /** Its place in the paste, from 0. */
  index: number;
  /** The line as pasted, with odd spaces and invisible characters cleaned: what "Not used" shows. */
  shown: string;
  text: string;
  bullet: boolean;
  /** A `> ` line: a day's description as the canonical text writes it. */
  quote: boolean;
  num?: NumberLabel;
  /** The date at the start of the line, or right after its number ("DAY 1: Wednesday, Dec 20"); its `rest` follows it. */
  date?: DateLabel;
  /** A range of dates ("October 1 – 31"): never a day. */
  range: boolean;
};

const ODD_SPACES = new Set(['\u00A0', '\u1680', '\u202F', '\u205F', '\u3000']);
// Zero-width joiners stay: emoji and some scripts are written with them.
const INVISIBLE = new Set(['\u200B', '\u2060', '\uFEFF', '\u00AD']);
const BULLETS = new Set([
  '-',
  '*',
  '+',
  '•',
  '◦',
  '·',
  '‣',
  '▪',
  '▫',
  '–',
  '—',
  '→',
  '»',
  '✦',
  '✧',
  '⁃',
  '○',
  '●',
  '■',
  '□',
]);

/** Whether `c` is a control character other than tab and line breaks. */
export function isControl(c: string): boolean {
  const code = c.codePointAt(0) ?? 0;
  return (code < 0x20 && c !== '\t' && c !== '\n' && c !== '\r') || (code >= 0x7f && code < 0xa0);
}

/** The line with odd spaces made plain and invisible characters gone; a tab between two cells reads " | ". */
function clean(raw: string): string {
  const out: string[] = [];
  let tab = false;
  for (const c of raw) {
    const code = c.codePointAt(0) ?? 0;
    if (c === '\t') tab = true;
    else if (ODD_SPACES.has(c) || (code >= 0x2000 && code <= 0x200a)) out.push(' ');
    else if (!INVISIBLE.has(c) && !isControl(c)) {
      if (tab && c !== ' ') {
        // Columns copied from a spreadsheet: "1<tab>Ghosts<tab>Bats" is day 1 with two prompts.
        while (out.at(-1) === ' ') out.pop();
        if (out.length > 0) out.push(' | ');
        tab = false;
      }
      out.push(c);
    }
  }
  return out.join('').trim();
}

/** `**Day 1:** x`, `*Day 1*: x` and `__Alternates__` read as `Day 1: x` and `Alternates`. */
function unwrapMarkup(text: string): string {
  const m = /^(\*{1,3}|_{1,3})(?=\S)/.exec(text);
  if (!m) return text;
  const mark = m[1]!;
  const inner = text.slice(mark.length);
  const close = inner.indexOf(mark);
  return (close < 0 ? inner : inner.slice(0, close) + inner.slice(close + mark.length)).trim();
}

/** A bullet at the start ("- ", "• ", "[ ] "), as the length to cut, or 0. */
function bulletLength(text: string): number {
  if (/^\[[ xX]?\] /.test(text)) return text.indexOf(']') + 2;
  return BULLETS.has(text[0] ?? '') && (text[1] === ' ' || text[1] === '\t') ? 2 : 0;
}

/** Emoji and symbols before a label ("🎃 Day 1", "✨ No. 3"): their length, or 0 when a letter or digit comes first. */
function symbolsLength(text: string): number {
  let k = 0;
  for (const c of text) {
    if (isWordChar(c) || c === '#' || c === '(' || '“"‘\''.includes(c)) break;
    k += c.length;
    if (k > 24) return 0;
  }
  return k;
}

function labels(text: string): Pick<Line, 'num' | 'date'> {
  const date = withoutDayInParens(readDateLabel(text));
  // "1 October" is a date, not day 1 of a spaced list.
  const num = date ? undefined : readNumberLabel(text);
  const after = num && !date ? (readDateLabel(num.rest) ?? dateInParens(num.rest)) : undefined;
  // A date right after the number is the day's date only if the list dates every day: "5. March 15 betrayal".
  if (num && after) return { num, date: after };
  return { ...(num ? { num } : {}), ...(date ? { date } : {}) };
}

/** "Day 1 (Oct 1): Ghosts": the date in parentheses after a number, with the text after it. */
function dateInParens(rest: string): DateLabel | undefined {
  const p = parenthesised(rest);
  const date = p ? readDateLabel(p.inner) : undefined;
  return p && date && date.rest === '' ? { ...date, rest: p.after } : undefined;
}

/** "October 1 (Day 1): Ghosts": the day in parentheses after a date is part of its label. */
function withoutDayInParens(date: DateLabel | undefined): DateLabel | undefined {
  const p = date ? parenthesised(date.rest) : undefined;
  const day = p ? dayLabelAt(p.inner) : null;
  return date && p && day && day.length === p.inner.length ? { ...date, rest: p.after } : date;
}

/** One pasted line, read. */
export function readLine(raw: string, index: number): Line {
  const shown = clean(raw);
  if (shown === '') return { index, shown, text: '', bullet: false, quote: false, range: false };
  let text = shown;
  let bullet = false;
  for (let pass = 0; pass < 2; pass++) {
    const b = bulletLength(text);
    if (b > 0) {
      bullet = true;
      text = text.slice(b).trim();
    }
    text = unwrapMarkup(text);
    const heading = /^#{1,6} /.exec(text);
    if (heading) text = text.slice(heading[0].length).trim();
  }
  const quote = text.startsWith('> ') || text === '>';
  if (quote) text = text.slice(1).trim();
  let found = labels(text);
  if (!found.num && !found.date) {
    const skip = symbolsLength(text);
    const stripped = skip > 0 ? labels(text.slice(skip).trim()) : {};
    if (stripped.num || stripped.date) {
      text = text.slice(skip).trim();
      found = stripped;
    }
  }
  // Only a line that opens with a date or a number can be a range of dates.
  const range = (found.date !== undefined || /^\d/.test(text)) && isDateRange(text);
  return { index, shown, text, bullet, quote, ...found, range };
}

/** The lines of a paste as typed, whatever its line endings. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|[\r\n\u2028\u2029\u0085]/);
}

/** The lines of a paste, read. */
export function toLines(text: string): Line[] {
  return splitLines(text).map(readLine);
}
