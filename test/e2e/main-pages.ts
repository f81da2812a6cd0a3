import { asc, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Browser, BrowserContext } from 'playwright-core';
import { migrateDatabase, openDatabase } from '../../db/client.ts';
import {
  eventDays,
  events,
  fillPrompts,
  fills,
  pieceFandoms,
  pieces,
  prompts,
  sessions,
  writers,
} from '../../db/schema.ts';
import { digest, newSecret } from '../../src/auth/secrets.ts';
import { SESSION_COOKIE } from '../../src/auth/session.ts';
import { seedDemo } from '../../src/demo.ts';
import { eventDates } from '../../src/domain/calendar.ts';

/** Today (UTC) and its day number in the demo event, which covers this month. */
export const TODAY = DateTime.utc().toISODate() as string;
export const TODAY_DAY = Number(TODAY.slice(8));

/** A word on the writer's squick list that no prompt contains: it must never appear outside settings. */
export const UNUSED_SQUICK = 'zyzzyva';

/**
 * The password hash of the tour's writers, which no password matches: they are signed in by
 * session. Without one, the first sign-up of a test (kiri's) would take wren over as the
 * password-less writer of the single-writer version, time zone and all.
 */
const SESSION_ONLY = 'no password: signed in by session';

/** What `prepareMainPages` made: the signed-in writer's session secret, the prompt they avoid, a piece of theirs. */
export type Prepared = {
  secret: string;
  hiddenPrompt: string;
  offeredPrompt: string | undefined;
  pieceId: number;
};

/**
 * Fills a database for a tour of the main pages: the demo event; "wren" (public profile,
 * signed in by `secret`) who avoids the first of today's prompts and filled today; "ash", whose
 * public piece fills today with that prompt; and "Crossover Week", wren's, from today into next month.
 */
export function prepareMainPages(dbPath: string): Prepared {
  const { db, sqlite } = openDatabase(dbPath);
  migrateDatabase(db);
  seedDemo(db, DateTime.utc());
  const day = db.select().from(eventDays).where(eq(eventDays.date, TODAY)).get();
  if (!day) throw new Error('the demo event has no day today');
  const dayPrompts = db
    .select({ id: prompts.id, text: prompts.text })
    .from(prompts)
    .where(eq(prompts.dayId, day.id))
    .orderBy(asc(prompts.position))
    .all();
  const texts = dayPrompts.map((p) => p.text);
  const hiddenPrompt = texts[0] as string;
  const writer = db
    .insert(writers)
    .values({
      username: 'wren',
      displayName: 'Wren',
      profilePublic: true,
      passwordHash: SESSION_ONLY,
      squickWords: [hiddenPrompt, UNUSED_SQUICK].join('\n'),
    })
    .returning()
    .get();
  const ash = db
    .insert(writers)
    .values({ username: 'ash', displayName: 'Ash', profilePublic: true, passwordHash: SESSION_ONLY })
    .returning()
    .get();
  const secret = newSecret();
  db.insert(sessions)
    .values({ id: digest(secret), writerId: writer.id, expiresAt: DateTime.utc().plus({ days: 30 }).toISO() })
    .run();
  const addPiece = (writerId: number, title: string, words: number, fandom: string, promptId?: number) => {
    const piece = db
      .insert(pieces)
      .values({
        writerId,
        title,
        words,
        url: 'https://archiveofourown.org/works/1',
        rating: 'General Audiences',
        summary: 'A short summary of the piece, long enough to wrap on a phone screen.',
        postedOn: TODAY,
      })
      .returning()
      .get();
    db.insert(pieceFandoms).values({ pieceId: piece.id, position: 1, fandom }).run();
    const fill = db.insert(fills).values({ pieceId: piece.id, dayId: day.id }).returning().get();
    if (promptId) db.insert(fillPrompts).values({ fillId: fill.id, promptId }).run();
    return piece.id;
  };
  const pieceId = addPiece(
    writer.id,
    'A very long title that goes on and on to test wrapping',
    1234,
    'Good Omens',
  );
  // Ash filled the prompt wren avoids: blurred in the blurb too.
  addPiece(ash.id, 'Ash’s fill', 800, 'Star Trek', dayPrompts[0]?.id);
  // An event from today into next month, so its calendar has a month to move to.
  const dates = eventDates(TODAY, 40);
  const crossover = db
    .insert(events)
    .values({
      slug: 'crossover',
      name: 'Crossover Week',
      firstDay: TODAY,
      lastDay: dates.at(-1) as string,
      organiserId: writer.id,
    })
    .returning()
    .get();
  dates.forEach((date, i) => {
    const d = db
      .insert(eventDays)
      .values({ eventId: crossover.id, number: i + 1, date })
      .returning()
      .get();
    db.insert(prompts)
      .values({ dayId: d.id, position: 1, text: `Crossover prompt ${i + 1}` })
      .run();
  });
  sqlite.close();
  return { secret, hiddenPrompt, offeredPrompt: texts[1], pieceId };
}

/** The main pages, signed in as wren unless `visitor`. */
export function mainPages(p: Prepared): { name: string; path: string; visitor?: boolean }[] {
  const event = '/events/promptober-demo';
  return [
    { name: 'home', path: '/' },
    { name: 'home-visitor', path: '/', visitor: true },
    { name: 'events', path: '/events' },
    { name: 'calendar', path: event },
    { name: 'day', path: `${event}/days/${TODAY_DAY}` },
    { name: 'log-form', path: `/pieces/new?event=promptober-demo&day=${TODAY_DAY}` },
    { name: 'collection', path: '/pieces' },
    { name: 'piece', path: `/pieces/${p.pieceId}` },
    { name: 'event-collection', path: `${event}/pieces` },
    { name: 'stats', path: '/stats' },
    { name: 'masterpost', path: `${event}/masterpost` },
    { name: 'settings', path: '/settings' },
    { name: 'new-event', path: '/events/new' },
    { name: 'event-edit', path: '/events/crossover/edit' },
    { name: 'event-delete', path: '/events/crossover/delete' },
    { name: 'profile', path: '/@wren' },
    { name: 'login', path: '/login', visitor: true },
    { name: 'signup', path: '/signup', visitor: true },
    { name: 'not-found', path: '/no-such-page' },
  ];
}

/** A browser context in UTC, signed in as wren (with `secret`) or a visitor. */
export async function contextFor(
  browser: Browser,
  url: string,
  opts: { secret?: string; javaScriptEnabled?: boolean; phone?: boolean },
): Promise<BrowserContext> {
  const context = await browser.newContext({
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    timezoneId: 'UTC',
    viewport: opts.phone ? { width: 375, height: 812 } : { width: 1280, height: 800 },
  });
  const cookies = [{ name: 'tz', value: 'UTC', url }];
  if (opts.secret) cookies.push({ name: SESSION_COOKIE, value: opts.secret, url });
  await context.addCookies(cookies);
  return context;
}
