import { CARD_SIZES, type CardSize, squaresNeeded } from './bingo.ts';
import { POOL_LIMITS } from './bingo-pool.ts';
import type { BingoRules } from './bingo-rules.ts';
import { type IsoDate, isIsoDate } from './calendar.ts';
import { checkDetails } from './event-input.ts';
import { type FieldErrors, type Result, setFieldError } from './piece-input.ts';
import { textProblem } from './text-input.ts';

/** A bingo event, checked and ready to save: it is open from `opens` to `closes` (ISO dates). */
export type BingoEventInput = {
  name: string;
  slug: string;
  description: string;
  opens: IsoDate;
  closes: IsoDate;
  cardSize: CardSize;
  freeCentre: boolean;
  pool: string[];
  rules: BingoRules;
};

/** A bingo event in the open format: what the API answers and takes. */
export type BingoEventJson = {
  slug: string;
  name: string;
  description: string;
  kind: 'bingo';
  opens: IsoDate;
  closes: IsoDate;
  card_size: CardSize;
  free_centre: boolean;
  pool: string[];
  rules: { min_words: number | null; max_squares_per_piece: number | null; reroll: boolean };
};

/** The fields of a bingo event in the open format; any other is refused. */
export const BINGO_FIELDS = [
  'slug',
  'name',
  'description',
  'kind',
  'opens',
  'closes',
  'card_size',
  'free_centre',
  'pool',
  'rules',
];
const RULE_FIELDS = ['min_words', 'max_squares_per_piece', 'reroll'];

/** A bingo event row and its pool as the open format writes them. */
export function toBingoJson(
  event: {
    slug: string;
    name: string;
    description: string;
    firstDay: IsoDate;
    lastDay: IsoDate;
    cardSize: number | null;
    freeCentre: boolean;
    minWords: number | null;
    maxSquaresPerPiece: number | null;
    reroll: boolean;
  },
  pool: string[],
): BingoEventJson {
  return {
    slug: event.slug,
    name: event.name,
    description: event.description,
    kind: 'bingo',
    opens: event.firstDay,
    closes: event.lastDay,
    card_size: (event.cardSize ?? 5) as CardSize,
    free_centre: event.freeCentre,
    pool,
    rules: {
      min_words: event.minWords,
      max_squares_per_piece: event.maxSquaresPerPiece,
      reroll: event.reroll,
    },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function checkDates(errors: FieldErrors, opens: unknown, closes: unknown): [IsoDate, IsoDate] | undefined {
  if (typeof opens !== 'string' || !isIsoDate(opens))
    errors.opens = 'opens must be a real date (YYYY-MM-DD).';
  if (typeof closes !== 'string' || !isIsoDate(closes))
    errors.closes = 'closes must be a real date (YYYY-MM-DD).';
  else if (!errors.opens && closes < (opens as string))
    errors.closes = `closes (${closes}) is before opens (${opens}).`;
  return errors.opens || errors.closes ? undefined : [opens as IsoDate, closes as IsoDate];
}

function checkPool(errors: FieldErrors, pool: unknown, need: number): string[] {
  const max = POOL_LIMITS.maxPromptLength;
  if (!Array.isArray(pool) || pool.length > POOL_LIMITS.maxPrompts) {
    errors.pool = `pool must be a list of at most ${POOL_LIMITS.maxPrompts} prompts.`;
    return [];
  }
  const prompts: string[] = [];
  for (const [i, p] of pool.entries()) {
    const text = typeof p === 'string' ? p.trim() : '';
    const problem = text === '' ? undefined : textProblem(text, `pool[${i}]`);
    if (text === '' || [...text].length > max || problem) {
      errors.pool = problem ?? `pool[${i}] must be text of 1 to ${max} characters.`;
      return [];
    }
    if (prompts.includes(text)) {
      errors.pool = `pool[${i}] (“${text}”) is in the pool twice.`;
      return [];
    }
    prompts.push(text);
  }
  if (prompts.length < need)
    errors.pool = `The pool has ${prompts.length} prompts; a card of this size needs at least ${need}.`;
  return prompts;
}

/** Checks a bingo event (the API's JSON, or the form's fields with the pool already read); messages by field. */
export function validateBingoEvent(body: Record<string, unknown>): Result<BingoEventInput> {
  const errors: FieldErrors = {};
  for (const field of Object.keys(body).filter((k) => !BINGO_FIELDS.includes(k)))
    setFieldError(errors, field, `Unknown field; a bingo event has: ${BINGO_FIELDS.join(', ')}.`);
  const rules = isObject(body.rules) ? body.rules : {};
  if (body.rules !== undefined && !isObject(body.rules)) errors.rules = 'rules must be an object.';
  const unknownRules = Object.keys(rules).filter((k) => !RULE_FIELDS.includes(k));
  if (unknownRules.length > 0)
    errors.rules = `Unknown rules (${unknownRules.join(', ')}); rules are: ${RULE_FIELDS.join(', ')}.`;
  const details = checkDetails(errors, {
    name: body.name,
    slug: body.slug,
    description: body.description,
    min_words: rules.min_words,
    max_prompts_per_piece: rules.max_squares_per_piece,
  });
  if (errors.max_prompts_per_piece) {
    errors.max_squares_per_piece = errors.max_prompts_per_piece.replace('Prompts', 'Squares');
    delete errors.max_prompts_per_piece;
  }
  const size = body.card_size ?? 5;
  if (!CARD_SIZES.includes(size as CardSize)) errors.card_size = 'card_size must be 3, 4 or 5.';
  const freeCentre = body.free_centre ?? false;
  if (typeof freeCentre !== 'boolean') errors.free_centre = 'free_centre must be true or false.';
  else if (freeCentre && size === 4) errors.free_centre = 'A 4×4 card has no centre square.';
  const reroll = rules.reroll ?? false;
  if (typeof reroll !== 'boolean') errors.rules = 'rules.reroll must be true or false.';
  const sizeKnown = CARD_SIZES.includes(size as CardSize);
  const cardSize = (sizeKnown ? size : 5) as CardSize;
  // A pool is measured against a card only once the card's size is one there is.
  const pool = checkPool(errors, body.pool, sizeKnown ? squaresNeeded(cardSize, freeCentre === true) : 0);
  const dates = checkDates(errors, body.opens, body.closes);
  if (Object.keys(errors).length > 0 || !dates) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name: details.name,
      slug: details.slug,
      description: details.description,
      opens: dates[0],
      closes: dates[1],
      cardSize,
      freeCentre: freeCentre === true,
      pool,
      rules: {
        minWords: details.rules.minWords,
        maxSquaresPerPiece: details.rules.maxPromptsPerPiece,
        reroll: reroll === true,
      },
    },
  };
}
