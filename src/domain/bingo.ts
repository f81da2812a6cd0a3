/** Card sizes a bingo event may have: 3×3, 4×4 or 5×5. */
export const CARD_SIZES = [3, 4, 5] as const;
/** A card's side: 3, 4 or 5 squares. */
export type CardSize = (typeof CARD_SIZES)[number];

/** One square as dealt: rows and columns from 1; `pool` is the prompt's index in the pool (null for the free centre). */
export type DealtSquare = {
  row: number;
  col: number;
  free: boolean;
  pool: number | null;
  prompt: string | null;
  /** The prompt is one the writer hides: dealt only because the pool was too small to avoid it. */
  hidden: boolean;
};

/** A dealt card: the seed that gives it, its squares in reading order, and how it was dealt. */
export type Deal = {
  seed: number;
  squares: DealtSquare[];
  /** The pool indices in reading order ("-" for the free centre): equal layouts are equal cards. */
  layout: string;
  /** Squares holding a prompt the writer hides (the pool was too small to leave them all out). */
  hiddenDealt: number;
  /** False when every layout tried was already dealt in the event. */
  unique: boolean;
};

/** What a deal needs: the seed, the card's shape, the pool, the writer's hidden prompts, the layouts already dealt. */
export type DealInput = {
  seed: number;
  size: CardSize;
  freeCentre: boolean;
  pool: readonly string[];
  hides: (prompt: string) => boolean;
  taken: ReadonlySet<string>;
  /** Seeds tried before a repeat is accepted. */
  tries?: number;
};

/** Whether the card has a free centre: only odd sizes have a centre. */
export const hasCentre = (size: CardSize, freeCentre: boolean) => freeCentre && size % 2 === 1;

/** How many prompts a card takes from the pool. */
export const squaresNeeded = (size: CardSize, freeCentre: boolean) =>
  size * size - (hasCentre(size, freeCentre) ? 1 : 0);

/** A reproducible stream of numbers in [0, 1) from a 32-bit seed (mulberry32). */
export function randomStream(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The card one seed gives: prompts the writer hides come last, and only when the pool runs out without them. */
export function dealWithSeed(input: Omit<DealInput, 'taken' | 'tries'>): Omit<Deal, 'unique'> {
  const { seed, size, freeCentre, pool, hides } = input;
  const next = randomStream(seed);
  const indices = pool.map((_, i) => i);
  const kept = shuffled(
    indices.filter((i) => !hides(pool[i] as string)),
    next,
  );
  const hidden = shuffled(
    indices.filter((i) => hides(pool[i] as string)),
    next,
  );
  const need = squaresNeeded(size, freeCentre);
  const chosen = shuffled([...kept, ...hidden].slice(0, need), next);
  const centre = hasCentre(size, freeCentre) ? Math.floor((size * size) / 2) : -1;
  const squares: DealtSquare[] = [];
  let k = 0;
  for (let at = 0; at < size * size; at++) {
    const row = Math.floor(at / size) + 1;
    const col = (at % size) + 1;
    const index = at === centre ? undefined : chosen[k++];
    const prompt = index === undefined ? null : (pool[index] as string);
    squares.push({
      row,
      col,
      free: at === centre,
      pool: index ?? null,
      prompt,
      hidden: prompt !== null && hides(prompt),
    });
  }
  const layout = squares.map((s) => (s.pool === null ? '-' : String(s.pool))).join(',');
  return { seed, squares, layout, hiddenDealt: squares.filter((s) => s.hidden).length };
}

/** The seed tried after `seed` when its card was already dealt. */
export const nextSeed = (seed: number) => (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + 1) >>> 0;

/**
 * Deals a card from `seed`: the first seed in its chain whose layout no one in the event has, or
 * (when `tries` seeds all repeat a card, as a pool with few layouts does) the first one, marked not unique.
 */
export function dealCard(input: DealInput): Deal {
  const { taken, tries = 64 } = input;
  const first = dealWithSeed(input);
  let seed = input.seed;
  for (let i = 0, deal = first; i < tries; i++) {
    if (!taken.has(deal.layout)) return { ...deal, unique: true };
    seed = nextSeed(seed);
    deal = dealWithSeed({ ...input, seed });
  }
  return { ...first, unique: false };
}
