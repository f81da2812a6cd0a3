import { type Context, Hono } from 'hono';
import type { WordLog } from '../../db/schema.ts';
import { bearerAuth } from '../auth/bearer.ts';
import { type AppEnv, signedIn, todayOf } from '../context.ts';
import { piecesCsv } from '../domain/export-csv.ts';
import { MASTERPOST_FORMATS, MASTERPOST_TYPES, type MasterpostFormat } from '../domain/masterpost.ts';
import type { Pace, PaceLine } from '../domain/progress.ts';
import { checkWordLogJson } from '../domain/word-log-input.ts';
import { idempotencyClaim, jsonAnswer, sendOutcome } from '../http/idempotency.ts';
import { apiError, readJsonObject } from '../http/json.ts';
import { writerCards } from '../queries/bingo-cards.ts';
import { writerProgress } from '../queries/collection.ts';
import { findEvent } from '../queries/events.ts';
import { writerExport } from '../queries/export.ts';
import { answerOnce } from '../queries/idempotency.ts';
import { dailyWords } from '../queries/progress.ts';
import { eventStats, writerStreak } from '../queries/stats.ts';
import { deleteWordLog, logWords, recentWordLogs } from '../queries/word-logs.ts';
import { masterpostFor } from './masterpost.tsx';
import { meSettingsRoutes } from './me-settings.ts';

type Ctx = Context<AppEnv>;

/** A word log as the API answers it. */
function wordLogJson(log: WordLog) {
  return { id: log.id, date: log.date, words: log.words, piece_id: log.pieceId, created_at: log.createdAt };
}

const paceLineJson = (l: PaceLine) => ({
  goal: l.goal,
  current: l.current,
  par: Math.round(l.par),
  projected: l.projected === null ? null : Math.round(l.projected),
  ahead: Math.round(l.ahead),
});

/** Pace with whole-number figures: elapsed days, event days, and per measure goal, current, par, projection. */
function paceJson(p: Pace) {
  return {
    elapsed_days: p.elapsed,
    days: p.days,
    ...(p.fills ? { fills: paceLineJson(p.fills) } : {}),
    ...(p.words ? { words: paceLineJson(p.words) } : {}),
  };
}

const today = (c: Ctx) => todayOf(c);

/** `/api/v1/me/…`: the token writer's word logs, stats, masterposts and export. */
export function apiMeRoutes() {
  const app = new Hono<AppEnv>();
  // Guarded route by route, so this router never answers 401 for paths that are not its own.
  app.route('/', meSettingsRoutes());

  app.post('/me/word-logs', bearerAuth, async (c) => {
    const body = await readJsonObject(c);
    if (!body.ok) return body.response;
    const key = await idempotencyClaim(c, signedIn(c).id);
    if (!key.ok) return key.response;
    // With an Idempotency-Key, a retry gets the first answer and the words are not logged twice.
    const outcome = answerOnce(c.get('deps').db, key.claim, () => {
      const typeErrors = checkWordLogJson(body.value);
      if (Object.keys(typeErrors).length > 0)
        return jsonAnswer(422, { error: 'The log was not saved; see fields.', fields: typeErrors }, false);
      const saved = logWords(c.get('deps').db, signedIn(c).id, body.value, today(c));
      if (!saved.ok)
        return jsonAnswer(422, { error: 'The log was not saved; see fields.', fields: saved.errors }, false);
      return jsonAnswer(201, wordLogJson(saved.value), true);
    });
    return sendOutcome(c, outcome);
  });

  app.get('/me/word-logs', bearerAuth, (c) => {
    const raw = c.req.query('limit') ?? '50';
    const limit = /^\d{1,3}$/.test(raw) ? Number(raw) : 0;
    if (limit < 1 || limit > 500) return apiError(c, 400, 'limit must be a whole number from 1 to 500.');
    const logs = recentWordLogs(c.get('deps').db, signedIn(c).id, limit);
    return c.json({ word_logs: logs.map(wordLogJson) });
  });

  app.delete('/me/word-logs/:id{[0-9]+}', bearerAuth, (c) => {
    const id = Number(c.req.param('id'));
    if (!Number.isSafeInteger(id) || !deleteWordLog(c.get('deps').db, signedIn(c).id, id))
      return apiError(c, 404, 'You have no word log with that id.');
    return c.body(null, 204);
  });

  app.get('/me/stats', bearerAuth, (c) => {
    const { db } = c.get('deps');
    const writer = signedIn(c);
    const streak = writerStreak(db, writer.id, today(c));
    const slug = c.req.query('event');
    if (slug === undefined) {
      const progress = writerProgress(db, writer.id);
      let words = 0;
      for (const n of dailyWords(db, writer.id).values()) words += n;
      return c.json({
        fills: progress.reduce((n, p) => n + p.filled, 0),
        days: progress.reduce((n, p) => n + p.days, 0),
        words,
        streak,
      });
    }
    const event = findEvent(db, slug);
    if (!event) return apiError(c, 404, `There is no event “${slug}”.`);
    if (event.kind === 'bingo') {
      const card = writerCards(db, writer.id).find((k) => k.slug === event.slug);
      const size = event.cardSize ?? 5;
      const squares = size * size - (event.freeCentre && size % 2 === 1 ? 1 : 0);
      return c.json({
        event: event.slug,
        squares: card?.filled ?? 0,
        squares_total: squares,
        lines: card?.lines ?? 0,
        blackout: card?.blackout === 1,
        streak,
      });
    }
    const stats = eventStats(db, writer.id, event, today(c));
    return c.json({
      event: event.slug,
      fills: stats.fills,
      days: stats.days,
      words: stats.words,
      streak,
      ...(stats.goal ? { goal: stats.goal } : {}),
      ...(stats.pace ? { pace: paceJson(stats.pace) } : {}),
    });
  });

  app.get('/me/masterpost', bearerAuth, (c) => {
    const slug = c.req.query('event');
    if (!slug) return apiError(c, 400, 'Name the event: ?event=<slug>.');
    const format = (c.req.query('format') ?? 'md') as MasterpostFormat;
    if (!MASTERPOST_FORMATS.includes(format)) return apiError(c, 400, 'format must be md, html or txt.');
    const event = findEvent(c.get('deps').db, slug);
    if (!event) return apiError(c, 404, `There is no event “${slug}”.`);
    c.header('Content-Type', MASTERPOST_TYPES[format]);
    return c.body(masterpostFor(c, event, format));
  });

  app.get('/me/export', bearerAuth, (c) => {
    const { db, now } = c.get('deps');
    const doc = writerExport(db, signedIn(c).id, now().toUTC().toISO() as string);
    const format = c.req.query('format') ?? 'json';
    if (format === 'csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8');
      return c.body(piecesCsv(doc.pieces));
    }
    if (format !== 'json') return apiError(c, 400, 'format must be json or csv.');
    return c.json(doc);
  });

  return app;
}
