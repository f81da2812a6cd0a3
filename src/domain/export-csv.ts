import type { ExportPiece } from './export.ts';
import type { JsonFill, JsonSquareFill } from './piece-json.ts';

const CSV_COLUMNS = [
  'id',
  'title',
  'url',
  'words',
  'status',
  'posted_on',
  'rating',
  'fandoms',
  'fills',
  'summary',
  'notes',
  'created_at',
  'updated_at',
] as const;

// What a spreadsheet may run as a formula: = + - @ (or their full-width forms, which some read as
// the same) after any spaces, and a leading tab or CR.
const FORMULA = /^(?:[\t\r]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

/** One CSV cell: quoted when needed; text a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** "promptober day 2 (prompts 1, 3)", "bingo row 2 column 3": a fill in words for the CSV. */
function fillText(f: JsonFill | JsonSquareFill): string {
  if ('square' in f) return `${f.event} row ${f.square.row} column ${f.square.col}`;
  const prompts = f.prompts ?? [];
  if (prompts.length === 0) return `${f.event} day ${f.day}`;
  return `${f.event} day ${f.day} (${prompts.length === 1 ? 'prompt' : 'prompts'} ${prompts.join(', ')})`;
}

/** The pieces as CSV (RFC 4180, CRLF): one row each, fandoms and fills joined in their columns. */
export function piecesCsv(pieces: ExportPiece[]): string {
  const rows = pieces.map((p) =>
    [
      p.id,
      p.title,
      p.url,
      p.words,
      p.status,
      p.posted_on,
      p.rating,
      p.fandoms.join(', '),
      p.fills.map(fillText).join('; '),
      p.summary,
      p.notes,
      p.created_at,
      p.updated_at,
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
