import { Hono } from 'hono';
import {
  EventCollectionPage,
  type EventCollectionQuery,
  EventCollectionResults,
} from '../../views/event-collection.tsx';
import { type AppEnv, avoidOf } from '../context.ts';
import { RATINGS } from '../domain/piece.ts';
import { eventPage, visitorPageCache } from '../page-cache.ts';
import { eventCollection, eventCollectionFandoms } from '../queries/event-collection.ts';
import { eventDaysWithPrompts, findEvent } from '../queries/events.ts';
import { render } from '../render.tsx';
import { piecesFeed } from './events.tsx';

const PER_PAGE = 20;

/** `/events/:slug/pieces`: the event's public collection, by day or newest first, with filters. */
export function collectionRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/:slug/pieces', visitorPageCache(eventPage), (c) => {
    const { db } = c.get('deps');
    const event = findEvent(db, c.req.param('slug'));
    if (!event) return c.notFound();
    const q = c.req.query();
    const days = eventDaysWithPrompts(db, event.id);
    const day = days.find((d) => String(d.number) === q.day);
    const rating = RATINGS.find((r) => r === q.rating);
    const order = q.order === 'day' ? 'day' : 'newest';
    const page = Math.min(Math.max(1, Number.parseInt(q.page ?? '1', 10) || 1), 100_000);
    const query: EventCollectionQuery = {
      day: day ? String(day.number) : '',
      fandom: q.fandom ?? '',
      rating: rating ?? '',
      order,
      page,
      after: q.after || undefined,
      before: q.before || undefined,
    };
    const result = eventCollection(db, event.id, {
      day: day?.number,
      fandom: q.fandom || undefined,
      rating,
      order,
      page,
      after: query.after,
      before: query.before,
      perPage: PER_PAGE,
    });
    const props = { event, query, ...result, perPage: PER_PAGE, avoid: avoidOf(c) };
    return render(c, {
      title: `${event.name}: the collection`,
      feeds: [piecesFeed(event)],
      body: <EventCollectionPage {...props} days={days} fandoms={eventCollectionFandoms(db, event.id)} />,
      fragment: <EventCollectionResults {...props} />,
    });
  });

  return app;
}
