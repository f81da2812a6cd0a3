import { createHash } from 'node:crypto';
import type { ExportCard } from './bingo-export.ts';
import type { JsonFill, JsonSquareFill } from './piece-json.ts';

/** What an export says it is, and the version of its shape; an import refuses any other. */
export const EXPORT_FORMAT = 'promptly-export';
export const EXPORT_VERSION = 1;

/** A piece as exported: the API's piece fields, its fills by event slug, day and prompt positions. */
export type ExportPiece = {
  id: number;
  title: string;
  url: string | null;
  words: number;
  status: string;
  posted_on: string | null;
  fandoms: string[];
  rating: string;
  summary: string;
  notes: string;
  fills: (JsonFill | JsonSquareFill)[];
  created_at: string;
  updated_at: string;
};

/** A word log as exported; `piece_id` names a piece of the same export by its `id`. */
export type ExportWordLog = {
  id: number;
  date: string;
  words: number;
  piece_id: number | null;
  created_at: string;
};

/** A goal as exported, its event named by slug. */
export type ExportGoal = { event: string; fills: number | null; words: number | null };

/** The whole export: one writer's pieces, fills, word logs and goals. */
export type ExportDocument = {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exported_at: string;
  pieces: ExportPiece[];
  word_logs: ExportWordLog[];
  goals: ExportGoal[];
  /** The writer's bingo cards, history included (absent in exports made before bingo). */
  cards?: ExportCard[];
};

/** The content of a piece that makes it the same piece: every exported field but its id and updated_at. */
export function pieceFingerprint(
  p: Omit<ExportPiece, 'id' | 'updated_at' | 'created_at'> & { created_at?: string | null },
  withCreatedAt: boolean,
): string {
  const fills = [...p.fills]
    .map((f) =>
      'square' in f
        ? ([f.event, 1000 * f.square.row + f.square.col, 'square'] as const)
        : ([f.event, f.day, [...(f.prompts ?? [])].sort((a, b) => a - b)] as const),
    )
    .sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] < b[0] ? -1 : 1));
  const content = [p.title, p.url, p.words, p.status, p.posted_on, p.fandoms, p.rating, p.summary, p.notes];
  const canonical = JSON.stringify([...content, fills, withCreatedAt ? p.created_at : null]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** A word log's identity for spotting a second import: date, words and (when given) its creation instant. */
export function wordLogFingerprint(log: { date: string; words: number; created_at?: string | null }): string {
  return `${log.date}|${log.words}|${log.created_at ?? ''}`;
}
