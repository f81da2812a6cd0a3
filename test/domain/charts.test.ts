import { describe, expect, it } from 'vitest';
import { eventDates } from '../../src/domain/calendar.ts';
import { barList, columnChart, cumulativeChart, niceCeiling } from '../../src/domain/charts.ts';
import { heatLevel, yearHeatmap } from '../../src/domain/heatmap.ts';

const october = (values: number[]) =>
  eventDates('2025-10-01', values.length).map((date, i) => ({ date, value: values[i] ?? 0 }));

describe('axis bounds', () => {
  it.each([
    [0, 1],
    [1, 1],
    [7, 10],
    [14_200, 20_000],
    [21_000, 25_000],
    [50_000, 50_000],
    [50_001, 100_000],
  ])('niceCeiling(%d) = %d', (max, expected) => {
    expect(niceCeiling(max)).toBe(expected);
  });
});

describe('cumulative words', () => {
  it('sums the days up to today and draws the par line to the goal on the last day', () => {
    const chart = cumulativeChart(october([100, 0, 300, 500]), '2025-10-03', 1000);
    expect(chart.rows).toEqual([
      { date: '2025-10-01', words: 100, total: 100, par: 250 },
      { date: '2025-10-02', words: 0, total: 100, par: 500 },
      { date: '2025-10-03', words: 300, total: 400, par: 750 },
      { date: '2025-10-04', words: 500, total: null, par: 1000 },
    ]);
    // From 0 at the start, three points drawn (today is the last), the par line from 0 to the goal at the top of the plot.
    expect(chart.line.match(/[ML]/g)).toEqual(['M', 'L', 'L', 'L']);
    const { left, top, width, height } = chart.plot;
    expect(chart.par).toBe(`M${left} ${top + height} L${left + width} ${top}`);
  });

  it('draws a line and a point from the first day', () => {
    const chart = cumulativeChart(october([700, 0, 0]), '2025-10-01', null);
    const { left, top, height } = chart.plot;
    expect(chart.line).toMatch(new RegExp(`^M${left} ${top + height} L[\\d.]+ [\\d.]+$`));
    expect(chart.point).toEqual({ x: expect.any(Number), y: expect.any(Number) });
    expect(chart.point?.x).toBeGreaterThan(left);
  });

  it('has no line before the period starts and no par line without a goal', () => {
    const chart = cumulativeChart(october([0, 0]), '2025-09-30', null);
    expect(chart.line).toBe('');
    expect(chart.par).toBeNull();
  });
});

describe('words per day', () => {
  it('draws one column per date, the tallest reaching the rounded top', () => {
    const chart = columnChart(october([0, 50, 100]));
    expect(chart.bars.map((b) => b.height)).toEqual([0, chart.plot.height / 2, chart.plot.height]);
    expect(chart.bars[2]?.y).toBe(chart.plot.top);
  });
});

describe('bars per event and per fandom', () => {
  it('scales bars to the largest whole', () => {
    const list = barList([
      { label: 'Whumptober', value: 31, of: 31 },
      { label: 'Fictober', value: 10, of: 31 },
    ]);
    expect(list.rows[0]?.width).toBe(list.rows[0]?.track);
    expect(list.rows[1]?.track).toBe(list.rows[0]?.track);
    expect(list.rows[1]?.width).toBeCloseTo(((list.rows[0]?.width ?? 0) * 10) / 31, 0);
  });
});

describe('the year heatmap', () => {
  it.each([
    // A Thursday with weeks starting Monday: 52 full weeks before, 4 days of this week.
    ['2025-10-02', 1, '2024-09-30', 52 * 7 + 4],
    // The same day with weeks starting Sunday.
    ['2025-10-02', 7, '2024-09-29', 52 * 7 + 5],
    // A Monday: the last column holds one day.
    ['2025-10-06', 1, '2024-10-07', 52 * 7 + 1],
    // A Sunday with Monday weeks: 53 full weeks.
    ['2025-10-05', 1, '2024-09-30', 53 * 7],
  ])('ending %s (week start %i) starts on %s with %i days', (today, weekStart, first, cells) => {
    const h = yearHeatmap(today, new Map(), weekStart);
    expect(h.first).toBe(first);
    expect(h.cells).toHaveLength(cells);
    expect(h.cells.at(-1)?.date).toBe(today);
    expect(Math.max(...h.cells.map((c) => c.col))).toBe(52);
    expect(h.cells.every((c) => c.row >= 0 && c.row < 7)).toBe(true);
  });

  it('shades days by words against the busiest day, and counts months', () => {
    const activity = new Map([
      ['2025-10-01', { words: 1000, fills: 1 }],
      ['2025-10-02', { words: 100, fills: 0 }],
      ['2025-09-15', { words: 0, fills: 1 }],
    ]);
    const h = yearHeatmap('2025-10-02', activity, 1);
    const level = (date: string) => h.cells.find((c) => c.date === date)?.level;
    expect([level('2025-10-01'), level('2025-10-02'), level('2025-09-15'), level('2025-09-16')]).toEqual([
      4, 1, 1, 0,
    ]);
    expect(h.activeDays).toBe(3);
    expect(h.words).toBe(1100);
    expect(h.byMonth.at(-1)).toEqual({
      month: '2025-10',
      label: 'October 2025',
      activeDays: 2,
      words: 1100,
      fills: 1,
    });
    expect(heatLevel({ words: 500, fills: 0 }, 1000)).toBe(2);
  });
});
