import { Hono } from 'hono';
import { HomePage, type TodayCard } from '../../views/home.tsx';
import { type AppEnv, zoneOf } from '../context.ts';
import { dayState, timeUntil, todayIn } from '../domain/calendar.ts';
import { eventDaysWithPrompts, eventsRunningOn, nextEventAfter, writerFillState } from '../queries/events.ts';
import { render } from '../render.tsx';

/** `/`: today's day of each running event for the writer's zone. */
export function homeRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const { db, now } = c.get('deps');
    const zone = zoneOf(c);
    const instant = now();
    const today = todayIn(instant, zone);
    const cards: TodayCard[] = [];
    for (const event of eventsRunningOn(db, today)) {
      const day = eventDaysWithPrompts(db, event.id, today, today)[0];
      if (!day) continue;
      const fill = writerFillState(db, c.get('writerId'), [day.id]).get(day.id);
      cards.push({
        event,
        day,
        state: dayState(day.date, today, fill ?? { filled: false, late: false }),
        drafts: fill?.drafts ?? 0,
      });
    }
    const upcoming = cards.length === 0 ? nextEventAfter(db, today) : undefined;
    const next = upcoming
      ? { event: upcoming, startsIn: timeUntil(instant, zone, upcoming.firstDay) }
      : undefined;
    return render(c, {
      title: 'Today',
      body: <HomePage today={today} zone={zone} cards={cards} next={next} />,
    });
  });
  return app;
}
