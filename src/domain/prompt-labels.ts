import { dayLabelAt } from './day-labels.ts';

/** How a list writes its day numbers: `Day 1`, `No. 1`, `#1`, `Prompt 1`, `1.`, or `1 ` before the prompt. */
export type Family = 'day' | 'no' | 'hash' | 'prompt' | 'bare' | 'spaced';
/** A day number at the start of a line, and the text after it and its separator. */
export type NumberLabel = { n: number; family: Family; rest: string };
/** A date at the start of a line; `slash` keeps both numbers of "12/1" until the list says which is the month. */
export type DateLabel = { month: number; day: number; year?: number; slash?: [number, number]; rest: string };

const MONTHS = 'january february march april may june july august september october november december'.split(
  ' ',
);
const WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday'.split(' ');
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

/** The number label a line opens with ("Day 3:", "No. 3 —", "#3", "3.", "(3)", "3 -", "3 Thorn"), if any. */
export function readNumberLabel(text: string): NumberLabel | undefined {
  const marked = dayLabelAt(text, 0);
  if (marked) {
    const sep = separatorEnd(text, marked.length);
    if (sep === undefined) return undefined;
    return { n: marked.day, family: familyOf(text), rest: restFrom(text, sep) };
  }
  const paren = text[0] === '(';
  const start = paren ? 1 : 0;
  const end = digitsEnd(text, start, 3);
  if (end === undefined) return undefined;
  const n = Number(text.slice(start, end));
  // "1st: Ghosts", "2nd - Bats": an ordinal before a colon or a dash numbers the day; "1st kiss" is a prompt.
  const suffix = text.slice(end, end + 2).toLowerCase();
  if (!paren && ['st', 'nd', 'rd', 'th'].includes(suffix) && !isLetter(text[end + 2])) {
    const mark = skipSpaces(text, end + 2);
    if (!SEPARATORS.includes(text[mark] ?? 'x') || text[mark] === undefined) return undefined;
    return { n, family: 'bare', rest: restFrom(text, separatorEnd(text, end + 2)) };
  }
  const next = text[end];
  const bare = (from: number) => ({ n, family: 'bare' as const, rest: restFrom(text, from) });
  if (paren) return next === ')' ? bare(end + 1) : undefined;
  if ((next === '.' || next === ')' || next === ':') && !isDigit(text[end + 1])) return bare(end + 1);
  if (next === undefined) return bare(end);
  const k = skipSpaces(text, end);
  if (k === end) return undefined;
  if ('-–—|'.includes(text[k] ?? 'x') && (isSpace(text[k + 1]) || text[k + 1] === undefined))
    return bare(k + 1);
  // "1 Lantern": a digit then a word; weaker, so it is a family of its own.
  return isLetter(text[k]) || /[“"‘'(]/.test(text[k] ?? '')
    ? { n, family: 'spaced', rest: text.slice(k) }
    : undefined;
}

/** The prompt after a label's separator, without a doubled colon ("Day 1:: Ghosts", "1.: Ghosts"). */
function restFrom(text: string, from: number | undefined): string {
  return text
    .slice(from)
    .trim()
    .replace(/^:+\s*/, '');
}

function familyOf(text: string): Family {
  const c = text[0]?.toLowerCase();
  return c === 'd' ? 'day' : c === 'n' ? 'no' : c === '#' ? 'hash' : 'prompt';
}

/** The end of the digits (1 to `max` of them) at `i`, or undefined when there are none or more. */
function digitsEnd(text: string, i: number, max: number): number | undefined {
  let k = i;
  while (isDigit(text[k]) && k - i <= max) k++;
  return k === i || k - i > max ? undefined : k;
}

function skipSpaces(text: string, i: number): number {
  let k = i;
  while (isSpace(text[k])) k++;
  return k;
}

/** After a label: spaces and one of `. ) : | - – — ,` or spaces alone, or the end; undefined before a letter. */
function separatorEnd(text: string, i: number): number | undefined {
  let k = skipSpaces(text, i);
  if (SEPARATORS.includes(text[k] ?? 'x') && text[k] !== undefined) k = skipSpaces(text, k + 1);
  else if (k === i && k < text.length) return undefined;
  // A symbol set between the label and the prompt ("October 1st ✦ Ghosts") is not the prompt's.
  if (DECOR.includes(text[k] ?? 'x') && isSpace(text[k + 1])) k = skipSpaces(text, k + 1);
  return k;
}

const SEPARATORS = '.):|-–—,';
const DECOR = '✦✧•·~→»★☆❀✿♡♥◆◇▪▸►';

/** "(Oct 1): Ghosts" after a label: the text in the parentheses, and what follows them and their separator. */
export function parenthesised(rest: string): { inner: string; after: string } | undefined {
  if (rest[0] !== '(') return undefined;
  const close = rest.indexOf(')');
  if (close < 2 || close > 40) return undefined;
  const k = separatorEnd(rest, close + 1);
  return k === undefined ? undefined : { inner: rest.slice(1, close).trim(), after: rest.slice(k).trim() };
}

/** A month or weekday name at `i` (a full name or its first three letters, "sept" too), and its end. */
function nameAt(text: string, i: number, names: string[]): { index: number; end: number } | undefined {
  let k = i;
  while (k - i < 10 && /[a-z]/i.test(text[k] ?? '')) k++;
  if (k === i || isLetter(text[k])) return undefined;
  const word = text.slice(i, k).toLowerCase();
  const index = word.length >= 3 ? names.findIndex((n) => n.startsWith(word)) : -1;
  if (index < 0) return undefined;
  return { index, end: text[k] === '.' ? k + 1 : k };
}

function dayNumber(text: string, i: number): { day: number; end: number } | undefined {
  const end = digitsEnd(text, i, 2);
  if (end === undefined) return undefined;
  const suffix = text.slice(end, end + 2).toLowerCase();
  const past = ['st', 'nd', 'rd', 'th'].includes(suffix) ? end + 2 : end;
  if (isLetter(text[past]) || isDigit(text[past])) return undefined;
  return { day: Number(text.slice(i, end)), end: past };
}

/** ", 2025" or " 2025" after a date. */
function yearAfter(text: string, i: number): { year: number; end: number } | undefined {
  let k = text[i] === ',' ? i + 1 : i;
  const spaced = skipSpaces(text, k);
  if (spaced === k) return undefined;
  k = spaced;
  const end = digitsEnd(text, k, 4);
  if (end === undefined || end - k !== 4 || isDigit(text[end])) return undefined;
  return { year: Number(text.slice(k, end)), end };
}

/** The date a line opens with: "October 1st", "Oct. 1", "Wed, Oct 1", "1 October", "the 1st of Oct", "2025-10-01", "12/1". */
export function readDateLabel(text: string): DateLabel | undefined {
  const found = dateAt(text, 0);
  if (!found) return undefined;
  const sep = separatorEnd(text, found.end);
  if (sep === undefined) return undefined;
  const { end: _, ...date } = found;
  return { ...date, rest: text.slice(sep).trim() };
}

type DateFound = Omit<DateLabel, 'rest'> & { end: number };

function dateAt(text: string, from: number): DateFound | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text.slice(from, from + 11));
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), end: from + 10 };
  const slash = slashDate(text, from);
  if (slash) return slash;
  let i = from;
  const weekday = nameAt(text, i, WEEKDAYS);
  if (weekday) {
    i = skipSpaces(text, text[weekday.end] === ',' ? weekday.end + 1 : weekday.end);
    if (i === weekday.end) return undefined;
  }
  if (text.slice(i, i + 4).toLowerCase() === 'the ') i = skipSpaces(text, i + 4);
  const month = nameAt(text, i, MONTHS);
  if (month) {
    const d = dayNumber(text, skipSpaces(text, month.end));
    if (!d) return undefined;
    const y = yearAfter(text, d.end);
    return { month: month.index + 1, day: d.day, ...(y ? { year: y.year } : {}), end: y?.end ?? d.end };
  }
  const d = dayNumber(text, i);
  if (!d) return undefined;
  let k = skipSpaces(text, d.end);
  if (k === d.end) return undefined;
  if (text.slice(k, k + 3).toLowerCase() === 'of ') k = skipSpaces(text, k + 3);
  const named = nameAt(text, k, MONTHS);
  if (!named) return undefined;
  const y = yearAfter(text, named.end);
  return { month: named.index + 1, day: d.day, ...(y ? { year: y.year } : {}), end: y?.end ?? named.end };
}

