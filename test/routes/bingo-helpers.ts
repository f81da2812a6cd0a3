import { expect } from 'vitest';
import { testApp } from '../helpers.ts';
import { writerSetup } from './progress-helpers.ts';

/** A bingo event in the open format: 3×3 with a free centre, a pool of 12, every rule set. */
export const BINGO = {
  kind: 'bingo',
  slug: 'whump-bingo',
  name: 'Whump Bingo',
  description: 'Bad things happen, on a card.',
  opens: '2025-10-01',
  closes: '2025-12-31',
  card_size: 3,
  free_centre: true,
  pool: [
    'Kidnapping',
    'Fever',
    'Broken bones',
    'Hypothermia',
    'Blood loss',
    'Poison',
    'Concussion',
    'Drowning',
    'Captivity',
    'Exhaustion',
    'Spiders',
    'Stitches',
  ],
  rules: { min_words: 500, max_squares_per_piece: 2, reroll: true },
};

/** A test app with ann (who creates the bingo event) and bob, each with a token; the event is made. */
export async function bingoApp(event: Record<string, unknown> = BINGO) {
  const t = testApp();
  const ann = await writerSetup(t, 'ann');
  const bob = await writerSetup(t, 'bob');
  const res = await ann.api.post('/events', event);
  expect(res.status, await res.clone().text()).toBe(201);
  return { ...t, ann, bob };
}

/** A card as the API answers it. */
export type CardAnswer = {
  size: number;
  free_centre: boolean;
  squares: { row: number; col: number; prompt: string | null; free: boolean; pieces: number[] }[];
  lines: { kind: string; n: number }[];
  blackout: boolean;
};
