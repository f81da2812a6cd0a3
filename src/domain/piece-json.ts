import {
  checkFills,
  type EventDayPrompts,
  type EventFill,
  type FieldErrors,
  type PieceToSave,
  type Result,
  type SquareFill,
  setFieldError,
  validatePiece,
} from './piece-input.ts';

/** The fields a piece has in the JSON API, as POST takes them and PATCH takes any subset of them. */
export const PIECE_JSON_FIELDS = [
  'title',
  'url',
  'words',
  'status',
  'posted_on',
  'fandoms',
  'rating',
  'summary',
  'notes',
  'fills',
] as const;

/** The most fills one piece may list, over all its events. */
export const MAX_JSON_FILLS = 100;

/** A fill as the JSON API names it: the event's slug, the day number, the prompt positions used. */
export type JsonFill = { event: string; day: number; prompts: number[] };

/** A square of the writer's bingo card that a piece fills, as the JSON API names it. */
export type JsonSquareFill = { event: string; square: { row: number; col: number } };

/**
 * An event a fill may name, resolved from its slug: its id and its days' prompt positions; for a
 * bingo event, the squares of the writer's card (`"row,col"` → whether it is the free centre), or
 * null when they have no card.
 */
export type ResolvedEvent = { id: number; days: EventDayPrompts; card?: Map<string, boolean> | null };

const READ_ONLY = new Set(['id', 'created_at', 'updated_at']);
const FILL_KEYS = new Set(['event', 'day', 'prompts', 'square']);
const isSquare = (v: unknown): v is { row: number; col: number } =>
  typeof v === 'object' &&
  v !== null &&
  Object.keys(v).every((k) => k === 'row' || k === 'col') &&
  isWholeNumber((v as Record<string, unknown>).row) &&
  isWholeNumber((v as Record<string, unknown>).col);

const isString = (v: unknown) => typeof v === 'string';
const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';
const isWholeNumber = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v);

const TYPE_CHECKS: Record<string, [(v: unknown) => boolean, string]> = {
  title: [isString, 'Title must be a string.'],
  url: [isStringOrNull, 'Link must be a string or null.'],
  words: [(v) => typeof v === 'number', 'Words must be a JSON number.'],
  status: [isString, 'Status must be a string: planned, drafting or posted.'],
  posted_on: [isStringOrNull, 'Posted on must be a YYYY-MM-DD string or null.'],
  fandoms: [(v) => Array.isArray(v) && v.every(isString), 'Fandoms must be an array of strings.'],
  rating: [isString, 'Rating must be a string.'],
  summary: [isString, 'Summary must be a string.'],
  notes: [isString, 'Notes must be a string.'],
};

/** Checks a fills value's JSON shape: an array of `{ event, day, prompts? }` with nothing else. */
function checkFillsShape(value: unknown): string | null {
  if (!Array.isArray(value)) return 'Fills must be an array of { event, day, prompts }.';
  if (value.length > MAX_JSON_FILLS) return `At most ${MAX_JSON_FILLS} fills.`;
  for (const [i, item] of value.entries()) {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      return `Fill ${i + 1} must be an object { event, day, prompts }.`;
    const unknown = Object.keys(item).filter((k) => !FILL_KEYS.has(k));
    if (unknown.length > 0) return `Fill ${i + 1} has unknown fields: ${unknown.join(', ')}.`;
    const fill = item as Record<string, unknown>;
    if (typeof fill.event !== 'string' || fill.event === '')
      return `Fill ${i + 1} needs the event's slug as a string.`;
    if (fill.square !== undefined) {
      if (fill.day !== undefined || fill.prompts !== undefined)
        return `Fill ${i + 1} fills a square: it has no day or prompts.`;
      if (!isSquare(fill.square)) return `Fill ${i + 1}: square must be { row, col }, whole numbers from 1.`;
      continue;
    }
    if (!isWholeNumber(fill.day)) return `Fill ${i + 1} needs the day as a whole JSON number.`;
    if (fill.prompts !== undefined && !(Array.isArray(fill.prompts) && fill.prompts.every(isWholeNumber)))
      return `Fill ${i + 1}: prompts must be an array of whole numbers (1 is the day's first prompt).`;
  }
  return null;
}

