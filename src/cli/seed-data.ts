import { randomStream } from '../domain/bingo.ts';
import { eventDates } from '../domain/calendar.ts';
import { type PIECE_STATUSES, RATINGS } from '../domain/piece.ts';

/** The password every seeded writer signs in with. */
export const SEED_PASSWORD = 'promptly-bench';

/** A seeded event: a 31-day October challenge with one to three prompts a day. */
export type SeedEvent = {
  slug: string;
  name: string;
  description: string;
  firstDay: string;
  lastDay: string;
  lateUntil: string;
  days: { number: number; date: string; title: string | null; prompts: string[] }[];
};

/** A seeded writer. */
export type SeedWriter = { username: string; displayName: string; timeZone: string; profilePublic: boolean };

/** A seeded piece; `writer` is 1-based (writer1…), each fill's `event` an index into seedEvents(). */
export type SeedPiece = {
  writer: number;
  title: string;
  url: string | null;
  words: number;
  rating: (typeof RATINGS)[number];
  summary: string;
  notes: string;
  status: (typeof PIECE_STATUSES)[number];
  postedOn: string | null;
  createdAt: string;
  fandoms: string[];
  fills: { event: number; day: number; prompts: number[] }[];
};

const CHALLENGES = ['Whumptober', 'Fictober', 'Flufftober', 'Writober'];
const YEARS = [2023, 2024, 2025];
const ZONES = ['UTC', 'Europe/London', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'Europe/Berlin'];
const ADJECTIVES = [
  'Quiet',
  'Borrowed',
  'Broken',
  'Golden',
  'Last',
  'Hollow',
  'Paper',
  'Salt',
  'Winter',
  'Small',
];
const NOUNS = [
  'Light',
  'Hours',
  'Promises',
  'Harbour',
  'Stitches',
  'Letters',
  'Embers',
  'Roads',
  'Names',
  'Rain',
];
const THINGS = ['a door left open', 'the last train', 'a borrowed coat', 'shared warmth', 'a locked drawer'];
const FANDOMS = [
  'Good Omens',
  'Sherlock (TV)',
  'Doctor Who',
  'Star Wars',
  'Harry Potter',
  'Marvel Cinematic Universe',
  'The Witcher',
  'Supernatural',
  'Critical Role',
  'Stranger Things',
  'Our Flag Means Death',
  'The Last of Us',
  'Hades (Video Game)',
  'Mass Effect',
  'Dragon Age',
  'Final Fantasy VII',
  'Teen Wolf',
  'Merlin (TV)',
  'Star Trek',
  'Original Work',
];

/** A small seeded PRNG (mulberry32): the same seed gives the same numbers in [0, 1). */
export const random = randomStream;

const pick = <T>(list: readonly T[], u: number): T => list[Math.floor(u * list.length)] as T;

// Plain UTC arithmetic: luxon's addDays is exact too, but a hundred thousand calls cost a second.
const plusDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const daysIn = (month: string) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();

/**
 * The seeded events: by default a dozen, four challenges in each October from 2023 on; `count`
 * of them (more years, or fewer and busier events); with `month` (YYYY-MM) all of them run that month.
 */
export function seedEvents(count = 4 * YEARS.length, month?: string): SeedEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const c = i % CHALLENGES.length;
    const y = Math.floor(i / CHALLENGES.length);
    const challenge = CHALLENGES[c] as string;
    const rnd = random(1000 + y * 10 + c);
    const year = month ? Number(month.slice(0, 4)) : 2023 + y;
    const first = month ? `${month}-01` : `${year}-10-01`;
    const length = month ? daysIn(month) : 31;
    const dates = eventDates(first, length);
    const edition = month && y > 0 ? ` ${y + 1}` : '';
    const last = dates[length - 1] as string;
    return {
      slug: `${challenge.toLowerCase()}-${month ?? year}${edition ? `-${y + 1}` : ''}`,
      name: `${challenge} ${month ?? year}${edition}`,
      description: `${challenge} ${month ?? year}: a prompt a day (seeded data).`,
      firstDay: dates[0] as string,
      lastDay: last,
      lateUntil: plusDays(last, 7),
      days: dates.map((date, d) => ({
        number: d + 1,
        date,
        title: (d + 1) % 5 === 0 ? `${pick(ADJECTIVES, rnd())} ${pick(NOUNS, rnd())}` : null,
        prompts: Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(THINGS, rnd())),
      })),
    };
  });
}

