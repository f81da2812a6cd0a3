import { describe, expect, it } from 'vitest';
import { barList, columnChart, cumulativeChart, dayMonth, niceCeiling } from '../../src/domain/charts.ts';

/** `values` on consecutive October 2025 dates from the 1st. */
const october = (values: number[]) =>
  values.map((value, i) => ({ date: `2025-10-${String(i + 1).padStart(2, '0')}`, value }));

const PLOT = { left: 64, top: 20, width: 560, height: 186 };

const THOUSAND_TICKS = [
  { at: 206, label: '0' },
  { at: 159.5, label: '250' },
  { at: 113, label: '500' },
  { at: 66.5, label: '750' },
  { at: 20, label: '1K' },
];

describe('dayMonth', () => {
  it.each([
    ['2025-10-02', '2 Oct'],
    ['2025-01-31', '31 Jan'],
    ['2025-12-09', '9 Dec'],
    ['2028-02-29', '29 Feb'],
  ])('%s is %s', (date, label) => {
    expect(dayMonth(date)).toBe(label);
  });
});

describe('niceCeiling at each step', () => {
  it.each([
    [-5, 1],
    [0.5, 0.5],
    [2, 2],
    [2.1, 2.5],
    [2.5, 2.5],
    [2.6, 5],
    [5.1, 10],
    [10, 10],
    [11, 20],
  ])('niceCeiling(%d) = %d', (max, expected) => {
    expect(niceCeiling(max)).toBe(expected);
  });
});

describe('cumulativeChart, exactly', () => {
  it('draws the line, the point, the par line and both axes', () => {
    expect(cumulativeChart(october([100, 0, 300, 500]), '2025-10-03', 1000)).toEqual({
      width: 640,
      height: 240,
      plot: PLOT,
      line: 'M64 206 L204 187.4 L344 187.4 L484 131.6',
      point: { x: 484, y: 131.6 },
      par: 'M64 206 L624 20',
      rows: [
        { date: '2025-10-01', words: 100, total: 100, par: 250 },
        { date: '2025-10-02', words: 0, total: 100, par: 500 },
        { date: '2025-10-03', words: 300, total: 400, par: 750 },
        { date: '2025-10-04', words: 500, total: null, par: 1000 },
      ],
      // The last slot's label ends at the plot's right edge instead of being cut off.
      xTicks: [
        { at: 204, label: '1 Oct', anchor: 'middle' },
        { at: 344, label: '2 Oct', anchor: 'middle' },
        { at: 484, label: '3 Oct', anchor: 'middle' },
        { at: 624, label: '4 Oct', anchor: 'end' },
      ],
      yTicks: THOUSAND_TICKS,
    });
  });

  it('has no line, point nor par before the period starts without a goal', () => {
    const chart = cumulativeChart(october([0, 0]), '2025-09-30', null);
    expect([chart.line, chart.point, chart.par]).toEqual(['', null, null]);
    expect(chart.rows).toEqual([
      { date: '2025-10-01', words: 0, total: null, par: null },
      { date: '2025-10-02', words: 0, total: null, par: null },
    ]);
  });

  it('labels every other date of seven', () => {
    expect(cumulativeChart(october([1, 1, 1, 1, 1, 1, 1]), '2025-10-07', null).xTicks).toEqual([
      { at: 144, label: '1 Oct', anchor: 'middle' },
      { at: 304, label: '3 Oct', anchor: 'middle' },
      { at: 464, label: '5 Oct', anchor: 'middle' },
      { at: 624, label: '7 Oct', anchor: 'end' },
    ]);
  });

  it('labels every third date of fourteen; one exactly 40 units from the edge stays centred', () => {
    expect(cumulativeChart(october(new Array(14).fill(10)), '2025-10-14', null).xTicks).toEqual([
      { at: 104, label: '1 Oct', anchor: 'middle' },
      { at: 224, label: '4 Oct', anchor: 'middle' },
      { at: 344, label: '7 Oct', anchor: 'middle' },
      { at: 464, label: '10 Oct', anchor: 'middle' },
      { at: 584, label: '13 Oct', anchor: 'middle' },
    ]);
  });

  it('labels six of 31 days', () => {
    const labels = cumulativeChart(october(new Array(31).fill(1)), '2025-10-31', null).xTicks.map(
      (t) => t.label,
    );
    expect(labels).toEqual(['1 Oct', '7 Oct', '13 Oct', '19 Oct', '25 Oct', '31 Oct']);
  });
});

