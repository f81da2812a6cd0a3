import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.ts';
import type { Writer } from '../../db/schema.ts';
import { bearerAuth } from '../auth/bearer.ts';
import { type AppEnv, todayOf } from '../context.ts';
import type { PieceToSave } from '../domain/piece-input.ts';
import {
  checkPieceJsonTypes,
  fillEventSlugs,
  PIECE_JSON_FIELDS,
  type ResolvedEvent,
  validatePieceJson,
} from '../domain/piece-json.ts';
import { idempotencyClaim, jsonAnswer, sendOutcome } from '../http/idempotency.ts';
import { apiError, readJsonObject } from '../http/json.ts';
import { findEvent } from '../queries/events.ts';
import { exportPiece } from '../queries/export.ts';
import { resolveFillEvent } from '../queries/fill-events.ts';
import { answerOnce } from '../queries/idempotency.ts';
import {
  createPiece,
  deletePiece,
  findPiece,
  type PieceDetail,
  updatePiece,
  writerPiecesPage,
} from '../queries/pieces.ts';

type Ctx = Context<AppEnv>;

const NOT_SAVED = 'The piece was not saved; see fields.';

/** The token's writer; bearerAuth has run before any handler here. */
function tokenWriter(c: Ctx): Writer {
  const writer = c.get('writer');
  if (!writer) throw new Error('bearerAuth must run before the API handlers');
  return writer;
}

/** The events a fills value names, with their days, keyed by slug (unknown slugs are left out). */
function resolveEvents(db: Db, fills: unknown, writerId: number): Map<string, ResolvedEvent> {
  const resolved = new Map<string, ResolvedEvent>();
  for (const slug of fillEventSlugs(fills)) {
    const event = findEvent(db, slug);
    if (!event) continue;
    resolved.set(slug, resolveFillEvent(db, event, writerId));
  }
  return resolved;
}

/** A posted piece without a date was posted today, in the writer's zone (as the form does). */
function withPostedDate(c: Ctx, piece: PieceToSave): PieceToSave {
  if (piece.status !== 'posted' || piece.postedOn) return piece;
  return { ...piece, postedOn: todayOf(c) };
}

/** The token writer's piece named by `:id`, or undefined (another writer's piece is not found either). */
function ownPiece(c: Ctx): PieceDetail | undefined {
  const id = Number(c.req.param('id'));
  if (!Number.isSafeInteger(id)) return undefined;
  const piece = findPiece(c.get('deps').db, id);
  return piece && piece.writerId === tokenWriter(c).id ? piece : undefined;
}

/** A whole-number query parameter within bounds, its default when absent, or null when malformed. */
function intParam(value: string | undefined, fallback: number, min: number, max: number): number | null {
  if (value === undefined) return fallback;
  if (!/^\d{1,9}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

/** `/api/v1`: the token writer's own pieces as JSON. */
export function apiPieceRoutes() {
  const app = new Hono<AppEnv>();
  // Every route guarded where it is declared, so the public /api/v1 routes beside these stay public.

  app.get('/me/pieces', bearerAuth, (c) => {
    const limit = intParam(c.req.query('limit'), 50, 1, 500);
    const offset = intParam(c.req.query('offset'), 0, 0, 1_000_000_000);
    if (limit === null) return apiError(c, 400, 'limit must be a whole number from 1 to 500.');
    if (offset === null) return apiError(c, 400, 'offset must be a whole number, 0 or more.');
    const page = writerPiecesPage(c.get('deps').db, tokenWriter(c).id, limit, offset);
    return c.json({ pieces: page.pieces.map(exportPiece), total: page.total, limit, offset });
  });

  app.post('/pieces', bearerAuth, async (c) => {
    const body = await readJsonObject(c);
    if (!body.ok) return body.response;
    const { db } = c.get('deps');
    const writerId = tokenWriter(c).id;
    const key = await idempotencyClaim(c, writerId);
    if (!key.ok) return key.response;
    // Checked, created and recorded in one transaction: a retry after a lost answer or a crash
    // gets the first answer, never a second piece.
    const outcome = answerOnce(db, key.claim, () => {
      const result = validatePieceJson(body.value, resolveEvents(db, body.value.fills, writerId));
      if (!result.ok) return jsonAnswer(422, { error: NOT_SAVED, fields: result.errors }, false);
      return jsonAnswer(201, { id: createPiece(db, writerId, withPostedDate(c, result.value)) }, true);
    });
    return sendOutcome(c, outcome, (answer) => `/api/v1/pieces/${(JSON.parse(answer) as { id: number }).id}`);
  });

  app.get('/pieces/:id{[0-9]+}', bearerAuth, (c) => {
    const piece = ownPiece(c);
    if (!piece) return apiError(c, 404, 'You have no piece with that id.');
    return c.json(exportPiece(piece));
  });

  app.patch('/pieces/:id{[0-9]+}', bearerAuth, async (c) => {
    const piece = ownPiece(c);
    if (!piece) return apiError(c, 404, 'You have no piece with that id.');
    const body = await readJsonObject(c);
    if (!body.ok) return body.response;
    // Unknown or read-only fields in the patch are errors even though the merged piece has them.
    const typeErrors = checkPieceJsonTypes(body.value);
    if (Object.keys(typeErrors).length > 0) return apiError(c, 422, NOT_SAVED, typeErrors);
    const current = exportPiece(piece);
    const merged: Record<string, unknown> = { ...body.value };
    for (const field of PIECE_JSON_FIELDS) if (!Object.hasOwn(merged, field)) merged[field] = current[field];
    const { db } = c.get('deps');
    const result = validatePieceJson(merged, resolveEvents(db, merged.fills, piece.writerId));
    if (!result.ok) return apiError(c, 422, NOT_SAVED, result.errors);
    updatePiece(db, piece.id, withPostedDate(c, result.value));
    return c.json(exportPiece(findPiece(db, piece.id) as PieceDetail));
  });

  app.delete('/pieces/:id{[0-9]+}', bearerAuth, (c) => {
    const piece = ownPiece(c);
    if (!piece) return apiError(c, 404, 'You have no piece with that id.');
    deletePiece(c.get('deps').db, piece.id);
    return c.body(null, 204);
  });

  return app;
}
