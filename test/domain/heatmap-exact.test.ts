import { DateTime, Settings, type Zone } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DayActivity, heatLevel, yearHeatmap } from '../../src/domain/heatmap.ts';

const NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Month labels in order from `from` (a 0-based month), at the given columns. */
const labels = (from: number, cols: number[]) =>
  cols.map((col, i) => ({ label: NAMES[(from + i) % 12], col }));

describe('heatLevel', () => {
  it.each([
    [{ words: 0, fills: 0 }, 1000, 0],
    [{ words: 0, fills: 0 }, 0, 0],
    // Fills without words, when no day has words: the lightest shade, not a division by zero.
    [{ words: 0, fills: 1 }, 0, 1],
    [{ words: 0, fills: 3 }, 1000, 1],
    [{ words: 1, fills: 0 }, 1000, 1],
    [{ words: 250, fills: 0 }, 1000, 1],
    [{ words: 251, fills: 0 }, 1000, 2],
    [{ words: 500, fills: 0 }, 1000, 2],
    [{ words: 501, fills: 0 }, 1000, 3],
    [{ words: 750, fills: 0 }, 1000, 3],
    [{ words: 751, fills: 0 }, 1000, 4],
    [{ words: 1000, fills: 0 }, 1000, 4],
    [{ words: 5000, fills: 0 }, 1000, 4],
  ])('%o against %i is %i', (activity, max, level) => {
    expect(heatLevel(activity, max)).toBe(level);
  });
});

describe('yearHeatmap months and weekdays', () => {
  it.each([
    // The first column (2024-09-02) is four columns before October's: both are labelled.
    ['2025-09-01', 1, '2024-09-02', labels(8, [0, 4, 8, 12, 17, 21, 25, 30, 34, 38, 43, 47, 52])],
    // Three columns apart is enough room.
    ['2025-09-08', 1, '2024-09-09', labels(8, [0, 3, 7, 11, 16, 20, 24, 29, 33, 37, 42, 46, 51])],
    // Two columns apart is not: October replaces September.
    ['2025-09-15', 1, '2024-09-16', labels(9, [2, 6, 10, 15, 19, 23, 28, 32, 36, 41, 45, 50])],
    // The first cell is a 1st: labelled once.
    ['2025-09-30', 2, '2024-10-01', labels(9, [0, 4, 8, 13, 17, 21, 26, 30, 34, 39, 43, 47])],
    // October starts in the first column, two days after the first cell.
    ['2025-10-02', 7, '2024-09-29', labels(9, [0, 4, 9, 13, 17, 21, 26, 30, 35, 39, 43, 48, 52])],
  ])('ending %s (week start %i) starts on %s, months at their columns', (today, weekStart, first, months) => {
    const h = yearHeatmap(today, new Map(), weekStart);
    expect(h.first).toBe(first);
    expect(h.months).toEqual(months);
  });

  it.each([
    [1, ['Tue', 'Thu', 'Sat']],
    [2, ['Wed', 'Fri', 'Sun']],
    [3, ['Thu', 'Sat', 'Mon']],
    [7, ['Mon', 'Wed', 'Fri']],
  ])('names rows 1, 3 and 5 for week start %i', (weekStart, names) => {
    expect(yearHeatmap('2025-10-02', new Map(), weekStart).weekdays).toEqual([
      { label: names[0], row: 1 },
      { label: names[1], row: 3 },
      { label: names[2], row: 5 },
    ]);
  });
});

describe('yearHeatmap totals', () => {
  const activity = new Map<string, DayActivity>([
    // The day before the first cell and the day after today are outside the year shown.
    ['2024-09-01', { words: 999, fills: 9 }],
    ['2024-09-02', { words: 0, fills: 2 }],
    ['2024-09-30', { words: 200, fills: 0 }],
    ['2024-12-25', { words: 0, fills: 0 }],
    ['2025-02-14', { words: 800, fills: 1 }],
    ['2025-09-01', { words: 400, fills: 1 }],
    ['2025-09-02', { words: 5000, fills: 1 }],
  ]);
  const h = yearHeatmap('2025-09-01', activity, 1);

  it('places and shades each day', () => {
    expect(h.cells).toHaveLength(365);
    expect(h.cells.filter((c) => activity.has(c.date))).toEqual([
      { date: '2024-09-02', col: 0, row: 0, words: 0, fills: 2, level: 1 },
      { date: '2024-09-30', col: 4, row: 0, words: 200, fills: 0, level: 1 },
      { date: '2024-12-25', col: 16, row: 2, words: 0, fills: 0, level: 0 },
      { date: '2025-02-14', col: 23, row: 4, words: 800, fills: 1, level: 4 },
      { date: '2025-09-01', col: 52, row: 0, words: 400, fills: 1, level: 2 },
    ]);
    expect(h.cells[1]).toEqual({ date: '2024-09-03', col: 0, row: 1, words: 0, fills: 0, level: 0 });
  });

  it('adds up the year', () => {
    expect([h.weeks, h.first, h.last, h.activeDays, h.words, h.fills]).toEqual([
      53,
      '2024-09-02',
      '2025-09-01',
      4,
      1400,
      4,
    ]);
  });

  it('adds up each month, September 2024 to September 2025', () => {
    const quiet = (month: string, label: string) => ({ month, label, activeDays: 0, words: 0, fills: 0 });
    expect(h.byMonth).toEqual([
      { month: '2024-09', label: 'September 2024', activeDays: 2, words: 200, fills: 2 },
      quiet('2024-10', 'October 2024'),
      quiet('2024-11', 'November 2024'),
      quiet('2024-12', 'December 2024'),
      quiet('2025-01', 'January 2025'),
      { month: '2025-02', label: 'February 2025', activeDays: 1, words: 800, fills: 1 },
      quiet('2025-03', 'March 2025'),
      quiet('2025-04', 'April 2025'),
      quiet('2025-05', 'May 2025'),
      quiet('2025-06', 'June 2025'),
      quiet('2025-07', 'July 2025'),
      quiet('2025-08', 'August 2025'),
      { month: '2025-09', label: 'September 2025', activeDays: 1, words: 400, fills: 1 },
    ]);
  });

  it('shades fills alone when no day has words', () => {
    const only = yearHeatmap('2025-09-01', new Map([['2025-08-31', { words: 0, fills: 1 }]]), 1);
    expect(only.cells.at(-2)).toEqual({ date: '2025-08-31', col: 51, row: 6, words: 0, fills: 1, level: 1 });
    expect([only.activeDays, only.words, only.fills]).toEqual([1, 0, 1]);
  });
});

describe('yearHeatmap under a default zone luxon cannot use', () => {
  let machineZone: Zone;
  beforeAll(() => {
    machineZone = Settings.defaultZone;
    Settings.defaultZone = 'Mars/Olympus_Mons';
  });
  afterAll(() => {
    Settings.defaultZone = machineZone;
  });

  it('lays out, names and totals as anywhere else', () => {
    expect(DateTime.fromISO('2025-10-02').isValid).toBe(false);
    const h = yearHeatmap('2025-10-02', new Map([['2025-10-01', { words: 10, fills: 1 }]]), 1);
    expect(h.first).toBe('2024-09-30');
    expect(h.weekdays.map((w) => w.label)).toEqual(['Tue', 'Thu', 'Sat']);
    expect(h.byMonth.at(-1)).toEqual({
      month: '2025-10',
      label: 'October 2025',
      activeDays: 1,
      words: 10,
      fills: 1,
    });
  });
});
