import { Hono } from 'hono';
import ical from 'ical-generator';
import { DateTime } from 'luxon';
import { type AppEnv, originOf } from '../context.ts';
import { addDays, dayName } from '../domain/calendar.ts';
import { icsPlain, icsText } from '../domain/ics.ts';
import { eventDaysWithPrompts, findEvent } from '../queries/events.ts';

/** How often calendar apps are asked to fetch the feed again. */
const REFRESH_SECONDS = 12 * 60 * 60;

const utcDate = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });

/** `/events/:slug/prompts.ics`: one all-day VEVENT per day, with a stable UID, to subscribe to from a calendar app. */
export function eventFeedRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/:slug/prompts.ics', (c) => {
    const { db, now } = c.get('deps');
    const event = findEvent(db, c.req.param('slug'));
    if (!event) return c.notFound();
    const origin = originOf(c);
    const page = `${origin}/events/${event.slug}`;
    const calendar = ical({
      // ical-generator writes these two as given: escaped here, or a line break starts a property.
      name: icsText(event.name),
      description: event.description ? icsText(event.description) : undefined,
      url: page,
      prodId: { company: 'Promptly', product: 'Promptly', language: 'EN' },
      ttl: REFRESH_SECONDS,
    });
    const stamp = now().toUTC();
    for (const day of eventDaysWithPrompts(db, event.id)) {
      const name = dayName(event.dayLabel, day.number);
      const prompts = day.prompts.map((p) => icsPlain(p.text));
      const link = `${page}/days/${day.number}`;
      calendar.createEvent({
        id: `${event.slug}-day-${day.number}@promptly`,
        start: utcDate(day.date),
        end: utcDate(addDays(day.date, 1)),
        allDay: true,
        stamp,
        summary: `${name}: ${prompts.join(' | ') || icsPlain(day.title ?? '') || 'no prompt'}`,
        description: [
          day.title ? `${name} — ${icsPlain(day.title)}` : name,
          ...prompts.map((p) => `• ${p}`),
          '',
          link,
        ].join('\n'),
        url: link,
      });
    }
    c.header('Content-Type', 'text/calendar; charset=utf-8');
    c.header('Content-Disposition', `inline; filename="${event.slug}-prompts.ics"`);
    return c.body(calendar.toString());
  });

  return app;
}
