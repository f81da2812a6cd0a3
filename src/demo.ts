import type { DateTime } from 'luxon';
import type { Db } from '../db/client.ts';
import { alternates, eventDays, events, prompts } from '../db/schema.ts';
import { eventDates } from './domain/calendar.ts';

/** Thirty-one days of demo prompts: a title (or null) and one to three alternatives. */
const DEMO_DAYS: [string | null, string[]][] = [
  [null, ['First light', 'A door left open', 'Borrowed coat']],
  ['Cold open', ['Frostbite', 'Shared warmth']],
  [null, ['The last train home']],
  ['Running on empty', ['Exhaustion', 'Fainting', 'Dehydration']],
  [null, ['Letters never sent', 'A voice on the radio']],
  [null, ['Harvest moon']],
  ['Found family', ['A seat at the table', 'Matching scars', 'Chosen names']],
  [null, ['Lighthouse keeper', 'Salt and rope']],
  [null, ['Mistaken identity']],
  ['Under the weather', ['Fever dreams', 'Chicken soup', '“I’m fine, really”']],
  [null, ['Autumn market', 'Spiced cider']],
  [null, ['Hands that shake']],
  ['Secrets', ['A locked drawer', 'The second diary', 'What the walls heard']],
  [null, ['Rain on a tin roof', 'Thunder']],
  [null, ['Midnight kitchen']],
  ['Halfway there', ['Checkpoint', 'Second wind']],
  [null, ['Old photographs', 'A name on the back']],
  [null, ['Hide and seek']],
  ['Lost', ['Off the map', 'No signal', 'Following the river']],
  [null, ['Quiet hours']],
  [null, ['Stitches', 'Needle and thread']],
  ['Hearth', ['Woodsmoke', 'A kettle singing']],
  [null, ['Crossroads']],
  [null, ['A promise kept', 'A promise broken']],
  ['Masks', ['Costume party', 'The face underneath', 'Who are you really?']],
  [null, ['Falling leaves']],
  [null, ['Caught in the storm', 'Shelter']],
  ['Homecoming', ['Porch light', 'Welcome back']],
  [null, ['The long way round']],
  [null, ['Candlelight', 'Power cut']],
  ['Curtain call', ['Last page', 'Encore', 'Goodnight']],
];

const DEMO_ALTERNATES = ['Hurt/comfort', 'Snowed in', 'A song on repeat', 'Stargazing', 'Second chances'];

/** Seeds the demo event (featured) over the month of `now` (UTC) when the database has no events yet; creates no writers. */
export function seedDemo(db: Db, now: DateTime): void {
  if (db.select({ id: events.id }).from(events).limit(1).get()) return;
  const first = now.toUTC().startOf('month');
  const count = first.daysInMonth ?? 30;
  const dates = eventDates(first.toISODate() as string, count);
  db.transaction((tx) => {
    const event = tx
      .insert(events)
      .values({
        slug: 'promptober-demo',
        name: `Promptober ${first.toFormat('LLLL yyyy')} (demo)`,
        description:
          'A demo event with a prompt for every day of this month. Pick one of the day’s prompts (or an alternate), write, and log your piece.',
        firstDay: dates[0] as string,
        lastDay: dates.at(-1) as string,
        lateUntil: first.endOf('month').plus({ days: 7 }).toISODate(),
        // On everyone's Today page, so a fresh start shows a prompt.
        featured: true,
      })
      .returning({ id: events.id })
      .get();
    dates.forEach((date, i) => {
      const [title, texts] = DEMO_DAYS[i % DEMO_DAYS.length] as [string | null, string[]];
      const day = tx
        .insert(eventDays)
        .values({ eventId: event.id, number: i + 1, date, title })
        .returning({ id: eventDays.id })
        .get();
      texts.forEach((text, p) => {
        tx.insert(prompts)
          .values({ dayId: day.id, position: p + 1, text })
          .run();
      });
    });
    DEMO_ALTERNATES.forEach((text, i) => {
      tx.insert(alternates)
        .values({ eventId: event.id, position: i + 1, text })
        .run();
    });
  });
}
