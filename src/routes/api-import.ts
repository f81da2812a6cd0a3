import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.ts';
import { bearerAuth } from '../auth/bearer.ts';
import { type AppEnv, signedIn } from '../context.ts';
import { exportedCells } from '../domain/bingo-export.ts';
import { pieceFingerprint, wordLogFingerprint } from '../domain/export.ts';
import { type ImportPlan, importEventSlugs, missingFills, readExport } from '../domain/import-plan.ts';
import type { FieldErrors } from '../domain/piece-input.ts';
import { type ResolvedEvent, validatePieceJson } from '../domain/piece-json.ts';
import { validateGoal } from '../domain/word-log-input.ts';
import { apiError, readJsonObject } from '../http/json.ts';
import { eventDaysWithPrompts, findEvent } from '../queries/events.ts';
import { allPieces, allWordLogs, type ResolvedImport, saveImport } from '../queries/export.ts';
import { resolveFillEvent } from '../queries/fill-events.ts';

const NOTHING = 'Nothing was imported.';

/** The events an import names, with their days' prompt positions, keyed by slug (unknown slugs left out). */
function resolveEvents(db: Db, plan: ImportPlan, writerId: number): Map<string, ResolvedEvent> {
  const resolved = new Map<string, ResolvedEvent>();
  const exported = exportedCells(plan.cards);
  for (const slug of importEventSlugs(plan)) {
    const event = findEvent(db, slug);
    if (!event) continue;
    if (event.kind === 'bingo') {
      // The writer's card here, else the card the export brings (recreated before the pieces).
      const card = resolveFillEvent(db, event, writerId).card ?? exported.get(slug) ?? null;
      resolved.set(slug, { id: event.id, days: new Map(), card });
      continue;
    }
    const days = eventDaysWithPrompts(db, event.id).map((d): [number, number[]] => [
      d.number,
      d.prompts.map((p) => p.position),
    ]);
    resolved.set(slug, { id: event.id, days: new Map(days) });
  }
  return resolved;
}

/** Each piece validated as the API validates a new piece; errors keyed `pieces[i].field`. */
function validatePieces(
  plan: ImportPlan,
  events: Map<string, ResolvedEvent>,
): { ok: true; value: ResolvedImport['pieces'] } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const pieces: ResolvedImport['pieces'] = [];
  plan.pieces.forEach((item, i) => {
    const result = validatePieceJson(item.fields, events);
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.errors)) errors[`pieces[${i}].${field}`] = message;
      return;
    }
    pieces.push({ ref: item.ref, piece: result.value, createdAt: item.createdAt, updatedAt: item.updatedAt });
  });
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: pieces };
}

/**
 * The titles of imported pieces (and the number of word logs) already in the writer's collection.
 * A piece is the same piece when everything it exports but its id and updated_at matches (its
 * created_at too, when the file has one), so a second import of one file is always caught.
 */
function alreadyThere(
  db: Db,
  writerId: number,
  pieces: ResolvedImport['pieces'],
  plan: ImportPlan,
  slugs: Map<number, string>,
) {
  const existing = allPieces(db, writerId);
  const withCreated = new Set(existing.map((p) => pieceFingerprint(p, true)));
  const withoutCreated = new Set(existing.map((p) => pieceFingerprint(p, false)));
  const titles = pieces
    .filter(({ piece, createdAt }) => {
      const exported = {
        title: piece.title,
        url: piece.url,
        words: piece.words,
        status: piece.status,
        posted_on: piece.postedOn,
        fandoms: piece.fandoms,
        rating: piece.rating,
        summary: piece.summary,
        notes: piece.notes,
        fills: [
          ...piece.fills.map((f) => ({
            event: slugs.get(f.eventId) ?? '',
            day: f.day,
            prompts: f.prompts,
          })),
          ...(piece.squares ?? []).map((s) => ({
            event: slugs.get(s.eventId) ?? '',
            square: { row: s.row, col: s.col },
          })),
        ],
        created_at: createdAt,
      };
      return createdAt
        ? withCreated.has(pieceFingerprint(exported, true))
        : withoutCreated.has(pieceFingerprint(exported, false));
    })
    .map((p) => p.piece.title);
  const logs = new Set(allWordLogs(db, writerId).map(wordLogFingerprint));
  const oldLogs = plan.wordLogs.filter((l) =>
    logs.has(wordLogFingerprint({ ...l, created_at: l.createdAt })),
  );
  return { titles, logs: oldLogs.length };
}

/** `POST /api/v1/me/import`: recreates an export's pieces, fills, word logs and goals, all or nothing. */
async function importExport(c: Context<AppEnv>) {
  const body = await readJsonObject(c);
  if (!body.ok) return body.response;
  const read = readExport(body.value);
  if (!read.ok) return apiError(c, 422, `The export could not be read; see fields. ${NOTHING}`, read.errors);
  const plan = read.value;
  const { db } = c.get('deps');
  const events = resolveEvents(db, plan, signedIn(c).id);
  const known = new Map([...events].map(([slug, e]) => [slug, new Set(e.days.keys())]));
  const missing = missingFills(plan, known);
  if (missing.events.length > 0 || missing.days.length > 0) {
    const named = [
      ...(missing.events.length > 0 ? [`events ${missing.events.join(', ')}`] : []),
      ...(missing.days.length > 0 ? [`days ${missing.days.join(', ')}`] : []),
    ].join('; and ');
    return c.json({ error: `This instance has no ${named}. Create them first. ${NOTHING}`, missing }, 422);
  }
  const pieces = validatePieces(plan, events);
  if (!pieces.ok) return apiError(c, 422, `Some pieces are not valid; see fields. ${NOTHING}`, pieces.errors);
  const goalErrors: FieldErrors = {};
  plan.goals.forEach((g, i) => {
    const checked = validateGoal(g, events.get(g.event)?.days.size ?? 0);
    if (!checked.ok) goalErrors[`goals[${i}]`] = Object.values(checked.errors).join(' ');
  });
  if (Object.keys(goalErrors).length > 0)
    return apiError(c, 422, `Some goals are not valid; see fields. ${NOTHING}`, goalErrors);
  const writer = signedIn(c);
  const slugs = new Map([...events].map(([slug, e]) => [e.id, slug]));
  const dupes = alreadyThere(db, writer.id, pieces.value, plan, slugs);
  if (dupes.titles.length > 0 || dupes.logs > 0) {
    const sample = dupes.titles.slice(0, 3).map((t) => `“${t}”`);
    const what =
      dupes.titles.length > 0
        ? `${dupes.titles.length} of its pieces are already in your collection (${sample.join(', ')}${dupes.titles.length > 3 ? ', …' : ''})`
        : `${dupes.logs} of its word logs are already saved`;
    return apiError(c, 409, `This export was already imported: ${what}. ${NOTHING}`);
  }
  const goals = plan.goals.map((g) => ({
    eventId: events.get(g.event)?.id as number,
    fills: g.fills,
    words: g.words,
  }));
  const cards = plan.cards.flatMap((card) => {
    const eventId = events.get(card.event)?.id;
    return eventId === undefined ? [] : [{ ...card, eventId }];
  });
  const imported = saveImport(db, writer.id, { pieces: pieces.value, wordLogs: plan.wordLogs, goals, cards });
  return c.json({ imported }, 201);
}

/** `/api/v1/me/import` (token): a writer's export brought back in. */
export function apiImportRoutes() {
  const app = new Hono<AppEnv>();
  app.post('/me/import', bearerAuth, importExport);
  return app;
}
