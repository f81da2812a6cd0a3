import { type ExportCard, readExportCards } from './bingo-export.ts';
import { isIsoDate } from './calendar.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportGoal } from './export.ts';
import type { FieldErrors, Result } from './piece-input.ts';
import { WORD_LOG_LIMITS } from './word-log-input.ts';

/** An import as read: each piece's API fields (to validate as the API does), its timestamps, logs and goals. */
export type ImportPlan = {
  pieces: {
    ref: number | null;
    fields: Record<string, unknown>;
    createdAt: string | null;
    updatedAt: string | null;
  }[];
  wordLogs: { date: string; words: number; pieceRef: number | null; createdAt: string | null }[];
  goals: ExportGoal[];
  cards: ExportCard[];
};

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown, max: number) =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= max;

function timestamp(errors: FieldErrors, where: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && TIMESTAMP.test(value)) return value;
  errors[where] = 'Must be a UTC timestamp such as 2025-10-02T12:00:00.000Z.';
  return null;
}

/** Reads an export document's shape (format, version, arrays, logs, goals); pieces are validated later as the API does. */
export function readExport(body: Record<string, unknown>): Result<ImportPlan> {
  if (body.format !== EXPORT_FORMAT)
    return { ok: false, errors: { format: `Not a Promptly export: "format" must be "${EXPORT_FORMAT}".` } };
  if (body.version !== EXPORT_VERSION)
    return { ok: false, errors: { version: `This instance reads export version ${EXPORT_VERSION} only.` } };
  const errors: FieldErrors = {};
  const list = (key: string) => {
    const value = body[key] ?? [];
    if (Array.isArray(value)) return value as unknown[];
    errors[key] = `${key} must be an array.`;
    return [];
  };
  const plan: ImportPlan = {
    pieces: [],
    wordLogs: [],
    goals: [],
    cards: readExportCards(body.cards, errors),
  };
  const refs = new Set<number>();
  list('pieces').forEach((item, i) => {
    if (!isObject(item)) {
      errors[`pieces[${i}]`] = 'Each piece must be an object.';
      return;
    }
    const { id, created_at, updated_at, ...fields } = item;
    if (id !== undefined && id !== null && !isCount(id, Number.MAX_SAFE_INTEGER))
      errors[`pieces[${i}].id`] = 'id must be a whole number.';
    if (typeof id === 'number' && refs.has(id)) errors[`pieces[${i}].id`] = `Two pieces have the id ${id}.`;
    if (typeof id === 'number') refs.add(id);
    const createdAt = timestamp(errors, `pieces[${i}].created_at`, created_at);
    const updatedAt = timestamp(errors, `pieces[${i}].updated_at`, updated_at);
    plan.pieces.push({ ref: typeof id === 'number' ? id : null, fields, createdAt, updatedAt });
  });
  list('word_logs').forEach((item, i) => {
    const where = `word_logs[${i}]`;
    if (!isObject(item) || typeof item.date !== 'string' || !isIsoDate(item.date)) {
      errors[where] = 'Each word log needs a date (YYYY-MM-DD).';
      return;
    }
    if (!isCount(item.words, WORD_LOG_LIMITS.total))
      errors[`${where}.words`] = 'words must be a whole number.';
    const ref = item.piece_id ?? null;
    if (ref !== null && !(typeof ref === 'number' && refs.has(ref)))
      errors[`${where}.piece_id`] = 'piece_id must be the id of a piece in this export, or null.';
    const createdAt = timestamp(errors, `${where}.created_at`, item.created_at);
    plan.wordLogs.push({
      date: item.date,
      words: Number(item.words),
      pieceRef: ref as number | null,
      createdAt,
    });
  });
  list('goals').forEach((item, i) => {
    const where = `goals[${i}]`;
    const fills = isObject(item) ? (item.fills ?? null) : null;
    const words = isObject(item) ? (item.words ?? null) : null;
    if (!isObject(item) || typeof item.event !== 'string') errors[where] = 'Each goal needs an event slug.';
    else if (
      (fills !== null && !isCount(fills, 10_000)) ||
      (words !== null && !isCount(words, WORD_LOG_LIMITS.total))
    )
      errors[where] = 'A goal’s fills and words are whole numbers or null.';
    else plan.goals.push({ event: item.event, fills: fills as number | null, words: words as number | null });
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: plan };
}

/** The events and days an import names that this instance lacks: "slug" for a whole event, "slug day N" for a day. */
export function missingFills(
  plan: ImportPlan,
  known: ReadonlyMap<string, ReadonlySet<number>>,
): { events: string[]; days: string[] } {
  const events = new Set<string>();
  const days = new Set<string>();
  const named = (slug: string, day?: number) => {
    const ofEvent = known.get(slug);
    if (!ofEvent) events.add(slug);
    else if (day !== undefined && !ofEvent.has(day)) days.add(`${slug} day ${day}`);
  };
  for (const piece of plan.pieces) {
    const fills = piece.fields.fills;
    if (!Array.isArray(fills)) continue;
    for (const f of fills)
      if (isObject(f) && typeof f.event === 'string')
        named(f.event, typeof f.day === 'number' ? f.day : undefined);
  }
  for (const goal of plan.goals) named(goal.event);
  return { events: [...events].sort(), days: [...days].sort() };
}

/** The event slugs an import names, to look up. */
export function importEventSlugs(plan: ImportPlan): string[] {
  const slugs = new Set<string>([...plan.goals.map((g) => g.event), ...plan.cards.map((c) => c.event)]);
  for (const piece of plan.pieces)
    if (Array.isArray(piece.fields.fills))
      for (const f of piece.fields.fills) if (isObject(f) && typeof f.event === 'string') slugs.add(f.event);
  return [...slugs];
}
