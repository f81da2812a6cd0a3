import type { IsoDate } from './calendar.ts';

/** A value on a date, in date order. */
export type DatedValue = { date: IsoDate; value: number };

/** A labelled tick on an axis, at `at` (x or y in SVG units). */
export type Tick = { at: number; label: string; anchor?: 'start' | 'middle' | 'end' };

/** The drawing area inside a chart's margins, in SVG units. */
export type Plot = { left: number; top: number; width: number; height: number };

const SIZE = { width: 640, height: 240 };
// Margins that hold labels of 23 units too, the size a phone needs to show them at 12 CSS px.
const PLOT: Plot = { left: 64, top: 20, width: 640 - 64 - 16, height: 240 - 20 - 34 };

/** A round upper bound for an axis: 1, 2, 2.5 or 5 times a power of ten, at least `max`. */
export function niceCeiling(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

const short = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

function yTicks(top: number, plot: Plot): Tick[] {
  return [0, 1, 2, 3, 4].map((i) => ({
    at: plot.top + plot.height - (plot.height * i) / 4,
    label: short.format((top * i) / 4),
  }));
}

/**
 * About six date labels along the x axis ("1 Oct"), at the centres of their slots; one that
 * would reach past the plot's right edge ends there instead, so it is never cut off.
 */
function xTicks(dates: IsoDate[], xOf: (i: number) => number, right = PLOT.left + PLOT.width): Tick[] {
  const every = Math.max(1, Math.ceil(dates.length / 6));
  const ticks: Tick[] = [];
  dates.forEach((date, i) => {
    if (i % every !== 0) return;
    const at = xOf(i);
    ticks.push({ at, label: dayMonth(date), anchor: right - at < 40 ? 'end' : 'middle' });
  });
  return ticks;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2 Oct" for an ISO date. */
export function dayMonth(date: IsoDate): string {
  return `${Number(date.slice(8))} ${MONTHS[Number(date.slice(5, 7)) - 1]}`;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A line chart of cumulative words, with the par line of a words goal when there is one. */
export type LineChart = {
  width: number;
  height: number;
  plot: Plot;
  /** The SVG path of the writer's cumulative words (empty when no day has begun). */
  line: string;
  /** Where the latest total is drawn, as a dot (null when no day has begun). */
  point: { x: number; y: number } | null;
  /** The SVG path of the goal's par line, from 0 to the goal on the last day. */
  par: string | null;
  /** Each date with its words, cumulative words (null after `today`) and par. */
  rows: { date: IsoDate; words: number; total: number | null; par: number | null }[];
  xTicks: Tick[];
  yTicks: Tick[];
};

/** Cumulative words over `daily` (every date of the period, in order), drawn up to `today`. */
export function cumulativeChart(daily: DatedValue[], today: IsoDate, goal: number | null): LineChart {
  const n = daily.length;
  let sum = 0;
  const rows = daily.map((d, i) => {
    sum += d.value;
    return {
      date: d.date,
      words: d.value,
      total: d.date <= today ? sum : null,
      par: goal === null ? null : (goal * (i + 1)) / n,
    };
  });
  const highest = Math.max(0, goal ?? 0, ...rows.map((r) => r.total ?? 0));
  const top = niceCeiling(highest);
  // A day's total stands at the end of its day, and the line starts from 0 at the period's start:
  // one day of words is a line and a point, not an empty frame.
  const xOf = (i: number) => round(PLOT.left + (PLOT.width * (i + 1)) / Math.max(1, n));
  const yOf = (v: number) => round(PLOT.top + PLOT.height - (PLOT.height * v) / top);
  const origin = `M${PLOT.left} ${yOf(0)}`;
  const totals = rows.flatMap((r, i) => (r.total === null ? [] : [`L${xOf(i)} ${yOf(r.total)}`]));
  const lastIndex = rows.findLastIndex((r) => r.total !== null);
  const lastTotal = rows[lastIndex]?.total;
  return {
    ...SIZE,
    plot: PLOT,
    line: totals.length > 0 ? [origin, ...totals].join(' ') : '',
    point: lastTotal == null ? null : { x: xOf(lastIndex), y: yOf(lastTotal) },
    par: goal === null ? null : `${origin} L${xOf(n - 1)} ${yOf(goal)}`,
    rows,
    xTicks: xTicks(
      daily.map((d) => d.date),
      xOf,
    ),
    yTicks: yTicks(top, PLOT),
  };
}

/** A column chart: one bar per date. */
export type ColumnChart = {
  width: number;
  height: number;
  plot: Plot;
  bars: { date: IsoDate; value: number; x: number; y: number; width: number; height: number }[];
  xTicks: Tick[];
  yTicks: Tick[];
};

/** Words per day as columns, one per date of `daily`. */
export function columnChart(daily: DatedValue[]): ColumnChart {
  const n = Math.max(1, daily.length);
  const top = niceCeiling(Math.max(0, ...daily.map((d) => d.value)));
  const slot = PLOT.width / n;
  const barWidth = round(Math.max(1, slot * 0.7));
  const xOf = (i: number) => round(PLOT.left + slot * i + slot / 2);
  const bars = daily.map((d, i) => {
    const height = round((PLOT.height * d.value) / top);
    return {
      date: d.date,
      value: d.value,
      x: round(xOf(i) - barWidth / 2),
      y: round(PLOT.top + PLOT.height - height),
      width: barWidth,
      height,
    };
  });
  return {
    ...SIZE,
    plot: PLOT,
    bars,
    xTicks: xTicks(
      daily.map((d) => d.date),
      xOf,
    ),
    yTicks: yTicks(top, PLOT),
  };
}

/** Horizontal bars for labelled counts (fills per event or per fandom), each of an optional whole. */
export type BarList = {
  width: number;
  height: number;
  labelWidth: number;
  rows: { label: string; value: number; of: number | null; y: number; width: number; track: number }[];
};

/** Horizontal bars, one row each; `of` draws a track for the whole (an event's days). */
export function barList(items: { label: string; value: number; of?: number }[]): BarList {
  const rowHeight = 24;
  const labelWidth = 200;
  const barSpace = 640 - labelWidth - 80;
  const top = Math.max(1, ...items.map((i) => Math.max(i.value, i.of ?? 0)));
  return {
    width: 640,
    height: Math.max(1, items.length) * rowHeight + 8,
    labelWidth,
    rows: items.map((item, i) => ({
      label: item.label,
      value: item.value,
      of: item.of ?? null,
      y: 4 + i * rowHeight,
      width: round((barSpace * item.value) / top),
      track: round((barSpace * (item.of ?? item.value)) / top),
    })),
  };
}
