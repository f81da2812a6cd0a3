import { type Context, Hono, type Next } from 'hono';
import { bingoCardSvg } from '../../views/bingo-card-svg.tsx';
import type { AppEnv } from '../context.ts';
import { cardView } from '../queries/bingo-view.ts';
import { findEvent } from '../queries/events.ts';
import { findWriterByUsername } from '../queries/writers.ts';

/**
 * `/@name/events/:slug/card.svg` for a bingo event: the writer's card as an image, for public
 * profiles only (anything else is not found). Another kind of event goes on to `next`, so the daily
 * progress card can answer the same path.
 */
export async function bingoCardSvgHandler(c: Context<AppEnv>, next: Next) {
  const { db, now } = c.get('deps');
  const event = findEvent(db, c.req.param('slug') ?? '');
  if (event?.kind !== 'bingo') return next();
  const writer = findWriterByUsername(db, (c.req.param('handle') ?? '').slice(1));
  if (!writer?.profilePublic) return c.notFound();
  const view = cardView(db, event, writer.id, now().toUTC().toISO() as string);
  if (!view) return c.notFound();
  c.header('Content-Type', 'image/svg+xml; charset=utf-8');
  return c.body(bingoCardSvg(view, { event: event.name, writer: writer.displayName }));
}

/** The bingo card image's route, mounted at `/`. */
export function bingoCardSvgRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/:handle{@[A-Za-z0-9_-]+}/events/:slug/card.svg', bingoCardSvgHandler);
  return app;
}
