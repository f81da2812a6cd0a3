import type { FieldErrors } from './piece-input.ts';

/** A card as the export writes it: its event by slug, how it was dealt, its squares. */
export type ExportCard = {
  event: string;
  deal: number;
  seed: number;
  dealt_at: string;
  replaced_at: string | null;
  hidden_dealt: number;
  unique_in_event: boolean;
  squares: { row: number; col: number; free: boolean; prompt: string; pool_position: number | null }[];
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const whole = (v: unknown, min: number, max: number) =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;
const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** The cards of an export (missing: none), checked; messages keyed `cards[i]`. */
export function readExportCards(value: unknown, errors: FieldErrors): ExportCard[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.cards = 'cards must be an array.';
    return [];
  }
  const cards: ExportCard[] = [];
  value.forEach((c, i) => {
    const where = `cards[${i}]`;
    const squares = isObject(c) && Array.isArray(c.squares) ? c.squares : [];
    const size = Math.round(Math.sqrt(squares.length));
    const squaresOk =
      [9, 16, 25].includes(squares.length) &&
      squares.every(
        (s) =>
          isObject(s) &&
          whole(s.row, 1, size) &&
          whole(s.col, 1, size) &&
          typeof s.free === 'boolean' &&
          typeof s.prompt === 'string' &&
          s.prompt.length <= 500 &&
          (s.pool_position === null || whole(s.pool_position, 1, 10_000)),
      ) &&
      new Set(squares.map((s) => `${(s as { row: number }).row},${(s as { col: number }).col}`)).size ===
        squares.length;
    if (
      !isObject(c) ||
      typeof c.event !== 'string' ||
      !whole(c.deal, 1, 2) ||
      !whole(c.seed, 0, 2 ** 32 - 1) ||
      typeof c.dealt_at !== 'string' ||
      !STAMP.test(c.dealt_at) ||
      !(c.replaced_at === null || (typeof c.replaced_at === 'string' && STAMP.test(c.replaced_at))) ||
      !whole(c.hidden_dealt ?? 0, 0, 25) ||
      typeof (c.unique_in_event ?? true) !== 'boolean' ||
      !squaresOk
    ) {
      errors[where] =
        'A card needs its event, deal (1 or 2), seed, dealt_at, replaced_at and 9, 16 or 25 squares.';
      return;
    }
    cards.push({
      event: c.event,
      deal: c.deal as number,
      seed: c.seed as number,
      dealt_at: c.dealt_at,
      replaced_at: c.replaced_at as string | null,
      hidden_dealt: (c.hidden_dealt ?? 0) as number,
      unique_in_event: (c.unique_in_event ?? true) as boolean,
      squares: squares as ExportCard['squares'],
    });
  });
  return cards;
}

/** The squares of the card in play of each event an export's cards name ("row,col" → free), by slug. */
export function exportedCells(cards: ExportCard[]): Map<string, Map<string, boolean>> {
  const out = new Map<string, Map<string, boolean>>();
  const latest = new Map<string, ExportCard>();
  for (const c of cards) if ((latest.get(c.event)?.deal ?? 0) < c.deal) latest.set(c.event, c);
  for (const [slug, c] of latest) out.set(slug, new Map(c.squares.map((s) => [`${s.row},${s.col}`, s.free])));
  return out;
}
