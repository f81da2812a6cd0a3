import { type Context, Hono } from 'hono';
import { bearerAuth } from '../auth/bearer.ts';
import { type AppEnv, signedIn } from '../context.ts';
import { apiError } from '../http/json.ts';
import { joinBingo, rerollCard } from '../queries/bingo-cards.ts';
import { cardJson, cardView } from '../queries/bingo-view.ts';
import { findEvent } from '../queries/events.ts';
import { joinEvent, memberRole } from '../queries/members.ts';

const at = (c: Context<AppEnv>) => c.get('deps').now().toUTC().toISO() as string;

/** `/api/v1/me/…` for events and cards: joining any event (a bingo event deals a card), the card, its reroll. */
export function apiBingoRoutes() {
  const app = new Hono<AppEnv>();

  app.post('/me/events/:slug/join', bearerAuth, (c) => {
    const { db } = c.get('deps');
    const event = findEvent(db, c.req.param('slug'));
    if (!event) return apiError(c, 404, 'No event has that slug.');
    const writer = signedIn(c);
    if (event.kind === 'daily') {
      const already = memberRole(db, writer.id, event.id) !== null;
      joinEvent(db, writer.id, event.id);
      return c.json({ event: event.slug, joined: true }, already ? 200 : 201);
    }
    const { dealt } = joinBingo(db, event, writer, at(c));
    const view = cardView(db, event, writer.id, at(c));
    if (!view) throw new Error('the card vanished after it was dealt');
    c.header('Location', `/api/v1/me/cards/${event.slug}`);
    return c.json(cardJson(view, event.freeCentre), dealt ? 201 : 200);
  });

  app.get('/me/cards/:slug', bearerAuth, (c) => {
    const { db } = c.get('deps');
    const event = findEvent(db, c.req.param('slug'));
    if (!event) return apiError(c, 404, 'No event has that slug.');
    if (event.kind !== 'bingo')
      return apiError(c, 404, `${event.slug} is not a bingo event: it has days, not cards.`);
    const view = cardView(db, event, signedIn(c).id, at(c));
    if (!view) return apiError(c, 404, 'You have no card in this event: join it first (POST …/join).');
    return c.json(cardJson(view, event.freeCentre));
  });

  app.post('/me/cards/:slug/reroll', bearerAuth, (c) => {
    const { db } = c.get('deps');
    const event = findEvent(db, c.req.param('slug'));
    if (event?.kind !== 'bingo') return apiError(c, 404, 'No bingo event has that slug.');
    const writer = signedIn(c);
    const rerolled = rerollCard(db, event, writer, at(c));
    if (!rerolled.ok) return apiError(c, 409, rerolled.reason);
    const view = cardView(db, event, writer.id, at(c));
    if (!view) throw new Error('the card vanished after it was rerolled');
    return c.json(cardJson(view, event.freeCentre), 201);
  });

  return app;
}
