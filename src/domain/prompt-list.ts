import { limitErrors, PROMPT_LIST_LIMITS } from './prompt-checks.ts';
import type { Family } from './prompt-labels.ts';
import { isControl, toLines } from './prompt-lines.ts';
import { readInline, readPlain } from './prompt-plain.ts';
import type { Layout, Reading } from './prompt-reading.ts';
import { readSections } from './prompt-sections.ts';
import { readStructured } from './prompt-structured.ts';
import { textProblem } from './text-input.ts';

export { PROMPT_LIST_LIMITS } from './prompt-checks.ts';
export type { Layout } from './prompt-reading.ts';

/** One day of a list: its number from 1, its ISO date when the year is known, a theme, a description, its prompts. */
export type ParsedDay = {
  day: number;
  date?: string;
  title?: string;
  description?: string;
  prompts: string[];
};
/** A parsed list: the days in order and the pool of alternate prompts. */
export type ParsedList = { days: ParsedDay[]; alternates: string[] };
/** A pasted line that is in no day and not in the pool, numbered from 1 as in the paste. */
export type UnusedLine = { line: number; text: string };
/** A list as read from a paste: every non-empty line is in a day, the pool, or `unused`. */
export type ReadList = ParsedList & {
  unused: UnusedLine[];
  layout: Layout;
  /** Set when another layout explains the paste about as well: what the preview says about it. */
  note?: string;
  /** Where things are in the paste, from 1: each day's first line, and the last line of the pool. */
  lines: { days: number[]; poolEnd?: number };
};
/** A list, or messages for the person who pasted it (with the lines not used, when it was read that far). */
export type PromptListResult =
  | { ok: true; value: ReadList }
  | { ok: false; errors: string[]; unused?: UnusedLine[] };
/** The years a paste's dates may take: `year` is given (form, API) and beats the text's; `fallbackYear` comes last. */
export type ParseOptions = { year?: number; fallbackYear?: number };

const MAX_MESSAGES = 10;
const FAMILIES: Family[] = ['day', 'no', 'hash', 'prompt', 'bare', 'spaced'];
const NAMES: Record<Layout, string> = {
  numbered: 'numbered days',
  dated: 'dated days',
  inline: 'days written on one line',
  'one a line': 'one prompt a line',
};

/** Reads a pasted prompt list into days and alternates, listing the lines it did not use; never throws. */
export function parsePromptList(text: string, opts: ParseOptions = {}): PromptListResult {
  const problem = checkText(text);
  if (problem) return { ok: false, errors: [problem] };
  const lines = toLines(text);
  const sections = readSections(lines);
  const input = { lines, sections, ...opts };
  const families = FAMILIES.filter((f) => lines.some((l) => l.num?.family === f));
  const structured = [
    ...families.map((family) => readStructured(input, { kind: 'number', family })),
    // Days numbered in more than one way ("Day 1", then "2.") are read together too.
    families.filter((f) => f !== 'spaced').length > 1 ? readStructured(input, { kind: 'number' }) : undefined,
    readStructured(input, { kind: 'date' }),
  ].filter((r): r is Reading => r !== undefined);
  // Lines that a "Day 1" marks, or that number or date a list with another, are not plain prompts.
  const marked = lines
    .filter((l) => l.num && ['day', 'no', 'hash', 'prompt'].includes(l.num.family))
    .map((l) => l.index);
  const labelled = new Set([
    ...marked,
    ...structured.filter((r) => r.labels.length >= 2).flatMap((r) => r.labels),
  ]);
  const readings = [...structured, readInline(input), readPlain(input, labelled)].filter(
    (r): r is Reading => r !== undefined && r.days.length > 0,
  );
  // Numbers in order are never a prompt's own words: against them, one prompt a line does not compete.
  const strong = readings.some((r) => r.strong);
  const rivals = readings.filter((r) => !strong || r.layout !== 'one a line');
  // The first of the best: a numbered reading before a dated one, before one prompt a line.
  const best = rivals.reduce<Reading | undefined>((a, r) => (!a || r.score > a.score ? r : a), undefined);
  if (!best) {
    return fail(['No days found: write one prompt per line, or number the days (“1. …” or “Day 1: …”).']);
  }
  const unused = unusedLines(lines, sections.roles, best);
  const days: ParsedDay[] = best.days.map((d, i) => ({
    day: i + 1,
    ...(d.date === undefined ? {} : { date: d.date }),
    ...(d.title === undefined ? {} : { title: d.title }),
    ...(d.description.length === 0 ? {} : { description: d.description.join('\n') }),
    prompts: d.prompts,
  }));
  const errors = best.errors.length > 0 ? best.errors : limitErrors(days, sections.alternates);
  if (errors.length > 0) return { ...fail(errors), unused };
  const note = noteOn(best, readings, labelled);
  return {
    ok: true,
    value: {
      days,
      alternates: sections.alternates,
      unused,
      layout: best.layout,
      ...(note ? { note } : {}),
      lines: {
        days: best.days.map((d) => d.line + 1),
        ...(sections.poolEnd === undefined ? {} : { poolEnd: sections.poolEnd + 1 }),
      },
    },
  };
}

