import { PROMPT_LIST_LIMITS } from './prompt-checks.ts';
import { readLine, splitLines } from './prompt-lines.ts';
import {
  type ParsedDay,
  type ParseOptions,
  parsePromptList,
  type ReadList,
  serialisePromptList,
} from './prompt-list.ts';
import { altHeading } from './prompt-sections.ts';
import { splitPrompts } from './prompt-text.ts';

/** A one-click change from the preview to a line not used: make it a day or an alternate, or replace its text. */
export type ListFix = { kind: 'day' | 'alternate' | 'text'; line: number; was: string; text: string };

const KINDS = ['day', 'alternate', 'text'] as const;

/** The fix a form asks for: `fix` is "day:12", "alternate:12" or "text:12"; `was_12` and `line_12` hold the texts. */
export function fixOf(fields: Record<string, unknown>): ListFix | undefined {
  const m = /^(day|alternate|text):(\d{1,6})$/.exec(typeof fields.fix === 'string' ? fields.fix : '');
  if (!m) return undefined;
  const line = Number(m[2]);
  const was = fields[`was_${line}`];
  const text = fields[`line_${line}`];
  const kind = KINDS.find((k) => k === m[1])!;
  return { kind, line, was: typeof was === 'string' ? was : '', text: typeof text === 'string' ? text : '' };
}

/**
 * The list with `fix` made: a new text for the line; the line moved into the pool; or the line made a day
 * in its place (a bullet in a list of one prompt a line, else the list written out again, its other
 * unused lines kept around it). Refused when the line is no longer the one the preview showed.
 */
export function applyFix(
  list: string,
  fix: ListFix,
  opts: ParseOptions = {},
): { ok: true; list: string; firstDay?: string } | { ok: false; error: string } {
  const lines = splitLines(list);
  const at = fix.line - 1;
  const current = lines[at];
  if (current === undefined || !readLine(current, at).shown.includes(fix.was.trim()) || fix.was.trim() === '')
    return {
      ok: false,
      error: `Line ${fix.line} has changed since the preview: check the list and preview it again.`,
    };
  const text = fix.text.trim() === '' ? fix.was.trim() : fix.text.trim();
  if (fix.kind === 'text')
    return done([...lines.slice(0, at), ...splitLines(fix.text), ...lines.slice(at + 1)]);
  const parsed = parsePromptList(list, opts);
  if (!parsed.ok)
    return { ok: false, error: 'Correct the list’s problems first; then lines can be made days.' };
  const read = parsed.value;
  if (fix.kind === 'alternate') return done(toPool(lines, at, text, read));
  if (read.layout === 'one a line' && (read.lines.poolEnd === undefined || fix.line < read.lines.poolEnd)) {
    return done([...lines.slice(0, at), `- ${text}`, ...lines.slice(at + 1)]);
  }
  // Written out again, the days lose their dates: the first one goes to the first day field.
  const firstDay = read.days[0]?.date;
  return { ...done(rewritten(lines, at, text, read)), ...(firstDay ? { firstDay } : {}) };
}

const done = (lines: string[]) => ({ ok: true as const, list: lines.join('\n') });

function toPool(lines: string[], at: number, text: string, read: ReadList): string[] {
  const without = [...lines.slice(0, at), ...lines.slice(at + 1)];
  const end = read.lines.poolEnd;
  if (end === undefined) {
    while (without.length > 0 && without.at(-1)!.trim() === '') without.pop();
    return [...without, '', 'Alternates:', `- ${text}`];
  }
  const last = end - 1 > at ? end - 2 : end - 1;
  const line = readLine(without[last] ?? '', last);
  const heading = altHeading(line);
  const item =
    heading !== undefined && heading !== ''
      ? `Alternates: ${text}`
      : line.num && !line.bullet
        ? `${line.num.n + 1}. ${text}`
        : line.bullet || heading === ''
          ? `- ${text}`
          : text;
  return [...without.slice(0, last + 1), item, ...without.slice(last + 1)];
}

/** The list written out again with the line as a day after the days before it; the other unused lines kept. */
function rewritten(lines: string[], at: number, text: string, read: ReadList): string[] {
  const place = read.lines.days.filter((n) => n <= at + 1).length;
  const day: ParsedDay = {
    day: 0,
    prompts: splitPrompts(text, 'strong').slice(0, PROMPT_LIST_LIMITS.maxPromptsPerDay),
  };
  const days = [...read.days.slice(0, place), day, ...read.days.slice(place)].map((d, i) => {
    const { date: _, ...rest } = d;
    return { ...rest, day: i + 1 };
  });
  const first = read.lines.days[0] ?? 0;
  const kept = read.unused.filter((u) => u.line !== at + 1);
  // What was left of a line of days ("Prompts: 1 moon 2 hunt…") is kept as it was shown.
  const dayLines = new Set(read.lines.days);
  const original = (u: { line: number; text: string }) =>
    dayLines.has(u.line) ? u.text : lines[u.line - 1]!;
  const early = (u: { line: number }) => u.line < first || (u.line === first && dayLines.has(u.line));
  const before = kept.filter(early).map(original);
  const after = kept.filter((u) => !early(u)).map(original);
  const body = serialisePromptList({ days, alternates: read.alternates }).trimEnd().split('\n');
  return [
    ...before,
    ...(before.length > 0 ? [''] : []),
    ...body,
    ...(after.length > 0 ? ['', ...after] : []),
  ];
}
