import { type DatedLine, datesOf } from './prompt-checks.ts';
import { candidates, datedHeads, type HeadKind, normalDates, numberedHeads } from './prompt-heads.ts';
import type { Line } from './prompt-lines.ts';
import {
  type DraftDay,
  isFree,
  looksLikeNote,
  type Reading,
  type ReadingInput,
  yearInText,
} from './prompt-reading.ts';
import { isHeading } from './prompt-sections.ts';
import { isGloss, isParagraph, splitPrompts, splitTitle } from './prompt-text.ts';

/** The lines under one day: prompt lines, description lines and glosses, in order. */
type Body = { prompts: number[]; descriptions: number[]; glosses: number[] };

/** Reads the paste as days labelled by number or by date, each with the lines under it. */
export function readStructured(input: ReadingInput, kind: HeadKind): Reading | undefined {
  const { lines, sections } = input;
  const free = (i: number) => isFree(input, i);
  const found = candidates(lines, free, kind);
  if (found.length === 0) return undefined;
  const chosen =
    kind.kind === 'number'
      ? numberedHeads(lines, found, (i) => sections.roles[i] !== undefined)
      : datedHeads(lines, found);
  const heads = chosen.heads;
  const byDate = kind.kind === 'date' || heads.every((h) => lines[h]!.date);
  const own = heads.map((h) => {
    const l = lines[h]!;
    return byDate ? l.date!.rest : l.num!.rest;
  });
  const rank = rankOf(kind);
  const spans = heads.map((h, k) => (k + 1 < heads.length ? spanOf(input, h, heads[k + 1]!, rank) : []));
  const gaps = gapsOf(lines, heads, spans);
  if (heads.length > 0)
    spans[heads.length - 1] = lastSpan(input, heads.at(-1)!, own.at(-1) === '', rank, gaps);
  const bodies = spans.map((span) => classify(lines, span));
  const habits = habitsOf(lines, own, bodies);
  const days = heads.map((h, k) => dayOf(lines, h, own[k]!, bodies[k]!, k === heads.length - 1, habits));
  const used = new Set<number>();
  days.forEach((day, k) => {
    used.add(heads[k]!);
    const body = bodies[k]!;
    for (const i of [...body.descriptions, ...body.glosses]) used.add(i);
    if (day.tookPrompts) for (const i of body.prompts) used.add(i);
  });
  const dated = byDate ? dateDays(input, heads, chosen.dates) : { errors: [] };
  const drafts = days.map(({ tookPrompts: _, ...d }, k) => {
    const date = dated.dates?.[k];
    return date === undefined ? d : { ...d, date };
  });
  const bodyUsed = used.size - heads.length;
  // One date or one "3 wishes" among plain lines is weak evidence; one "Day 1:" is not.
  const weak = heads.length === 1 && rank < 2;
  const score = weak ? 1 + bodyUsed / 2 : heads.length + bodyUsed;
  return {
    layout: kind.kind === 'date' ? 'dated' : 'numbered',
    days: drafts,
    used,
    leftovers: [],
    labels: found,
    strong: rank >= 2 && heads.length >= 2 && chosen.errors.length === 0,
    score,
    errors: [...chosen.errors, ...dated.errors],
  };
}

function dateDays(
  input: ReadingInput,
  heads: number[],
  given?: { month: number; day: number; year?: number }[],
) {
  const { lines } = input;
  const dates = given ?? normalDates(heads.map((h) => lines[h]!.date!));
  const labels: DatedLine[] = dates.map((d, k) => ({ ...d, no: heads[k]! + 1 }));
  const year = input.year ?? yearInText(lines, heads[0] ?? 0) ?? input.fallbackYear;
  return datesOf(labels, year);
}

/** The free lines between head `h` and the next, leaving out lines labelled as strongly as the days. */
function spanOf(input: ReadingInput, h: number, next: number, rank: number): number[] {
  const out: number[] = [];
  for (let i = h + 1; i < next; i++) {
    if (isFree(input, i) && labelRank(input.lines[i]!) < rank) out.push(i);
  }
  return out;
}

/** Whether the days' lines stand apart from their day by blank lines (`before`), or from each other (`within`). */
type Gaps = { before: boolean; within: boolean };

function gapsOf(lines: Line[], heads: number[], spans: number[][]): Gaps {
  const gaps = { before: false, within: false };
  spans.forEach((span, k) => {
    if (span.length === 0) return;
    const blank = (from: number, to: number) => lines.slice(from + 1, to).some((l) => l.text === '');
    if (blank(heads[k]!, span[0]!)) gaps.before = true;
    if (blank(span[0]!, span.at(-1)!)) gaps.within = true;
  });
  return gaps;
}

/**
 * The lines under the last head: right below it (after blank lines only when it has no prompt of its
 * own or the other days' lines stand apart), up to a blank line, a pool, a note or another list.
 */
function lastSpan(input: ReadingInput, h: number, empty: boolean, rank: number, gaps: Gaps): number[] {
  const out: number[] = [];
  for (let i = h + 1; i < input.lines.length; i++) {
    const l = input.lines[i]!;
    if (l.text === '') {
      if (out.length === 0 ? empty || gaps.before : gaps.within) continue;
      break;
    }
    if (input.sections.roles[i] !== undefined || labelRank(l) >= rank) break;
    out.push(i);
  }
  return out;
}

/** How strongly a label marks a day: `Day 1`, `No. 1`, `#1` (3), `1.` (2), a date (1), `1 word` (0). */
function rankOf(kind: HeadKind): number {
  if (kind.kind === 'date') return 1;
  const f = kind.family;
  return f === 'spaced' ? 0 : f === 'bare' || f === undefined ? 2 : 3;
}