/** Seeded writer `n` (1-based): writer1, writer2…; odd-numbered writers have public profiles. */
export function seedWriter(n: number): SeedWriter {
  return {
    username: `writer${n}`,
    displayName: `Writer ${n}`,
    timeZone: ZONES[n % ZONES.length] as string,
    profilePublic: n % 2 === 1,
  };
}

/**
 * Seeded piece `k` (0-based) among `writers` writers and `events`. A pure function of its
 * arguments; low-numbered writers write the most (writer1 about 2% of all pieces).
 */
export function seedPiece(k: number, writers: number, events: SeedEvent[]): SeedPiece {
  const rnd = random(0x9e3779b9 ^ Math.imul(k + 1, 0x85ebca6b));
  const writer = 1 + Math.min(writers - 1, Math.floor(writers * rnd() ** 2));
  const e = Math.floor(rnd() * events.length);
  const event = events[e] as SeedEvent;
  const length = event.days.length;
  const first = 1 + Math.floor(rnd() * length);
  const span = rnd() < 0.8 ? 1 : rnd() < 0.75 ? 2 : 3;
  const fills: SeedPiece['fills'] = [];
  for (let day = first; day < first + span && day <= length; day++) {
    const count = event.days[day - 1]?.prompts.length ?? 1;
    fills.push({ event: e, day, prompts: rnd() < 0.9 ? [1 + Math.floor(rnd() * count)] : [] });
  }
  if (rnd() < 0.03) {
    const other = (e + 1 + Math.floor(rnd() * (events.length - 1))) % events.length;
    fills.push({
      event: other,
      day: 1 + Math.floor(rnd() * (events[other]?.days.length ?? 31)),
      prompts: [],
    });
  }
  const s = rnd();
  const status = s < 0.85 ? 'posted' : s < 0.95 ? 'drafting' : 'planned';
  const lateness = rnd() < 0.7 ? 0 : rnd() < 0.67 ? 1 + Math.floor(rnd() * 3) : 4 + Math.floor(rnd() * 17);
  const dayDate = event.days[first - 1]?.date ?? event.firstDay;
  const postedOn = status === 'posted' ? plusDays(dayDate, lateness) : null;
  const hour = String(Math.floor(rnd() * 24)).padStart(2, '0');
  const minute = String(Math.floor(rnd() * 60)).padStart(2, '0');
  const fandomCount = rnd() < 0.75 ? 1 : rnd() < 0.8 ? 2 : 3;
  const fandoms = [...new Set(Array.from({ length: fandomCount }, () => pick(FANDOMS, rnd() ** 2)))];
  const title = `${pick(ADJECTIVES, rnd())} ${pick(NOUNS, rnd())}`;
  return {
    writer,
    title: rnd() < 0.2 ? `${title} (part ${2 + Math.floor(rnd() * 4)})` : title,
    url: status === 'posted' ? `https://archiveofourown.org/works/${40_000_000 + k}` : null,
    words: Math.round(100 * 200 ** rnd()),
    rating: pick(RATINGS, rnd()),
    summary: `${event.name}, day ${first}: ${pick(THINGS, rnd())}.`,
    notes: rnd() < 0.1 ? 'Written on the train.' : '',
    status,
    postedOn,
    createdAt: `${postedOn ?? dayDate}T${hour}:${minute}:00.000Z`,
    fandoms,
    fills,
  };
}
