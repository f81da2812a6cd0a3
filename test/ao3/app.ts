import { memoryDatabase } from '../../db/client.ts';
import { eventDays, events, prompts } from '../../db/schema.ts';
import { type Ao3ClientOptions, createAo3Client } from '../../src/ao3/client.ts';
import { createApp } from '../../src/app.tsx';
import { seedDemo } from '../../src/demo.ts';
import { signUp, TEST_NOW, withCookie } from '../helpers.ts';

/** Whumptober 2025's first five days, as the listing fixtures fill them. */
export const WHUMPTOBER_DAYS: [number, string[]][] = [
  [1, ['Rain', 'Paper boats']],
  [2, ['Frostbite', 'Shaking Hands']],
  [3, ['Frostbite', 'Ice']],
  [4, ['Trapped', 'Blackout']],
  [5, ['Radio silence']],
  [17, ['Fever', 'Chills']],
];

/** An app on a fresh database, fetching from `baseUrl` (none: fetching off), with writer `ann` signed in. */
export async function ao3App(baseUrl: string | null, options: Partial<Ao3ClientOptions> = {}) {
  const { db, sqlite } = memoryDatabase();
  seedDemo(db, TEST_NOW);
  const event = db
    .insert(events)
    .values({
      slug: 'whumptober-2025',
      name: 'Whumptober 2025',
      firstDay: '2025-10-01',
      lastDay: '2025-10-31',
    })
    .returning()
    .get();
  for (const [n, texts] of WHUMPTOBER_DAYS) {
    const day = db
      .insert(eventDays)
      .values({ eventId: event.id, number: n, date: `2025-10-${String(n).padStart(2, '0')}` })
      .returning()
      .get();
    texts.forEach((text, i) => {
      db.insert(prompts)
        .values({ dayId: day.id, position: i + 1, text })
        .run();
    });
  }
  const ao3 = baseUrl
    ? createAo3Client({ baseUrl, db, spacingMs: 0, timeoutMs: 300, ...options })
    : undefined;
  const app = createApp({ db, now: () => TEST_NOW, ao3 });
  const cookie = await signUp(app, 'ann');
  const request = (path: string, init: RequestInit = {}) => app.request(path, withCookie(cookie, init));
  const count = (table: string) =>
    (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  return { app, db, sqlite, ao3, cookie, request, count };
}
