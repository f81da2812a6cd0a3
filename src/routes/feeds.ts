import { type Context, Hono } from 'hono';
import { cacheOf, type Source } from '../cache.ts';
import { type AppEnv, originOf } from '../context.ts';
import { atomFeed, type FeedEntry, linkOr } from '../domain/atom-feed.ts';
import { dayName, formatDate } from '../domain/calendar.ts';
import { wordsLabel } from '../domain/format.ts';
import { conditionalAnswer, etagOf } from '../http/conditional.ts';
import { postedPieces } from '../queries/collection.ts';
import { eventCollection } from '../queries/event-collection.ts';
import { findEvent } from '../queries/events.ts';
import { newestEvents } from '../queries/feeds.ts';
import type { PieceDetail } from '../queries/pieces.ts';
import { findWriterByUsername } from '../queries/writers.ts';

/** How many entries a feed holds: the newest. */
export const FEED_SIZE = 50;

const ATOM = 'application/atom+xml; charset=utf-8';

/**
 * The feed `name` made from `sources`: kept (and its ETag made) under their versions, so a feed is
 * built again only after a write to what it shows, and a reader who has it gets 304.
 */
function answerFeed(c: Context<AppEnv>, name: string, sources: Source[], build: (origin: string) => string) {
  const { db, now } = c.get('deps');
  const cache = cacheOf(db);
  const origin = originOf(c);
  const key = `feed\n${name}\n${origin}`;
  const version = cache.versionOf(sources);
  return conditionalAnswer(c, {
    etag: etagOf(key, version),
    type: ATOM,
    cacheControl: 'public, max-age=300',
    now: now().toMillis(),
    body: () => {
      const hit = cache.get<string>(key, version);
      if (hit !== undefined) return hit;
      const xml = build(origin);
      cache.set(key, version, xml, xml.length * 2);
      return xml;
    },
  });
}

/** A posted piece as an entry: its own link (else its page), the days and prompts it fills as categories. */
function pieceEntry(
  origin: string,
  piece: PieceDetail,
  by: { username: string; displayName: string },
  eventId?: number,
): FeedEntry {
  const page = `${origin}/pieces/${piece.id}`;
  const fills = piece.fills.filter((f) => eventId === undefined || f.eventId === eventId);
  const about = [wordsLabel(piece.words), piece.fandoms.join(', '), piece.rating].filter(Boolean).join(' · ');
  return {
    id: page,
    title: piece.title,
    link: linkOr(piece.url, page),
    updated: piece.updatedAt,
    published: piece.postedOn ? `${piece.postedOn}T00:00:00Z` : piece.createdAt,
    summary: [about, piece.summary].filter(Boolean).join('\n\n'),
    author: { name: by.displayName, uri: `${origin}/@${by.username}` },
    categories: fills.flatMap((f) => {
      const scheme = `${origin}/events/${f.eventSlug}`;
      const day = dayName(f.dayLabel, f.day);
      return [
        { term: `day-${f.day}`, label: eventId === undefined ? `${f.eventName}: ${day}` : day, scheme },
        ...f.prompts.map((p) => ({ term: p.text, label: p.text, scheme })),
      ];
    }),
  };
}

/** The Atom feeds: an event's collection, a public writer's posted pieces, and new events. */
export function feedRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/events.atom', (c) =>
    answerFeed(c, 'events', [{ events: true }], (origin) =>
      atomFeed(
        {
          self: `${origin}/events.atom`,
          title: 'New events on Promptly',
          page: `${origin}/events`,
          author: { name: 'Promptly', uri: origin },
          since: '2000-01-01T00:00:00Z',
        },
        newestEvents(c.get('deps').db).map((e) => ({
          id: `${origin}/events/${e.slug}`,
          title: e.name,
          link: `${origin}/events/${e.slug}`,
          updated: e.createdAt,
          summary: [`${formatDate(e.firstDay)} to ${formatDate(e.lastDay)}`, e.description].join('\n\n'),
        })),
      ),
    ),
  );

  // Every piece in the event's public collection: posted, by writers with public profiles.
  app.get('/events/:slug/pieces.atom', (c) => {
    const event = findEvent(c.get('deps').db, c.req.param('slug'));
    if (!event) return c.notFound();
    return answerFeed(c, `event ${event.id}`, [{ event: event.id }], (origin) =>
      atomFeed(
        {
          self: `${origin}/events/${event.slug}/pieces.atom`,
          title: `${event.name}: new pieces`,
          page: `${origin}/events/${event.slug}/pieces`,
          subtitle: event.description || undefined,
          author: { name: 'Promptly', uri: origin },
          since: event.createdAt,
        },
        eventCollection(c.get('deps').db, event.id, { order: 'newest', perPage: FEED_SIZE }).items.map((p) =>
          pieceEntry(origin, p, p.writer, event.id),
        ),
      ),
    );
  });

  app.get('/:handle{@[A-Za-z0-9_-]+\\.atom}', (c) => {
    const { db } = c.get('deps');
    const writer = findWriterByUsername(db, (c.req.param('handle') ?? '').slice(1, -'.atom'.length));
    // A private profile has no feed, not even for its writer: a feed is for others to follow.
    if (!writer?.profilePublic) return c.notFound();
    const by = { username: writer.username, displayName: writer.displayName };
    return answerFeed(c, `writer ${writer.id}`, [{ writer: writer.id }, { events: true }], (origin) =>
      atomFeed(
        {
          self: `${origin}/@${writer.username}.atom`,
          title: `${writer.displayName}’s pieces`,
          page: `${origin}/@${writer.username}`,
          author: { name: writer.displayName, uri: `${origin}/@${writer.username}` },
          since: writer.createdAt,
        },
        postedPieces(db, writer.id, 1, FEED_SIZE).items.map((p) => pieceEntry(origin, p, by)),
      ),
    );
  });

  return app;
}
