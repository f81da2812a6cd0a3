import { Hono } from 'hono';
import { DayPage } from '../../views/days.tsx';
import { type CalendarDay, CalendarGrid, CalendarPage, EventsPage } from '../../views/events.tsx';
import { type AppEnv, zoneOf } from '../context.ts';
import {
  addDays,
  addMonths,
  dayState,
  daysBetween,
  isMonth,
  monthGrid,
  monthOf,
  todayIn,
} from '../domain/calendar.ts';
import {
  eventAlternates,
  eventDaysWithPrompts,
  findEvent,
  findEventDay,
  listEvents,
  writerFillState,
} from '../queries/events.ts';
import { piecesFillingDay } from '../queries/pieces.ts';
import { render } from '../render.tsx';

const NONE = { filled: false, late: false };

/** `/events`: the list, an event's month calendar, and its day pages. */
export function eventRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    const { db, now } = c.get('deps');
    const today = todayIn(now(), zoneOf(c));
    return render(c, { title: 'Events', body: <EventsPage events={listEvents(db)} today={today} /> });
  });

  app.get('/:slug', (c) => {
    const { db, now } = c.get('deps');
    const event = findEvent(db, c.req.param('slug'));
    if (!event) return c.notFound();
    const today = todayIn(now(), zoneOf(c));
    const first = monthOf(event.firstDay);
    const last = monthOf(event.lastDay);
    const asked = c.req.query('month');
    const fallback = today < event.firstDay ? first : today > event.lastDay ? last : monthOf(today);
    const month = asked && isMonth(asked) && asked >= first && asked <= last ? asked : fallback;
    const weekStart = c.get('weekStart');
    const weeks = monthGrid(month, weekStart);
    const from = weeks[0]?.[0]?.date ?? `${month}-01`;
    const to = weeks.at(-1)?.at(-1)?.date ?? addDays(from, 41);
    const days = eventDaysWithPrompts(db, event.id, from, to);
    const fills = writerFillState(
      db,
      c.get('writerId'),
      days.map((d) => d.id),
    );
    const byDate = new Map<string, CalendarDay>(
      days.map((d) => [d.date, { ...d, state: dayState(d.date, today, fills.get(d.id) ?? NONE) }]),
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
    };
    return render(c, {
      title: event.name,
      body: <CalendarPage event={event} grid={grid} />,
      fragment: <CalendarGrid {...grid} />,
    });
  });

  app.get('/:slug/days/:n{[0-9]+}', (c) => {
    const { db, now } = c.get('deps');
    const event = findEvent(db, c.req.param('slug'));
    const day = event ? findEventDay(db, event.id, Number(c.req.param('n'))) : undefined;
    if (!event || !day) return c.notFound();
    const today = todayIn(now(), zoneOf(c));
    const writerId = c.get('writerId');
    const fill = writerFillState(db, writerId, [day.id]).get(day.id);
    const lastDay = daysBetween(event.firstDay, event.lastDay) + 1;
    return render(c, {
      title: `${event.name}, day ${day.number}`,
      body: (
        <DayPage
          event={event}
          day={day}
          state={dayState(day.date, today, fill ?? NONE)}
          alternates={eventAlternates(db, event.id)}
          pieces={piecesFillingDay(db, writerId, day.id)}
          lastDay={lastDay}
        />
      ),
    });
  });

  return app;
}
