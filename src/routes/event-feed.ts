import { Hono } from 'hono';
import ical from 'ical-generator';
import { DateTime } from 'luxon';
import { type AppEnv, originOf } from '../context.ts';
import { addDays, dayName } from '../domain/calendar.ts';
import { icsPlain, icsText } from '../domain/ics.ts';
import { avoids, NO_SQUICKS, squickFilter } from '../domain/squick.ts';
import { eventDaysWithPrompts, findEvent, writerFillState } from '../queries/events.ts';
import { writerByFeedSecret } from '../queries/feeds.ts';

/** How often calendar apps are asked to fetch the feed again. */
const REFRESH_SECONDS = 12 * 60 * 60;

const utcDate = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });

/**
 * `/events/:slug/prompts.ics`: one all-day VEVENT per day, with a stable UID, to subscribe to from a
 * calendar app. With `?key=` a writer's private feed secret: their fill state ("✓ filled") in each
 * day's summary, and their hidden prompts left out of it.
 */
export function eventFeedRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/:slug/prompts.ics', (c) => {
    const { db, now } = c.get('deps');
    const event = findEvent(db, c.req.param('slug'));
    if (!event) return c.notFound();
    const key = c.req.query('key');
    const writer = key === undefined ? null : writerByFeedSecret(db, key);
    if (key !== undefined && !writer) return c.notFound();
    const avoid = writer ? squickFilter(writer.squickWords) : NO_SQUICKS;
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
    const days = eventDaysWithPrompts(db, event.id);
    const state = writer
      ? writerFillState(
          db,
          writer.id,
          days.map((d) => d.id),
        )
      : new Map();
    for (const day of days) {
      const filled = state.get(day.id)?.filled ? ' ✓ filled' : '';
      const name = `${dayName(event.dayLabel, day.number)}${filled}`;
      const prompts = day.prompts.map((p) =>
        avoids(avoid, p.text) ? 'a prompt you hide' : icsPlain(p.text),
      );
      const link = `${page}/days/${day.number}`;
      const title = day.title && !avoids(avoid, day.title) ? icsPlain(day.title) : '';
      calendar.createEvent({
        id: `${event.slug}-day-${day.number}@promptly`,
        start: utcDate(day.date),
        end: utcDate(addDays(day.date, 1)),
        allDay: true,
        stamp,
        summary: `${name}: ${prompts.join(' | ') || title || 'no prompt'}`,
        description: [title ? `${name} — ${title}` : name, ...prompts.map((p) => `• ${p}`), '', link].join(
          '\n',
        ),
        url: link,
      });
    }
    c.header('Content-Type', 'text/calendar; charset=utf-8');
    if (writer) c.header('Cache-Control', 'private, no-store');
    c.header('Content-Disposition', `inline; filename="${event.slug}-prompts.ics"`);
    return c.body(calendar.toString());
  });

  return app;
}
