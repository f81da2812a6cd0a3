import { Hono } from 'hono';
import { HomePage, type TodayCard } from '../../views/home.tsx';
import { type AppEnv, todayOf, writerOf, zoneOf } from '../context.ts';
import { dayState, timeUntil } from '../domain/calendar.ts';
import { squickFilter } from '../domain/squick.ts';
import { eventsPage, visitorPageCache } from '../page-cache.ts';
import { eventsForToday, listedEventsRunning, nextEventForToday } from '../queries/event-listing.ts';
import { eventDaysWithPrompts, writerFillState } from '../queries/events.ts';
import { eventStats } from '../queries/stats.ts';
import { render } from '../render.tsx';

const NONE = { filled: false, late: false };

/** `/`: today's day of each running event the writer joined and of each featured one, for their zone. */
export function homeRoutes() {
  const app = new Hono<AppEnv>();
  // Visitors' copies are kept per minute: the page counts down to the next event.
  app.get('/', visitorPageCache(eventsPage, { perMinute: true }), (c) => {
    const { db, now } = c.get('deps');
    const writer = writerOf(c);
    const zone = zoneOf(c);
    const instant = now();
    const today = todayOf(c);
    // The events the writer joined and the ones the admin features; the rest are a link away.
    const shown = eventsForToday(db, today, writer?.id ?? null);
    const others = listedEventsRunning(db, today) - shown.filter((e) => !e.hidden).length;
    const cards: TodayCard[] = [];
    for (const event of shown) {
      const day = eventDaysWithPrompts(db, event.id, today, today)[0];
      if (!day) continue;
      const fill = writer ? writerFillState(db, writer.id, [day.id]).get(day.id) : undefined;
      cards.push({
        event,
        day,
        state: dayState(day.date, today, fill ?? NONE),
        drafts: fill?.drafts ?? 0,
        progress: writer ? eventStats(db, writer.id, event, today) : undefined,
      });
    }
    const upcoming = cards.length === 0 ? nextEventForToday(db, today, writer?.id ?? null) : undefined;
    const next = upcoming
      ? { event: upcoming, startsIn: timeUntil(instant, zone, upcoming.firstDay) }
      : undefined;
    return render(c, {
      title: 'Today',
      body: (
        <HomePage
          today={today}
          zone={zone}
          cards={cards}
          next={next}
          signedIn={writer !== null}
          others={others}
          avoid={squickFilter(writer?.squickWords ?? '')}
        />
      ),
    });
  });
  return app;
}