describe('columnChart, exactly', () => {
  it('places each bar in the middle of its slot', () => {
    expect(columnChart(october([0, 50, 100]))).toEqual({
      width: 640,
      height: 240,
      plot: PLOT,
      bars: [
        { date: '2025-10-01', value: 0, x: 92, y: 206, width: 130.7, height: 0 },
        { date: '2025-10-02', value: 50, x: 278.7, y: 113, width: 130.7, height: 93 },
        { date: '2025-10-03', value: 100, x: 465.4, y: 20, width: 130.7, height: 186 },
      ],
      xTicks: [
        { at: 157.3, label: '1 Oct', anchor: 'middle' },
        { at: 344, label: '2 Oct', anchor: 'middle' },
        { at: 530.7, label: '3 Oct', anchor: 'middle' },
      ],
      yTicks: [
        { at: 206, label: '0' },
        { at: 159.5, label: '25' },
        { at: 113, label: '50' },
        { at: 66.5, label: '75' },
        { at: 20, label: '100' },
      ],
    });
  });

  it('labels every other column of seven, the last 40 units from the edge centred', () => {
    const chart = columnChart(october([100, 200, 300, 400, 500, 600, 1000]));
    expect(chart.xTicks).toEqual([
      { at: 104, label: '1 Oct', anchor: 'middle' },
      { at: 264, label: '3 Oct', anchor: 'middle' },
      { at: 424, label: '5 Oct', anchor: 'middle' },
      { at: 584, label: '7 Oct', anchor: 'middle' },
    ]);
    expect(chart.bars.map((b) => [b.x, b.width])).toEqual([
      [76, 56],
      [156, 56],
      [236, 56],
      [316, 56],
      [396, 56],
      [476, 56],
      [556, 56],
    ]);
    expect(chart.yTicks).toEqual(THOUSAND_TICKS);
  });

  it('keeps bars at least one unit wide', () => {
    const bars = columnChart(october(new Array(800).fill(1))).bars;
    expect(bars[0]).toEqual({ date: '2025-10-01', value: 1, x: 63.9, y: 20, width: 1, height: 186 });
    expect(bars[799]?.x).toBe(623.2);
  });

  it('has no bars and no date labels for no dates', () => {
    const chart = columnChart([]);
    expect([chart.bars, chart.xTicks]).toEqual([[], []]);
  });
});

describe('barList, exactly', () => {
  it('scales rows to the largest value or whole and stacks them 24 units apart', () => {
    expect(
      barList([
        { label: 'Whumptober', value: 31, of: 31 },
        { label: 'Fictober', value: 10, of: 31 },
        { label: 'Solo', value: 5 },
      ]),
    ).toEqual({
      width: 640,
      height: 80,
      labelWidth: 200,
      rows: [
        { label: 'Whumptober', value: 31, of: 31, y: 4, width: 360, track: 360 },
        { label: 'Fictober', value: 10, of: 31, y: 28, width: 116.1, track: 360 },
        { label: 'Solo', value: 5, of: null, y: 52, width: 58.1, track: 58.1 },
      ],
    });
  });

  it('scales to the whole when it is larger than every value', () => {
    expect(barList([{ label: 'Fictober', value: 10, of: 31 }]).rows).toEqual([
      { label: 'Fictober', value: 10, of: 31, y: 4, width: 116.1, track: 360 },
    ]);
  });

  it('scales to the value when it passes the whole, and without one', () => {
    expect(barList([{ label: 'Over', value: 40, of: 31 }]).rows[0]).toMatchObject({ width: 360, track: 279 });
    expect(barList([{ label: 'Solo', value: 12 }]).rows[0]).toMatchObject({
      width: 360,
      track: 360,
      of: null,
    });
  });

  it('keeps one row of height for no rows', () => {
    expect(barList([])).toEqual({ width: 640, height: 32, labelWidth: 200, rows: [] });
  });
});
