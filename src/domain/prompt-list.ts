import { DateTime } from 'luxon';
import { addDays, daysBetween } from './calendar.ts';
import { textProblem } from './text-input.ts';

/** One day of a list: its number from 1, its ISO date when the year is known, an optional theme, its prompts. */
export type ParsedDay = { day: number; date?: string; title?: string; prompts: string[] };
/** A parsed list: the days in order and the pool of alternate prompts. */
export type ParsedList = { days: ParsedDay[]; alternates: string[] };
/** A list, or messages for the person who pasted it. */
export type PromptListResult = { ok: true; value: ParsedList } | { ok: false; errors: string[] };

/** What one paste may hold; past these the parser answers with an error and never truncates. */
export const PROMPT_LIST_LIMITS = {
  /** Size of the paste in UTF-8 bytes; a month of prompts is a few KB. */
  maxBytes: 200_000,
  /** Days in one event: a leap year. */
  maxDays: 366,
  /** Characters in one prompt, title or alternate. */
  maxPromptLength: 500,
  /** Alternatives kept on one day: every written one up to this. */
  maxPromptsPerDay: 10,
  /** Prompts in the alternates pool. */
  maxAlternates: 366,
} as const;

const MAX_MESSAGES = 10;
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

type DateLabel = { kind: 'date'; year?: number; month: number; day: number };
type Label = { kind: 'number'; n: number } | DateLabel;
/** A pasted line: `text` is trimmed and without markup or bullet, `rest` is what follows its label. */
type Line = { no: number; text: string; bullet: boolean; label?: Label; rest: string; excluded: boolean };
type Draft = { line: Line; label: Label; title?: string; prompts: string[]; start: number; end: number };
type Found<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const MONTH =
  '(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const ORDINAL = '(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(?<y>\\d{4}))?';