/** When another reading explains nearly as much and gives other days, a word on it for the preview. */
function noteOn(best: Reading, readings: Reading[], labelled: Set<number>): string | undefined {
  const key = (r: Reading) => JSON.stringify(r.days.map((d) => d.prompts));
  // One prompt a line is a rival only for what it explains beyond the labelled lines it takes as prompts.
  const score = (r: Reading) =>
    r.layout === 'one a line' ? r.score - r.days.filter((d) => labelled.has(d.line)).length : r.score;
  const rival = readings
    .filter((r) => r !== best && r.errors.length === 0 && r.days.length >= 2 && key(r) !== key(best))
    .reduce<Reading | undefined>((a, r) => (!a || score(r) > score(a) ? r : a), undefined);
  if (!rival || score(rival) < best.score * 0.85) return undefined;
  const count = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
  return `Read as ${NAMES[best.layout]} (${count(best.days.length)}); read as ${NAMES[rival.layout]} it would give ${count(rival.days.length)} and explain about as many lines. Check the days below, and correct the text if they are wrong.`;
}

function unusedLines(
  lines: ReturnType<typeof toLines>,
  roles: (string | undefined)[],
  best: Reading,
): UnusedLine[] {
  const left = new Map(best.leftovers.map((x) => [x.index, x.text]));
  return lines.flatMap((l) => {
    const text =
      left.get(l.index) ??
      (l.text === '' || roles[l.index] === 'alternate' || best.used.has(l.index) ? '' : l.shown);
    return text === '' ? [] : [{ line: l.index + 1, text }];
  });
}

function fail(errors: string[]): { ok: false; errors: string[] } {
  if (errors.length <= MAX_MESSAGES) return { ok: false, errors };
  const shown = errors.slice(0, MAX_MESSAGES - 1);
  return { ok: false, errors: [...shown, `…and ${errors.length - shown.length} more problems.`] };
}

function checkText(text: string): string | undefined {
  const bytes = Buffer.byteLength(text, 'utf8');
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

/** The canonical text of a list: `Day N: a | b`, or `Day N: Title` then its prompts, `> ` description lines; then `Alternates:`. */
export function serialisePromptList(list: ParsedList): string {
  const lines = list.days.flatMap((day) => {
    const description = (day.description ?? '')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => `> ${l}`);
    if (day.title === undefined) return [`Day ${day.day}: ${day.prompts.join(' | ')}`, ...description];
    // One prompt under a title goes in a bullet, so it cannot be mistaken for a stray line.
    const prompts = day.prompts.length === 1 ? `- ${day.prompts[0]}` : day.prompts.join(' | ');
    return [`Day ${day.day}: ${day.title}`, prompts, ...description];
  });
  if (list.alternates.length > 0) lines.push('', 'Alternates:', ...list.alternates.map((a) => `- ${a}`));
  return `${lines.join('\n')}\n`;
}
