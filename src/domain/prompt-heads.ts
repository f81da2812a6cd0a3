import type { DateLabel, Family } from './prompt-labels.ts';
import type { Line } from './prompt-lines.ts';

/** Which labels a reading takes as its days: numbers of one family (or of any but `spaced`), or dates. */
export type HeadKind = { kind: 'number'; family?: Family } | { kind: 'date' };
/** The lines chosen as days, in order, and what is wrong with their numbering. */
export type Heads = {
  heads: number[];
  errors: string[];
  dates?: { month: number; day: number; year?: number }[];
};

/** The lines of `kind` that are free (not in a pool, a note or noise). */
export function candidates(lines: Line[], free: (i: number) => boolean, kind: HeadKind): number[] {
  const out: number[] = [];
  for (const l of lines) {
    if (!free(l.index) || l.quote || l.range) continue;
    if (kind.kind === 'date' ? l.date && l.num?.family !== 'spaced' : matches(l, kind.family))
      out.push(l.index);
  }
  return out;
}

const matches = (l: Line, family: Family | undefined) =>
  l.num !== undefined && (family === undefined ? l.num.family !== 'spaced' : l.num.family === family);

/**
 * The numbered days among `heads`: numbering that starts again at 1 is another list (numbered rules,
 * steps); the longest is the days. Two lists next to each other, or as long as each other, are refused.
 */
export function numberedHeads(lines: Line[], heads: number[], taken: (i: number) => boolean): Heads {
  const runs: number[][] = [];
  const n = (i: number) => lines[i]!.num!.n;
  let counted = false;
  for (const i of heads) {
    const run = runs.at(-1);
    if (run && !(n(i) === 1 && counted)) run.push(i);
    else {
      runs.push([i]);
      counted = false;
    }
    counted ||= n(i) >= 1;
  }
  if (runs.length === 0) return { heads: [], errors: [] };
  const chosen = runs.reduce((a, r) => (r.length > a.length ? r : a));
  const at = runs.indexOf(chosen);
  const no = (i: number) => lines[i]!.index + 1;
  // Only the lists on either side can touch the days; any other as long as them is a second list.
  for (const k of [at - 1, at + 1]) {
    const run = runs[k];
    if (!run) continue;
    const [a, b] = k < at ? [run, chosen] : [chosen, run];
    const between = lines.slice(a.at(-1)! + 1, b[0]!);
    if (!between.some((l) => l.text !== '' && !taken(l.index)))
      return { heads: chosen, errors: [`Day 1 appears twice (lines ${no(a[0]!)} and ${no(b[0]!)}).`] };
  }
  const twin = runs.find((r) => r !== chosen && r.length === chosen.length);
  if (twin) {
    const [a, b] = runs.indexOf(twin) < at ? [twin, chosen] : [chosen, twin];
    const message = `The list numbers its days from 1 twice (lines ${no(a[0]!)} and ${no(b[0]!)}); paste one list at a time.`;
    return { heads: chosen, errors: [message] };
  }
  return { heads: chosen, errors: numberingErrors(chosen.map((i) => ({ n: n(i), no: no(i) }))) };
}

/** Day 0, days twice, days out of order, and missing days. */
function numberingErrors(days: { n: number; no: number }[]): string[] {
  if (days.length > 366) return [`The list has ${days.length} days; an event has at most 366.`];
  const errors: string[] = [];
  const seen = new Map<number, number>();
  let previous = 0;
  for (const { n, no } of days) {
    const twin = seen.get(n);
    if (n === 0) errors.push(`Day 0 is not a day (line ${no}); number the days from 1.`);
    else if (twin !== undefined) errors.push(`Day ${n} appears twice (lines ${twin} and ${no}).`);
    else if (n < previous)
      errors.push(`Day ${n} comes after day ${previous} (line ${no}); put the days in order.`);
    seen.set(n, no);
    previous = Math.max(previous, n);
  }
  if (previous > 366) return [`The list numbers days up to ${previous}; an event has at most 366.`];
  for (let n = 1; n <= previous; n++) if (!seen.has(n)) errors.push(`Day ${n} is missing.`);
  return errors;
}

/** "12/1" and "1/12": month first unless a first number passes 12, or the second numbers count the days. */
function slashOrder(labels: DateLabel[]): 'md' | 'dm' {
  const slashes = labels.flatMap((l) => (l.slash ? [l.slash] : []));
  if (slashes.some(([a]) => a > 12)) return 'dm';
  if (slashes.some(([, b]) => b > 12)) return 'md';
  let md = 0;
  let dm = 0;
  for (let k = 1; k < slashes.length; k++) {
    if (slashes[k]![1] === slashes[k - 1]![1] + 1) md++;
    if (slashes[k]![0] === slashes[k - 1]![0] + 1) dm++;
  }
  return dm > md ? 'dm' : 'md';
}

/** Month and day of each label, "12/1" read in the order the whole list implies. */
export function normalDates(labels: DateLabel[]): { month: number; day: number; year?: number }[] {
  const order = slashOrder(labels);
  return labels.map((l) => {
    const [month, day] = l.slash && order === 'dm' ? [l.slash[1], l.slash[0]] : [l.month, l.day];
    return { month, day, ...(l.year ? { year: l.year } : {}) };
  });
}

const DAYS_BEFORE = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335];
const ordinal = (d: { month: number; day: number }) => (DAYS_BEFORE[d.month - 1] ?? 0) + d.day;

/** Days from `a` to `b` in the same or the next year (a leap year's calendar; years are checked later). */
function gap(a: { month: number; day: number }, b: { month: number; day: number }): number {
  const d = ordinal(b) - ordinal(a);
  return d < -300 ? d + 366 : d;
}

/**
 * The dated days among `heads`: the longest chain of dates each within three days of the one before, so
 * that a date inside a prompt ("March 15 betrayal") is not taken for a day. Slips inside the chain (a
 * date twice, out of order, a day missing) are kept, for the checks to name.
 */
export function datedHeads(lines: Line[], heads: number[]): Heads {
  const dates = normalDates(heads.map((i) => lines[i]!.date!));
  let best: number[] = [];
  for (let s = 0; s < Math.min(5, dates.length); s++) {
    const chain = [s];
    for (let k = s + 1; k < dates.length; k++) {
      const d = gap(dates[chain.at(-1)!]!, dates[k]!);
      if (d >= -3 && d <= 3) chain.push(k);
    }
    if (chain.length > best.length) best = chain;
  }
  return {
    heads: best.map((k) => heads[k]!),
    errors: [],
    dates: best.map((k) => dates[k]!),
  };
}
