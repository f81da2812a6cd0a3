import { Hono } from 'hono';
import { bearerAuth } from '../auth/bearer.ts';
import { type AppEnv, parsePoolOf } from '../context.ts';
import { toBingoJson, validateBingoEvent } from '../domain/bingo-event.ts';
import { toEventJson, validateEventJson } from '../domain/event-json.ts';
import { apiError, parseRefused, readJsonObject } from '../http/json.ts';
import { bingoPoolOf, createBingoEvent } from '../queries/bingo-events.ts';
import { visibleEvents } from '../queries/event-listing.ts';
import { createEvent } from '../queries/event-writes.ts';
import { eventAlternates, eventDaysWithPrompts, findEvent } from '../queries/events.ts';

/** The open format under /api/v1: events and their prompts as JSON (public), list parsing, and creating events (token). */
export function apiEventRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/events', (c) =>
    c.json(
      visibleEvents(c.get('deps').db, null).map((e) => ({
        slug: e.slug,
        name: e.name,
        kind: e.kind,
        first_day: e.firstDay,
        last_day: e.lastDay,
      })),
    ),
  );

  app.get('/events/:slug', (c) => {
    const { db } = c.get('deps');
    const event = findEvent(db, c.req.param('slug'));
    if (!event) return apiError(c, 404, 'No event has that slug.');
    if (event.kind === 'bingo') return c.json(toBingoJson(event, bingoPoolOf(db, event.id)));
    return c.json(toEventJson(event, eventDaysWithPrompts(db, event.id), eventAlternates(db, event.id)));
  });

  app.post('/prompt-lists/parse', async (c) => {
    const body = await readJsonObject(c);
    if (!body.ok) return body.response;
    const { text, year } = body.value;
    if (typeof text !== 'string') {
      const errors = ['Send the list as text: { "text": "1. Blood\\n2. Tears" }.'];
      return c.json({ error: 'The list was not parsed.', errors }, 422);
    }
    if (
      year !== undefined &&
      !(Number.isInteger(year) && (year as number) >= 1900 && (year as number) <= 2200)
    ) {
      return c.json(
        { error: 'The list was not parsed.', errors: ['year must be a whole number like 2025.'] },
        422,
      );
    }
    const opts = year === undefined ? {} : { year: year as number };
    const read = await parsePoolOf(c).run('promptList', text, opts);
    if (!read.ok) return parseRefused(c, read);
    const result = read.value;
    if (!result.ok) return c.json({ error: 'The list was not parsed.', errors: result.errors }, 422);
    const { days, alternates, unused } = result.value;
    return c.json({ days, alternates, unused });
  });

  app.post('/events', bearerAuth, async (c) => {
    const body = await readJsonObject(c);
    if (!body.ok) return body.response;
    const writer = c.get('writer');
    if (!writer) return apiError(c, 401, 'Send an API token.');
    const bingo = body.value.kind === 'bingo';
    const result = bingo ? validateBingoEvent(body.value) : validateEventJson(body.value);
    if (!result.ok) return apiError(c, 422, 'The event was not created; see fields.', result.errors);
    const { db } = c.get('deps');
    const at = c.get('deps').now().toUTC().toISO() as string;
    const options = { at, unlimited: writer.isAdmin };
    const saved =
      'pool' in result.value
        ? createBingoEvent(db, writer.id, result.value, options)
        : createEvent(db, writer.id, result.value, options);
    if (!saved.ok && 'retryAt' in saved) {
      c.header('Retry-After', String(Math.ceil((Date.parse(saved.retryAt) - Date.parse(at)) / 1000)));
      return apiError(c, 429, saved.errors.name ?? 'Too many events.');
    }
    if (!saved.ok) return apiError(c, 409, 'The event was not created; see fields.', saved.errors);
    const event = findEvent(db, saved.value.slug);
    if (!event) throw new Error('the event vanished after it was created');
    c.header('Location', `/api/v1/events/${event.slug}`);
    if (event.kind === 'bingo') return c.json(toBingoJson(event, bingoPoolOf(db, event.id)), 201);
    return c.json(toEventJson(event, eventDaysWithPrompts(db, event.id), eventAlternates(db, event.id)), 201);
  });

  return app;
}