function labelRank(l: Line): number {
  if (l.num && l.num.family !== 'spaced') return rankOf({ kind: 'number', family: l.num.family });
  if (l.date && !l.num) return 1;
  return l.num ? 0 : -1;
}

function classify(lines: Line[], span: number[]): Body {
  const body: Body = { prompts: [], descriptions: [], glosses: [] };
  for (const i of span) {
    const l = lines[i]!;
    if (l.quote) body.descriptions.push(i);
    else if (isGloss(l.text)) body.glosses.push(i);
    else if (isHeading(l)) continue;
    else if (!l.bullet && isParagraph(l.text)) body.descriptions.push(i);
    else body.prompts.push(i);
  }
  return body;
}

/** A body line's prompts: a bullet's text, a numbered item's text after its number, else the line. */
const promptsOf = (l: Line) => splitPrompts(l.num && !l.bullet ? l.num.rest : l.text, 'strong');

type Day = DraftDay & { tookPrompts: boolean };
/** What most days of the list do, computed once: themes before a colon, one line under each, lines under days. */
type Habits = { sameLine: boolean; singles: boolean; themedBefore: boolean };

const most = (n: number, of: number) => n >= 2 && n * 2 >= of;

function habitsOf(lines: Line[], own: string[], bodies: Body[]): Habits {
  const single = (j: number) =>
    splitPrompts(own[j]!, 'strong').length === 1 &&
    bodies[j]!.prompts.length === 1 &&
    !lines[bodies[j]!.prompts[0]!]!.bullet;
  const before = bodies.slice(0, -1).filter((b) => b.prompts.length > 0).length;
  return {
    sameLine: most(own.filter((t) => splitTitle(t) !== undefined).length, own.length),
    singles: most(own.filter((_, j) => single(j)).length, own.length),
    // After the last day, lines are the day's only when the days before had lines of their own.
    themedBefore: own.length === 1 || before * 2 >= own.length - 1,
  };
}

function dayOf(lines: Line[], h: number, text: string, body: Body, last: boolean, habits: Habits): Day {
  const bodyLines = body.prompts.map((i) => lines[i]!);
  const bodyPrompts = bodyLines.flatMap(promptsOf);
  const titled = splitTitle(text);
  let day: Day;
  if (titled && (splitPrompts(titled.rest, 'all').length > 1 || habits.sameLine)) {
    const prompts = [...splitPrompts(titled.rest, 'all'), ...bodyPrompts];
    day = { line: h, title: titled.title, description: [], prompts, tookPrompts: true };
  } else if (text === '') {
    const theme = themeLine(bodyLines);
    day = theme
      ? {
          line: h,
          title: theme,
          description: [],
          prompts: bodyLines.slice(1).flatMap(promptsOf),
          tookPrompts: true,
        }
      : { line: h, description: [], prompts: bodyPrompts, tookPrompts: true };
  } else {
    const prompts = splitPrompts(text, 'strong');
    const themed = prompts.length === 1 && bodyLines.length > 0 && takesBody(bodyLines, last, habits);
    day = themed
      ? { line: h, title: text, description: [], prompts: bodyPrompts, tookPrompts: true }
      : { line: h, description: [], prompts, tookPrompts: false };
  }
  day.description = body.descriptions.map((i) => lines[i]!.text);
  for (const i of body.glosses) {
    const gloss = lines[i]!.text;
    if (day.prompts.length > 0) day.prompts[day.prompts.length - 1] += ` ${gloss}`;
    else day.description.push(gloss);
  }
  if (last && day.tookPrompts && bodyLines.length > 0) trimSignOff(lines, day, body, text === '');
  if (day.prompts.length === 0 && text !== '') {
    // Every line under the theme was a sign-off: the theme is the day's prompt after all.
    const { title: _, ...untitled } = day;
    return { ...untitled, prompts: splitPrompts(text, 'strong'), tookPrompts: false };
  }
  return day;
}

/**
 * "No. 1" alone, then "SHAKEN", then "Panic attack | Trembling": the first line under a bare number is
 * its theme when it holds one prompt and the lines after it hold several, or it alone is in capitals.
 */
function themeLine(body: Line[]): string | undefined {
  const [first, ...rest] = body;
  if (!first || rest.length === 0 || first.bullet || splitPrompts(first.text, 'strong').length > 1)
    return undefined;
  const shouting = (l: Line) => /\p{L}/u.test(l.text) && l.text === l.text.toUpperCase();
  const several = rest.some((l) => promptsOf(l).length > 1);
  return several || (shouting(first) && !rest.some(shouting)) ? first.text : undefined;
}

/** Whether a day with one prompt of its own has a theme: its lines are bullets, several, or the list's habit. */
function takesBody(body: Line[], last: boolean, habits: Habits): boolean {
  const first = body[0]!;
  if (first.bullet || splitPrompts(first.text, 'strong').length >= 2) return true;
  if (last && !habits.themedBefore) return false;
  return body.length >= 2 || habits.singles;
}

/** Lines after the last day that read as a sign-off are not its prompts. */
function trimSignOff(lines: Line[], day: Day, body: Body, keepOne: boolean): void {
  while (body.prompts.length > (keepOne ? 1 : 0)) {
    const l = lines[body.prompts.at(-1)!]!;
    if (l.bullet || !looksLikeNote(l)) break;
    body.prompts.pop();
    day.prompts.splice(day.prompts.length - promptsOf(l).length);
  }
}
