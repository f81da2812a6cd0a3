import { sql } from 'drizzle-orm';
import type { DateTime } from 'luxon';
import type { Db } from '../db/client.ts';
import { bingoPool, events } from '../db/schema.ts';

/** The demo bingo's pool: 30 prompts for 5×5 cards with a free centre. */
const DEMO_POOL = [
  'Fever',
  'Kidnapping',
  'Broken bones',
  'Hypothermia',
  'Blood loss',
  'Poison',
  'Concussion',
  'Near drowning',
  'Captivity',
  'Exhaustion',
  'Stitches',
  'Panic attack',
  'Carried to safety',
  'Hiding an injury',
  'Sleepless nights',
  'Lost voice',
  'Trapped under rubble',
  'Burns',
  'Amnesia',
  'Hostage',
  'Field medicine',
  'Hospital waiting room',
  'Forced to watch',
  'Sensory overload',
  'Frostbite',
  '“I’ve got you”',
  'Delirium',
  'Shaking hands',
  'Rescue',
  'Aftermath',
];

/** Seeds the demo bingo event (open this month and the next two, 5×5 with a free centre, one reroll) unless it exists. */
export function seedDemoBingo(db: Db, now: DateTime): void {
  if (!hasEvents(db)) return;
  const slug = 'bingo-demo';
  const first = now.toUTC().startOf('month');
  db.transaction((tx) => {
    if (tx.select({ id: events.id }).from(events).where(sql`${events.slug} = ${slug}`).get()) return;
    const event = tx
      .insert(events)
      .values({
        slug,
        name: 'Bad Things Happen Bingo (demo)',
        description:
          'A demo bingo: join to be dealt a 5×5 card, fill its squares with pieces, and go for lines and a blackout.',
        kind: 'bingo',
        firstDay: first.toISODate() as string,
        lastDay: first.plus({ months: 2 }).endOf('month').toISODate() as string,
        cardSize: 5,
        freeCentre: true,
        reroll: true,
        minWords: 100,
      })
      .returning({ id: events.id })
      .get();
    DEMO_POOL.forEach((text, i) => {
      tx.insert(bingoPool)
        .values({ eventId: event.id, position: i + 1, text })
        .run();
    });
  });
}

/** Whether the database has any event. */
export const hasEvents = (db: Db) => db.select({ id: events.id }).from(events).limit(1).get() !== undefined;
