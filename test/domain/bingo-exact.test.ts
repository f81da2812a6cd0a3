import { describe, expect, it } from 'vitest';
import {
  CARD_SIZES,
  type CardSize,
  dealCard,
  dealWithSeed,
  hasCentre,
  nextSeed,
  randomStream,
  squaresNeeded,
} from '../../src/domain/bingo.ts';

const POOL = Array.from({ length: 10 }, (_, i) => `P${i}`);
const sq = (row: number, col: number, pool: number | null, hidden = false) => ({
  row,
  col,
  free: pool === null,
  pool,
  prompt: pool === null ? null : `P${pool}`,
  hidden,
});

describe('card shapes', () => {
  it.each<[CardSize, boolean, boolean, number]>([
    [3, true, true, 8],
    [3, false, false, 9],
    [4, true, false, 16],
    [4, false, false, 16],
    [5, true, true, 24],
    [5, false, false, 25],
  ])('size %i, free centre asked %s: centre %s, %i prompts', (size, free, centre, need) => {
    expect(hasCentre(size, free)).toBe(centre);
    expect(squaresNeeded(size, free)).toBe(need);
  });

  it('comes in three sizes', () => {
    expect(CARD_SIZES).toEqual([3, 4, 5]);
  });
});

describe('randomStream (mulberry32) and nextSeed', () => {
  it('gives the reference numbers', () => {
    const zero = randomStream(0);
    expect([zero(), zero(), zero()]).toEqual([
      0.26642920868471265, 0.0003297457005828619, 0.2232720274478197,
    ]);
    const one = randomStream(1);
    expect([one(), one()]).toEqual([0.6270739405881613, 0.002735721180215478]);
  });

  it('reads a seed as 32 unsigned bits', () => {
    expect(randomStream(-1)()).toBe(0.8964226141106337);
    expect(randomStream(2 ** 32 - 1)()).toBe(0.8964226141106337);
    expect(randomStream(2 ** 32)()).toBe(randomStream(0)());
  });

  it.each([
    [0, 3238976084],
    [1, 992153577],
    [42, 3759066738],
    [0xffffffff, 3104136003],
  ])('nextSeed(%i) = %i', (seed, next) => {
    expect(nextSeed(seed)).toBe(next);
  });
});

describe('dealWithSeed: whole cards', () => {
  it('leaves hidden prompts out when the pool has enough others', () => {
    const hides = (p: string) => p === 'P3' || p === 'P7';
    expect(dealWithSeed({ seed: 42, size: 3, freeCentre: true, pool: POOL, hides })).toEqual({
      seed: 42,
      squares: [
        sq(1, 1, 6),
        sq(1, 2, 5),
        sq(1, 3, 2),
        sq(2, 1, 1),
        sq(2, 2, null),
        sq(2, 3, 8),
        sq(3, 1, 9),
        sq(3, 2, 0),
        sq(3, 3, 4),
      ],
      layout: '6,5,2,1,-,8,9,0,4',
      hiddenDealt: 0,
    });
  });

  it('deals a hidden prompt when the pool is too small, and counts it', () => {
    const hides = (p: string) => p === 'P3';
    expect(dealWithSeed({ seed: 42, size: 3, freeCentre: false, pool: POOL.slice(0, 9), hides })).toEqual({
      seed: 42,
      squares: [
        sq(1, 1, 3, true),
        sq(1, 2, 5),
        sq(1, 3, 2),
        sq(2, 1, 1),
        sq(2, 2, 7),
        sq(2, 3, 8),
        sq(3, 1, 0),
        sq(3, 2, 4),
        sq(3, 3, 6),
      ],
      layout: '3,5,2,1,7,8,0,4,6',
      hiddenDealt: 1,
    });
  });
});

describe('dealCard: the chain of seeds', () => {
  const input = { seed: 42, size: 3 as CardSize, freeCentre: false, pool: POOL, hides: () => false };
  const chain = (n: number) => {
    const seeds = [42];
    while (seeds.length < n) seeds.push(nextSeed(seeds[seeds.length - 1] as number));
    return seeds.map((seed) => dealWithSeed({ ...input, seed }));
  };

  it('deals the seed’s own card when no one has it', () => {
    const [first] = chain(1);
    expect(dealCard({ ...input, taken: new Set() })).toEqual({ ...first, unique: true });
  });

  it('moves on to the next seed when the card is taken, within the tries', () => {
    const [first, second] = chain(2);
    const taken = new Set([first?.layout as string]);
    expect(dealCard({ ...input, taken, tries: 2 })).toEqual({ ...second, unique: true });
    expect(dealCard({ ...input, taken, tries: 1 })).toEqual({ ...first, unique: false });
  });

  it('tries 64 seeds by default, then accepts the first card, marked', () => {
    const cards = chain(65);
    const layouts = cards.map((c) => c.layout);
    expect(dealCard({ ...input, taken: new Set(layouts.slice(0, 63)) })).toEqual({
      ...cards[63],
      unique: true,
    });
    expect(dealCard({ ...input, taken: new Set(layouts.slice(0, 64)) })).toEqual({
      ...cards[0],
      unique: false,
    });
  });
});