/** Type errors of a JSON piece (all of it, or a PATCH's subset): unknown fields, wrong JSON types. */
export function checkPieceJsonTypes(body: Record<string, unknown>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, value] of Object.entries(body)) {
    if (field === 'fills') {
      const problem = checkFillsShape(value);
      if (problem) errors.fills = problem;
    } else if (READ_ONLY.has(field)) {
      errors[field] = `${field} is set by the server and cannot be changed.`;
    } else if (!Object.hasOwn(TYPE_CHECKS, field)) {
      setFieldError(errors, field, `Unknown field; a piece has: ${PIECE_JSON_FIELDS.join(', ')}.`);
    } else {
      const [ok, message] = TYPE_CHECKS[field] as [(v: unknown) => boolean, string];
      if (!ok(value)) errors[field] = message;
    }
  }
  return errors;
}

/** The distinct event slugs a well-formed fills value names (to resolve before validating). */
export function fillEventSlugs(fills: unknown): string[] {
  if (checkFillsShape(fills) !== null) return [];
  return [...new Set((fills as { event: string }[]).map((f) => f.event))];
}

/** The squares of square fills, checked against each event's card; sets `errors.fills` when one is wrong. */
function validateSquareFills(
  errors: FieldErrors,
  list: JsonSquareFill[],
  events: ReadonlyMap<string, ResolvedEvent>,
): SquareFill[] {
  const squares: SquareFill[] = [];
  const seen = new Set<string>();
  for (const { event: slug, square } of list) {
    const event = events.get(slug);
    const at = `${square.row},${square.col}`;
    const problem = !event
      ? `There is no event “${slug}”.`
      : event.card === undefined
        ? `${slug} is not a bingo event: fill its days.`
        : event.card === null
          ? `${slug}: join the event to be dealt a card first.`
          : !event.card.has(at)
            ? `${slug}: your card has no square at row ${square.row}, column ${square.col}.`
            : event.card.get(at)
              ? `${slug}: row ${square.row}, column ${square.col} is the free square; it needs no piece.`
              : seen.has(`${slug}/${at}`)
                ? `${slug}: row ${square.row}, column ${square.col} is listed twice.`
                : undefined;
    if (problem || !event) {
      errors.fills = problem ?? '';
      return [];
    }
    seen.add(`${slug}/${at}`);
    squares.push({ eventId: event.id, row: square.row, col: square.col });
  }
  return squares;
}

function validateJsonFills(
  errors: FieldErrors,
  list: JsonFill[],
  events: ReadonlyMap<string, ResolvedEvent>,
): EventFill[] {
  const seen = new Set<string>();
  const resolved: EventFill[] = [];
  for (const slug of new Set(list.map((f) => f.event))) {
    const event = events.get(slug);
    if (!event) {
      errors.fills = `There is no event “${slug}”.`;
      return [];
    }
    if (event.card !== undefined) {
      errors.fills = `${slug} is a bingo event: fill squares of your card, { event, square: { row, col } }.`;
      return [];
    }
    const ofEvent = list.filter((f) => f.event === slug);
    for (const f of ofEvent) {
      if (seen.has(`${slug}/${f.day}`)) {
        errors.fills = `${slug} day ${f.day} is listed twice.`;
        return [];
      }
      seen.add(`${slug}/${f.day}`);
    }
    const fillErrors: FieldErrors = {};
    const checked = checkFills(fillErrors, ofEvent, event.days);
    if (fillErrors.fills) {
      errors.fills = `${slug}: ${fillErrors.fills}`;
      return [];
    }
    resolved.push(...checked.map((f) => ({ eventId: event.id, ...f })));
  }
  return resolved;
}

/** Validates a whole JSON piece: strict JSON types first, then the same rules as the form; fills across events. */
export function validatePieceJson(
  body: Record<string, unknown>,
  events: ReadonlyMap<string, ResolvedEvent>,
): Result<PieceToSave> {
  const typeErrors = checkPieceJsonTypes(body);
  const { fills, ...fields } = body;
  const result = validatePiece(fields, null);
  const errors: FieldErrors = result.ok ? {} : { ...result.errors };
  // Only a well-formed list is split (a malformed one has its message in typeErrors).
  const all = (typeErrors.fills ? [] : (fills ?? [])) as (JsonFill | JsonSquareFill)[];
  const days = all.filter((f): f is JsonFill => !('square' in f));
  const squareFills = all.filter((f): f is JsonSquareFill => 'square' in f);
  const resolved = typeErrors.fills ? [] : validateJsonFills(errors, days, events);
  const squares = typeErrors.fills || errors.fills ? [] : validateSquareFills(errors, squareFills, events);
  Object.assign(errors, typeErrors);
  if (!result.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { ...result.value, fills: resolved, squares } };
}
