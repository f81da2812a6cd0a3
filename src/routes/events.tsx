import { Hono } from 'hono';
import type { Event } from '../../db/schema.ts';
import { DayFills, DayPage } from '../../views/days.tsx';
import { LatestPieces } from '../../views/event-collection.tsx';
import { type CalendarDay, CalendarGrid, CalendarPage, EventsPage } from '../../views/events.tsx';
import { type AppEnv, todayOf, weekStartOf, writerOf } from '../context.ts';
import {
  addDays,
  addMonths,
  dayState,
  daysBetween,
  isMonth,
  monthGrid,
  monthOf,
} from '../domain/calendar.ts';
import { squickFilter } from '../domain/squick.ts';
import { eventPage, eventsPage, visitorPageCache } from '../page-cache.ts';
import {
  type DayFills as DayFillsData,
  eventCollection,
  everyoneFillsOfDay,
  othersFillsOfDay,
  ownPublicFillsOfDay,
} from '../queries/event-collection.ts';
import { visibleEvents } from '../queries/event-listing.ts';
import {
  eventAlternates,
  eventDaysWithPrompts,
  findEvent,
  findEventDay,
  writerFillState,
} from '../queries/events.ts';
import { canEditEvent, memberRole } from '../queries/members.ts';
import { piecesFillingDay } from '../queries/pieces.ts';
import { writerRuleBreaks } from '../queries/rule-breaks.ts';
import { render, sharedPart } from '../render.tsx';
import { eventProgress } from './goals.tsx';

const NONE = { filled: false, late: false };

/** Everyone's fills a day page lists, newest first; the event's collection pages through all of them. */
const DAY_FILLS_SHOWN = 20;

/** The feed of an event's public collection, as pages link it. */
export const piecesFeed = (event: Event) => ({
  title: `${event.name}: new pieces`,
  href: `/events/${event.slug}/pieces.atom`,
});

/** `/events`: the list, an event's month calendar, and its day pages. */
export function eventRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', visitorPageCache(eventsPage), (c) => {
    const { db } = c.get('deps');
    const today = todayOf(c);
    const events = visibleEvents(db, writerOf(c));
    return render(c, {
      title: 'Events',
      body: <EventsPage events={events} today={today} />,
      feeds: [{ title: 'New events', href: '/events.atom' }],
    });
  });

  app.get('/:slug', visitorPageCache(eventPage), (c) => {
    const { db } = c.get('deps');
    const event = findEvent(db, c.req.param('slug'));
    if (!event) return c.notFound();
    const today = todayOf(c);
    const first = monthOf(event.firstDay);
    const last = monthOf(event.lastDay);
    const asked = c.req.query('month');
    const fallback = today < event.firstDay ? first : today > event.lastDay ? last : monthOf(today);
    const month = asked && isMonth(asked) && asked >= first && asked <= last ? asked : fallback;
    const writer = writerOf(c);
    const weekStart = weekStartOf(c);
    const weeks = monthGrid(month, weekStart);
    const from = weeks[0]?.[0]?.date ?? `${month}-01`;
    const to = weeks.at(-1)?.at(-1)?.date ?? addDays(from, 41);
    const days = eventDaysWithPrompts(db, event.id, from, to);
    const fills = writer
      ? writerFillState(
          db,
          writer.id,
          days.map((d) => d.id),
        )
      : new Map();
    const breaks = writer
      ? writerRuleBreaks(
          db,
          writer.id,
          event,
          days.map((d) => d.id),
        )
      : new Map();
    const byDate = new Map<string, CalendarDay>(
      days.map((d) => [
        d.date,
        { ...d, state: dayState(d.date, today, fills.get(d.id) ?? NONE), breaks: breaks.get(d.id) },
      ]),
    );
    const grid = {
      event,
      month,
      weeks,
      weekStart,
      days: byDate,
      prev: month > first ? addMonths(month, -1) : null,
      next: month < last ? addMonths(month, 1) : null,
      today,
      avoid: squickFilter(writer?.squickWords ?? ''),
    };
    const membership = writer
      ? { role: memberRole(db, writer.id, event.id), canEdit: canEditEvent(db, writer, event) }
      : null;
    const squicks = writer?.squickWords ?? '';
    const latest = sharedPart(db, `latest\n${event.id}\n${squicks}`, [{ event: event.id }], () => (
      <LatestPieces
        event={event}
        {...eventCollection(db, event.id, { order: 'newest', perPage: 10 })}
        avoid={grid.avoid}
      />
    ));
    return render(c, {
      title: event.name,
      feeds: [piecesFeed(event)],
      body: (
        <CalendarPage
          event={event}
          grid={grid}
          membership={membership}
          latest={latest}
          progress={eventProgress(c, event)}
          feedUrl={`${c.get('deps').baseUrl ?? new URL(c.req.url).origin}/events/${event.slug}/prompts.ics`}
        />
      ),
      fragment: <CalendarGrid {...grid} />,
    });
  });

  app.get('/:slug/days/:n{[0-9]+}', visitorPageCache(eventPage), (c) => {
    const { db } = c.get('deps');
    const event = findEvent(db, c.req.param('slug'));
    const day = event ? findEventDay(db, event.id, Number(c.req.param('n'))) : undefined;
    if (!event || !day) return c.notFound();
    const today = todayOf(c);
    const writer = writerOf(c);
    const fill = writer ? writerFillState(db, writer.id, [day.id]).get(day.id) : undefined;
    const lastDay = daysBetween(event.firstDay, event.lastDay) + 1;
    const squicks = writer?.squickWords ?? '';
    const avoid = squickFilter(squicks);
    const list = (shown: DayFillsData) => (
      <DayFills
        event={event}
        day={day}
        signedIn={writer !== null}
        others={shown.items}
        othersTotal={shown.total}
        avoid={avoid}
      />
    );
    // A viewer with public fills of their own that day gets a list without them, read for them
    // alone; everyone else's is rendered once per version of the event (for each squick list it
    // is read with), from a list read after that version.
    const own = writer ? ownPublicFillsOfDay(db, writer.id, day.id) : 0;
    const fills =
      writer && own > 0
        ? list(othersFillsOfDay(db, day.id, DAY_FILLS_SHOWN, writer.id, own))
        : sharedPart(
            db,
            `dayFills\n${day.id}\n${writer ? 'writer' : 'visitor'}\n${squicks}`,
            [{ event: event.id }],
            () => list(everyoneFillsOfDay(db, event.id, day.id, DAY_FILLS_SHOWN)),
          );
    return render(c, {
      title: `${event.name}, day ${day.number}`,
      body: (
        <DayPage
          event={event}
          day={day}
          state={dayState(day.date, today, fill ?? NONE)}
          alternates={eventAlternates(db, event.id)}
          pieces={writer ? piecesFillingDay(db, writer.id, day.id) : null}
          fills={fills}
          lastDay={lastDay}
          avoid={avoid}
        />
      ),
    });
  });

  return app;
}
