import { describe, expect, it } from 'vitest';
import {
  type CardSize,
  dealCard,
  dealWithSeed,
  nextSeed,
  randomStream,
  squaresNeeded,
} from '../../src/domain/bingo.ts';
import { avoids, squickFilter } from '../../src/domain/squick.ts';

const pool = (n: number) => Array.from({ length: n }, (_, i) => `Prompt ${i + 1}`);
const NOTHING = () => false;
const base = { seed: 42, size: 5 as CardSize, freeCentre: false, pool: pool(30), hides: NOTHING };

describe('randomStream', () => {
  it('gives the same numbers from the same seed, others from another', () => {
    const a = randomStream(7);
    const b = randomStream(7);
    const c = randomStream(8);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect([c(), c(), c()]).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('dealing', () => {
  it.each([
    [3, false, 9],
    [3, true, 8],
    [4, false, 16],
    [4, true, 16], // a 4×4 card has no centre square
    [5, false, 25],
    [5, true, 24],
  ] as const)('a %i×%i card (free centre %s) takes %i prompts', (size, freeCentre, need) => {
    expect(squaresNeeded(size, freeCentre)).toBe(need);
    const deal = dealCard({ ...base, size, freeCentre, taken: new Set() });
    expect(deal.squares).toHaveLength(size * size);
    const prompts = deal.squares.filter((s) => !s.free).map((s) => s.prompt);
    expect(prompts).toHaveLength(need);
    expect(new Set(prompts).size).toBe(need);
    const centre = deal.squares.find((s) => s.free);
    if (freeCentre && size % 2 === 1)
      expect(centre).toMatchObject({ row: 3 - (5 - size) / 2, col: 3 - (5 - size) / 2, prompt: null });
    else expect(centre).toBeUndefined();
    expect(deal.squares.map((s) => [s.row, s.col])).toEqual(
      Array.from({ length: size * size }, (_, i) => [Math.floor(i / size) + 1, (i % size) + 1]),
    );
  });

  it('is reproducible from its stored seed', () => {
    const deal = dealCard({ ...base, taken: new Set() });
    expect(dealWithSeed({ ...base, seed: deal.seed })).toEqual({
      seed: deal.seed,
      squares: deal.squares,
      layout: deal.layout,
      hiddenDealt: 0,
    });
    expect(dealWithSeed({ ...base, seed: 43 }).layout).not.toBe(deal.layout);
  });

  it('deals another layout when the seed’s card is already dealt in the event', () => {
    const first = dealCard({ ...base, taken: new Set() });
    const second = dealCard({ ...base, taken: new Set([first.layout]) });
    expect(second.unique).toBe(true);
    expect(second.layout).not.toBe(first.layout);
    expect(second.seed).toBe(nextSeed(base.seed));
  });

  it('keeps forty cards of one event apart, from the same starting seed', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const deal = dealCard({ ...base, size: 3, pool: pool(9), taken });
      expect(deal.unique).toBe(true);
      taken.add(deal.layout);
    }
    expect(taken.size).toBe(40);
  });

  it('accepts a repeat, marked, when the pool allows no other card', () => {
    // A 3×3 card with a free centre from 8 prompts has 8! layouts; try only 2 seeds, both taken.
    const input = { ...base, size: 3 as CardSize, freeCentre: true, pool: pool(8), tries: 2 };
    const a = dealWithSeed(input);
    const b = dealWithSeed({ ...input, seed: nextSeed(input.seed) });
    const c = dealWithSeed({ ...input, seed: nextSeed(nextSeed(input.seed)) });
    const deal = dealCard({ ...input, taken: new Set([a.layout, b.layout, c.layout]) });
    expect(deal).toMatchObject({ unique: false, layout: a.layout, seed: input.seed });
  });

  it('never deals the writer’s hidden prompts when the pool has enough others', () => {
    const prompts = [...pool(25), 'Spiders', 'Drowning', 'Blood in the water'];
    const filter = squickFilter('spider\ndrown*\nblood');
    for (let seed = 1; seed <= 30; seed++) {
      const deal = dealCard({
        ...base,
        seed,
        pool: prompts,
        hides: (p) => avoids(filter, p),
        taken: new Set(),
      });
      expect(deal.hiddenDealt).toBe(0);
      expect(deal.squares.map((s) => s.prompt)).not.toContain('Spiders');
      expect(deal.squares.some((s) => s.hidden)).toBe(false);
    }
  });

  it('deals hidden prompts only as far as the pool is too small, and says how many', () => {
    const prompts = [...pool(23), 'Spiders', 'Drowning', 'Blood'];
    const filter = squickFilter('spider\ndrown*\nblood');
    const deal = dealCard({ ...base, pool: prompts, hides: (p) => avoids(filter, p), taken: new Set() });
    expect(deal.hiddenDealt).toBe(2);
    expect(deal.squares.filter((s) => s.hidden)).toHaveLength(2);
    expect(
      deal.squares
        .filter((s) => !s.hidden)
        .map((s) => s.prompt)
        .sort(),
    ).toEqual(pool(23).sort());
  });
});
