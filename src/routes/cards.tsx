import { type Context, Hono } from 'hono';
import type { Event } from '../../db/schema.ts';
import { CardSvg } from '../../views/card-svg.tsx';
import { EmbedCode } from '../../views/embed-code.tsx';
import { cacheOf } from '../cache.ts';
import { type AppEnv, originOf, writerOf } from '../context.ts';
import { embedCodes } from '../domain/embed.ts';
import { conditionalAnswer, etagOf } from '../http/conditional.ts';
import { cardNumbers } from '../queries/cards.ts';
import { findEvent } from '../queries/events.ts';
import { findWriterByUsername } from '../queries/writers.ts';

/** `/@name/events/:slug/card.svg`: a public writer's progress in an event, as an image to embed elsewhere. */
export function cardRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/:handle{@[A-Za-z0-9_-]+}/events/:slug/card.svg', (c) => {
    const { db, now } = c.get('deps');
    const writer = findWriterByUsername(db, (c.req.param('handle') ?? '').slice(1));
    const event = findEvent(db, c.req.param('slug'));
    // Only public profiles have cards, whoever asks: a card is for showing to others.
    if (!writer?.profilePublic || !event) return c.notFound();
    const theme = c.req.query('theme') === 'dark' ? 'dark' : 'light';
    const size = c.req.query('size') === 'narrow' ? 'narrow' : 'wide';
    const version = cacheOf(db).versionOf([{ writer: writer.id }, { event: event.id }]);
    // Shown on other sites (AO3, Tumblr, Carrd): they may load it; it runs and fetches nothing.
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return conditionalAnswer(c, {
      etag: etagOf('card', String(writer.id), String(event.id), theme, size, version),
      type: 'image/svg+xml; charset=utf-8',
      cacheControl: 'public, max-age=600',
      now: now().toMillis(),
      body: () =>
        `<?xml version="1.0" encoding="utf-8"?>\n${(
          (
            <CardSvg
              event={event.name}
              writer={writer.displayName}
              {...cardNumbers(db, writer.id, event.id)}
              theme={theme}
              size={size}
            />
          )
        ).toString()}`,
    });
  });

  return app;
}

/** The embed code for the signed-in writer's card in `event` (the event and stats pages), or null for a visitor. */
export function embedSection(c: Context<AppEnv>, event: Event) {
  const writer = writerOf(c);
  if (!writer) return null;
  const origin = originOf(c);
  const codes = embedCodes({
    origin,
    username: writer.username,
    slug: event.slug,
    displayName: writer.displayName,
    eventName: event.name,
  });
  const card = writer.profilePublic ? `/@${writer.username}/events/${event.slug}/card.svg` : null;
  return <EmbedCode card={card} codes={codes} />;
}