function slashDate(text: string, i: number): DateFound | undefined {
  const a = digitsEnd(text, i, 2);
  if (a === undefined || text[a] !== '/') return undefined;
  const b = digitsEnd(text, a + 1, 2);
  if (b === undefined) return undefined;
  let end = b;
  let year: number | undefined;
  if (text[b] === '/') {
    const y = digitsEnd(text, b + 1, 4);
    if (y === undefined || (y - b - 1 !== 2 && y - b - 1 !== 4)) return undefined;
    const raw = Number(text.slice(b + 1, y));
    year = raw < 100 ? 2000 + raw : raw;
    end = y;
  }
  if (isDigit(text[end]) || isLetter(text[end]) || text[end] === '/') return undefined;
  const slash: [number, number] = [Number(text.slice(i, a)), Number(text.slice(a + 1, b))];
  return { month: slash[0], day: slash[1], slash, ...(year ? { year } : {}), end };
}

/** Whether a dated line is a range ("October 1 – 31", "Oct 1 to Oct 31, 2025"), not a day. */
export function isDateRange(text: string): boolean {
  const first = dateAt(text, 0);
  let k: number;
  if (first) k = skipSpaces(text, first.end);
  else {
    const d = dayNumber(text, 0);
    if (!d) return false;
    k = skipSpaces(text, d.end);
  }
  const word = /^(?:to|through|thru|until|till)\s/i.exec(text.slice(k, k + 9));
  if (word) k += word[0].length;
  else if ('-–—'.includes(text[k] ?? 'x') && text[k] !== undefined) k += 1;
  else return false;
  k = skipSpaces(text, k);
  if (dateAt(text, k)) return true;
  const d = dayNumber(text, k);
  if (!d) return false;
  const after = skipSpaces(text, text[d.end] === ',' ? d.end + 1 : d.end);
  if (nameAt(text, after, MONTHS)) return true;
  // "October 1 – 31" and "Oct 1 - 31, 2025"; but "1 - 10 minutes" is a day and its prompt.
  return first !== undefined && (after >= text.length || isDigit(text[after]));
}