const DATE_SEP = '(?:\\s*[.,):|\\-–—]\\s*|\\s+|$)';
const DATE_LABELS = [
  new RegExp(`^(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?!\\d)${DATE_SEP}`),
  new RegExp(`^${WEEKDAY}${MONTH}\\s*(?<d>\\d{1,2})${ORDINAL}(?!\\d)${YEAR}${DATE_SEP}`, 'i'),
  new RegExp(`^${WEEKDAY}(?:the\\s+)?(?<d>\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}${YEAR}${DATE_SEP}`, 'i'),
];
const PREFIXED = /^(?:day|no\.?|n[º°]\.?|number|prompt|#)\s*(\d{1,3})(?!\d)(?:\s*[.):|\-–—]\s*|\s+|$)/i;
const BARE = /^\(?(\d{1,3})(?:[.):](?!\d)|\s*[-–—|](?=\s|$)|$)\s*/;
const BULLET = /^(?:[-*+•◦·‣▪–—>]|\[[ xX]?\])\s+/;
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Spaces are taken only from the start of their run: from inside one, the same split is found
// earlier, and trying every position of a long run would read it again from each.
const ALTERNATIVES = /(?:(?<!\s)\s+)?\|\s*|(?<!\s)\s+\/\/?\s+/;
const HASHTAGS = /^(?:#[\p{L}\p{N}_]+[\s,.]*)+$/u;
const URL = /\bhttps?:\/\/|\bwww\./i;
const CONTENT = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;
const ALT_HEADING =
  /^(alt\.?|alts|alternates?|alternatives?|backup)(\s+prompts?|\s+prompt list|\s+list)?\s*(?:\([^)]*\)\s*)?(?:([:\-–—])\s*([\s\S]*))?$/i;
const NOTE_HEADING =
  /^(?:the\s+)?(?:rules|notes?|guidelines|faq|info(?:rmation)?|how to (?:participate|join|play|take part)|tags?|tagging|links?|credits?|about|reminders?|disclaimers?|important)\b[^:]{0,40}:\s*(.*)$|^(?:the\s+)?(?:rules|guidelines|faq)$/i;

/** Parses a pasted prompt list into days and alternates; never throws. */
export function parsePromptList(text: string, opts: { year?: number } = {}): PromptListResult {
  const problem = checkText(text);
  if (problem) return { ok: false, errors: [problem] };
  const lines = toLines(text);
  const pool = takeAlternates(lines);
  excludeNotes(lines);
  const count = (kind: Label['kind']) => lines.filter((l) => !l.excluded && l.label?.kind === kind).length;
  const numbered = count('number');
  const dated = count('date');
  const found =
    numbered + dated === 0
      ? unnumberedDays(lines, pool.at)
      : dated > numbered
        ? datedDays(lines, opts.year)
        : numberedDays(lines);
  if (!found.ok) return found;
  const errors = limitErrors(found.value, pool.alternates);
  return errors.length > 0
    ? fail(errors)
    : { ok: true, value: { days: found.value, alternates: pool.alternates } };
}

/** The canonical text of a list: `Day N: a | b`, or `Day N: Title` then its prompts; then `Alternates:`. */
export function serialisePromptList(list: ParsedList): string {
  const lines = list.days.flatMap((day) => {
    if (day.title === undefined) return [`Day ${day.day}: ${day.prompts.join(' | ')}`];
    // One prompt under a title goes in a bullet, so it cannot be mistaken for a stray line.
    const prompts = day.prompts.length === 1 ? `- ${day.prompts[0]}` : day.prompts.join(' | ');
    return [`Day ${day.day}: ${day.title}`, prompts];
  });
  if (list.alternates.length > 0) lines.push('', 'Alternates:', ...list.alternates.map((a) => `- ${a}`));
  return `${lines.join('\n')}\n`;
}

function fail(errors: string[]): { ok: false; errors: string[] } {
  if (errors.length <= MAX_MESSAGES) return { ok: false, errors };
  const shown = errors.slice(0, MAX_MESSAGES - 1);
  return { ok: false, errors: [...shown, `…and ${errors.length - shown.length} more problems.`] };
}

function checkText(text: string): string | undefined {
  const bytes = utf8Length(text);
  if (bytes > PROMPT_LIST_LIMITS.maxBytes) {
    const kb = (n: number) => Math.ceil(n / 1000);
    return `The list is too long (${kb(bytes)} KB); paste at most ${kb(PROMPT_LIST_LIMITS.maxBytes)} KB.`;
  }
  let junk = 0;
  for (const c of text) if (isControl(c) || c === '\uFFFD') junk++;
  if (text.includes('\u0000') || junk > text.length / 10) {
    return 'This does not look like text: paste the prompt list itself.';
  }
  if (text.trim() === '') return 'The list is empty.';
  return textProblem(text, 'The list', true);
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function isControl(c: string): boolean {
  const code = c.codePointAt(0) ?? 0;
  return (code < 0x20 && c !== '\t' && c !== '\n' && c !== '\r') || (code >= 0x7f && code < 0xa0);
}

function toLines(text: string): Line[] {
  return text.split(/\r\n|[\r\n\u2028\u2029]/).map((raw, i) => {
    const clean = [...raw.replace(SPACES, ' ')].filter(
      (c) => !isControl(c) && c !== '\u200B' && c !== '\uFEFF',
    );
    let line = unwrapMarkup(clean.join('').trim()).replace(/^#{1,6}\s+/, '');
    const bullet = BULLET.exec(line);
    if (bullet) line = line.slice(bullet[0].length);
    const found = readLabel(line);
    return {
      no: i + 1,
      text: line,
      bullet: bullet !== null,
      label: found?.label,
      rest: found?.rest ?? line,
      excluded: false,
    };
  });
}

/** `**Day 1:** x` and `**Alternates:**` read as `Day 1: x` and `Alternates:`. */
function unwrapMarkup(text: string): string {
  const mark = ['**', '__'].find((m) => text.startsWith(m));
  if (!mark) return text;
  const inner = text.slice(2);
  const close = inner.indexOf(mark);
  return (close < 0 ? inner : inner.slice(0, close) + inner.slice(close + 2)).trim();
}

function readLabel(text: string): { label: Label; rest: string } | undefined {
  for (const re of DATE_LABELS) {
    const m = re.exec(text);
    const g = m?.groups;
    if (!m || !g) continue;
    const month = g.mon ? monthNumber(g.mon) : Number(g.m);
    const label: DateLabel = { kind: 'date', month, day: Number(g.d), ...(g.y ? { year: Number(g.y) } : {}) };
    return { label, rest: text.slice(m[0].length).trim() };
  }
  const m = PREFIXED.exec(text) ?? BARE.exec(text);
  if (!m) return undefined;
  return { label: { kind: 'number', n: Number(m[1]) }, rest: text.slice(m[0].length).trim() };
}

function monthNumber(name: string): number {
  return MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === name.slice(0, 3).toLowerCase()) + 1;
}

function splitAlternatives(text: string): string[] {
  return text
    .split(ALTERNATIVES)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** On an alternates heading's own line commas also separate, except inside double quotes. */
function splitInline(text: string): string[] {
  if (/\||\s\/\/?\s/.test(text)) return splitAlternatives(text);
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  [...text].forEach((c, i, chars) => {
    if (c === '"') quoted = !quoted;
    else if (c === '“' || c === '”') quoted = c === '“';
    else if ((c === ',' || c === ';') && !quoted) {
      parts.push(chars.slice(start, i).join(''));
      start = i + 1;
    }
    if (i === chars.length - 1) parts.push(chars.slice(start).join(''));
  });
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

const isBlank = (l: Line | undefined) => l?.text === '';
const isHeading = (l: Line) => l.text.endsWith(':') && splitAlternatives(l.text).length < 2;
const isNoise = (l: Line) => HASHTAGS.test(l.text) || URL.test(l.text) || !CONTENT.test(l.text);
const isItem = (l: Line) => l.bullet || l.label?.kind === 'number';

/** The inline text of an alternates heading ('' when the pool follows), or undefined for other lines. */
function altHeading(l: Line): string | undefined {
  if (l.label || l.bullet) return undefined;
  const m = ALT_HEADING.exec(l.text);
  // "Alternate universe" is a prompt: a heading is plural, says "prompts", or has a colon.
  if (!m || (!m[2] && !m[3] && !/^(alts|alternates|alternatives)$/i.test(m[1] ?? ''))) return undefined;
  return m[4] ?? '';
}

/** The index after the lines under heading `h` (blank lines may come first): a run of list items or a paragraph. */
function sectionEnd(lines: Line[], h: number): number {
  let k = h + 1;
  while (isBlank(lines[k])) k++;
  const first = lines[k];
  if (!first) return h + 1;
  if (!isItem(first)) {
    while (
      lines[k] &&
      !isBlank(lines[k]) &&
      !lines[k]!.label &&
      !isHeading(lines[k]!) &&
      altHeading(lines[k]!) === undefined
    )
      k++;
    return k;
  }
  let n = first.label?.kind === 'number' && !first.bullet ? first.label.n : undefined;
  for (k++; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.bullet && n === undefined) continue;
    // Numbered items go on while the numbers do; a new "1." starts the days.
    if (!l.bullet && l.label?.kind === 'number' && n !== undefined && l.label.n === n + 1) n++;
    else break;
  }
  return k;
}

function takeAlternates(lines: Line[]): { alternates: string[]; at?: number } {
  const alternates: string[] = [];
  let at: number | undefined;
  for (let h = 0; h < lines.length; h++) {
    const inline = altHeading(lines[h]!);
    if (inline === undefined) continue;
    at ??= h;
    alternates.push(...splitInline(inline));
    const end = inline === '' ? sectionEnd(lines, h) : h + 1;
    for (const l of lines.slice(h, end)) l.excluded = true;
    for (const l of lines.slice(h + 1, end))
      if (!isNoise(l)) alternates.push(...splitAlternatives(l.bullet ? l.text : l.rest));
    h = end - 1;
  }
  return { alternates, ...(at === undefined ? {} : { at }) };
}

/** Rules, notes, FAQ and the like, with the paragraph or items under them, are never days. */
function excludeNotes(lines: Line[]): void {
  for (let h = 0; h < lines.length; h++) {
    const l = lines[h]!;
    if (l.excluded || l.label || l.bullet) continue;
    const m = NOTE_HEADING.exec(l.text);
    if (!m) continue;
    const end = m[1] ? h + 1 : sectionEnd(lines, h);
    for (const x of lines.slice(h, end)) x.excluded = true;
    h = end - 1;
  }
}

/** Lines that read as the day's prompts under a labelled line at `i`: bullets, or the next line. */
function bodyAfter(
  lines: Line[],
  i: number,
): { bullets: boolean; prompts: string[]; end: number } | undefined {
  let j = i + 1;
  while (isBlank(lines[j])) j++;
  const first = lines[j];
  if (!first || first.excluded || first.label || isHeading(first) || isNoise(first)) return undefined;
  if (!first.bullet) return { bullets: false, prompts: splitAlternatives(first.text), end: j };
  const prompts: string[] = [];
  for (; lines[j]?.bullet && !lines[j]!.excluded && !lines[j]!.label; j++)
    prompts.push(...splitAlternatives(lines[j]!.text));
  return { bullets: true, prompts, end: j - 1 };
}

function readDrafts(lines: Line[], kind: Label['kind']): Draft[] {
  const heads = lines.flatMap((l, i) => (!l.excluded && l.label?.kind === kind ? [i] : []));
  const own = heads.map((i) => splitAlternatives(lines[i]!.rest));
  const bodies = heads.map((i) => bodyAfter(lines, i));
  // Labelled lines that are mostly followed by a line of their own are themes, that line their prompt.
  const themed = heads.filter((_, k) => own[k]!.length === 1 && bodies[k]?.bullets === false).length;
  const consistent = themed >= 2 && themed * 2 >= heads.length;
  return heads.map((i, k) => {
    const line = lines[i]!;
    const draft = { line, label: line.label!, prompts: own[k]!, start: i, end: i };
    const body = bodies[k];
    if (!body || own[k]!.length > 1) return draft;
    if (!body.bullets && own[k]!.length === 1 && body.prompts.length < 2 && !consistent) return draft;
    const title = own[k]![0];
    return { ...draft, ...(title === undefined ? {} : { title }), prompts: body.prompts, end: body.end };
  });
}

function toDays(drafts: Draft[], dates?: string[]): ParsedDay[] {
  return drafts.map((x, i) => {
    const date = dates?.[i];
    return {
      day: i + 1,
      ...(date === undefined ? {} : { date }),
      ...(x.title === undefined ? {} : { title: x.title }),
      prompts: x.prompts,
    };
  });
}

const labelN = (x: Draft) => (x.label.kind === 'number' ? x.label.n : 0);

function numberedDays(lines: Line[]): Found<ParsedDay[]> {
  const drafts = readDrafts(lines, 'number');
  // Numbering that starts again at 1 is another list (numbered rules, steps); the longest is the days.
  const runs: Draft[][] = [];
  for (const x of drafts) {
    const run = runs.at(-1);
    if (run && !(labelN(x) === 1 && run.some((y) => labelN(y) >= 1))) run.push(x);
    else runs.push([x]);
  }
  const chosen = runs.reduce((a, r) => (r.length > a.length ? r : a));
  const at = runs.indexOf(chosen);
  const taken = new Set(
    drafts.flatMap((x) => Array.from({ length: x.end - x.start + 1 }, (_, k) => x.start + k)),
  );
  const apart = (a: Draft[], b: Draft[]) =>
    lines
      .slice(a.at(-1)!.end + 1, b[0]!.start)
      .some((l, k) => !isBlank(l) && !taken.has(a.at(-1)!.end + 1 + k));
  for (const [k, run] of runs.entries()) {
    if (k === at) continue;
    const [a, b] = k < at ? [run, chosen] : [chosen, run];
    if (!apart(a, b)) {
      return fail([`Day 1 appears twice (lines ${a[0]!.line.no} and ${b[0]!.line.no}).`]);
    }
    if (run.length === chosen.length) {
      return fail([
        `The list numbers its days from 1 twice (lines ${a[0]!.line.no} and ${b[0]!.line.no}); paste one list at a time.`,
      ]);
    }
  }
  const max = chosen.reduce((m, x) => Math.max(m, labelN(x)), 0);
  const { maxDays } = PROMPT_LIST_LIMITS;
  if (chosen.length > maxDays)
    return fail([`The list has ${chosen.length} days; an event has at most ${maxDays}.`]);
  if (max > maxDays) return fail([`The list numbers days up to ${max}; an event has at most ${maxDays}.`]);
  const errors: string[] = [];
  const seen = new Map<number, number>();
  let previous = 0;
  for (const x of chosen) {
    const n = labelN(x);
    const twin = seen.get(n);
    if (n === 0) errors.push(`Day 0 is not a day (line ${x.line.no}); number the days from 1.`);
    else if (twin !== undefined) errors.push(`Day ${n} appears twice (lines ${twin} and ${x.line.no}).`);
    else if (n < previous)
      errors.push(`Day ${n} comes after day ${previous} (line ${x.line.no}); put the days in order.`);
    seen.set(n, x.line.no);
    previous = Math.max(previous, n);
  }
  for (let n = 1; n <= max; n++) if (!seen.has(n)) errors.push(`Day ${n} is missing.`);
  return errors.length > 0 ? fail(errors) : { ok: true, value: toDays(chosen) };
}

function datedDays(lines: Line[], year: number | undefined): Found<ParsedDay[]> {
  const drafts = readDrafts(lines, 'date');
  const labels = drafts.map((x) => x.label as DateLabel);
  const known = labels[0]?.year ?? year;
  if (known !== undefined) {
    const { dates, errors } = resolveDates(drafts, labels, known);
    return errors.length > 0 ? fail(errors) : { ok: true, value: toDays(drafts, dates) };
  }
  // Without a year, any February will do: a plain one, a leap one, or a leap one after New Year.
  const tries = [2025, 2024, 2023].map((y) => resolveDates(drafts, labels, y));
  const best = tries.reduce((a, b) => (b.errors.length < a.errors.length ? b : a));
  return best.errors.length > 0 ? fail(best.errors) : { ok: true, value: toDays(drafts) };
}

function resolveDates(
  drafts: Draft[],
  labels: DateLabel[],
  firstYear: number,
): { dates: string[]; errors: string[] } {
  const dates: string[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  let year = firstYear;
  let latest: string | undefined;
  labels.forEach((l, k) => {
    const no = drafts[k]!.line.no;
    const previous = labels[k - 1];
    year = l.year ?? (previous && previous.month === 12 && l.month === 1 ? year + 1 : year);
    const date = DateTime.fromObject({ year, month: l.month, day: l.day }, { zone: 'UTC' });
    const iso = date.toISODate();
    if (!date.isValid || iso === null) {
      const name =
        l.month >= 1 && l.month <= 12 ? dateName(l.month, l.day) : `${year}-${pad(l.month)}-${pad(l.day)}`;
      errors.push(`${name} is not a date (line ${no}).`);
      return;
    }
    const twin = seen.get(iso);
    const name = dateName(l.month, l.day);
    if (twin !== undefined) errors.push(`${name} appears twice (lines ${twin} and ${no}).`);
    else if (latest && iso < latest)
      errors.push(`${name} comes after ${isoName(latest)} (line ${no}); put the days in order.`);
    seen.set(iso, no);
    dates.push(iso);
    if (!latest || iso > latest) latest = iso;
  });
  const first = dates[0];
  if (!first || !latest || errors.length > 0) return { dates, errors };
  const span = daysBetween(first, latest) + 1;
  const { maxDays } = PROMPT_LIST_LIMITS;
  if (span > maxDays)
    return { dates, errors: [`The list runs over ${span} days; an event has at most ${maxDays}.`] };
  for (let k = 0; k < span; k++) {
    const iso = addDays(first, k);
    if (!seen.has(iso)) errors.push(`${isoName(iso)} is missing.`);
  }
  return { dates, errors };
}

const pad = (n: number) => String(n).padStart(2, '0');
const dateName = (month: number, day: number) => `${MONTHS[month - 1]} ${day}`;
const isoName = (iso: string) => dateName(Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

/** Lines before the first day or after the last that read as a title, a sign-off or a paragraph. */
function looksLikeNote(l: Line): boolean {
  // Word counts are per alternative: three dialogue prompts on one line are not a paragraph.
  const longest = splitAlternatives(l.text).reduce((m, p) => Math.max(m, p.split(/\s+/).length), 0);
  return (
    /\b(?:19|20)\d{2}\b/.test(l.text) ||
    /\b(?:prompts?|list)\b/i.test(l.text) ||
    /\b(?!october\b)\w+tober\b/i.test(l.text) ||
    /(?:^|\s)[@#][\p{L}_]/u.test(l.text) ||
    longest > 12 ||
    (/\s/.test(l.text) && l.text.endsWith('!'))
  );
}

function unnumberedDays(lines: Line[], altAt: number | undefined): Found<ParsedDay[]> {
  let candidates = lines.flatMap((l, i) =>
    l.excluded || isBlank(l) || isHeading(l) || isNoise(l) ? [] : [{ l, i }],
  );
  // Days before an alternates pool end there; what follows the pool is a sign-off.
  if (altAt !== undefined && candidates.some((c) => c.i < altAt))
    candidates = candidates.filter((c) => c.i < altAt);
  while (candidates[0] && looksLikeNote(candidates[0].l)) candidates.shift();
  while (candidates.at(-1) && looksLikeNote(candidates.at(-1)!.l)) candidates.pop();
  if (candidates.length === 0) {
    return fail(['No days found: write one prompt per line, or number the days (“1. …” or “Day 1: …”).']);
  }
  const { maxDays } = PROMPT_LIST_LIMITS;
  if (candidates.length > maxDays)
    return fail([`The list has ${candidates.length} days; an event has at most ${maxDays}.`]);
  return {
    ok: true,
    value: candidates.map(({ l }, i) => ({ day: i + 1, prompts: splitAlternatives(l.text) })),
  };
}

function limitErrors(days: ParsedDay[], alternates: string[]): string[] {
  const { maxPromptLength: max, maxPromptsPerDay, maxAlternates } = PROMPT_LIST_LIMITS;
  const length = (s: string) => [...s].length;
  const errors: string[] = [];
  for (const { day, title, prompts } of days) {
    if (prompts.length === 0) errors.push(`Day ${day} has no prompt.`);
    if (prompts.length > maxPromptsPerDay) {
      errors.push(`Day ${day} has ${prompts.length} prompts; a day has at most ${maxPromptsPerDay}.`);
    }
    if (title !== undefined && length(title) > max) {
      errors.push(`The title of day ${day} is ${length(title)} characters long; the limit is ${max}.`);
    }
    for (const p of prompts) {
      if (length(p) > max)
        errors.push(`A prompt on day ${day} is ${length(p)} characters long; the limit is ${max}.`);
    }
  }
  if (alternates.length > maxAlternates) {
    errors.push(`There are ${alternates.length} alternates; the pool holds at most ${maxAlternates}.`);
  }
  for (const a of alternates) {
    if (length(a) > max) errors.push(`An alternate is ${length(a)} characters long; the limit is ${max}.`);
  }
  return errors;
}
