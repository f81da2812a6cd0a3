import type { IsoDate } from './calendar.ts';

/** A value on a date, in date order. */
export type DatedValue = { date: IsoDate; value: number };

/** A labelled tick on an axis, at `at` (x or y in SVG units). */
export type Tick = { at: number; label: string };

/** The drawing area inside a chart's margins, in SVG units. */
export type Plot = { left: number; top: number; width: number; height: number };

const SIZE = { width: 640, height: 240 };
const PLOT: Plot = { left: 56, top: 12, width: 640 - 56 - 12, height: 240 - 12 - 32 };

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

/** About six date labels along the x axis ("1 Oct"), at the centres of their slots. */
function xTicks(dates: IsoDate[], xOf: (i: number) => number): Tick[] {
  const every = Math.max(1, Math.ceil(dates.length / 6));
  const ticks: Tick[] = [];
  dates.forEach((date, i) => {
    if (i % every === 0) ticks.push({ at: xOf(i), label: dayMonth(date) });
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
  const xOf = (i: number) => round(PLOT.left + (n <= 1 ? PLOT.width / 2 : (PLOT.width * i) / (n - 1)));
  const yOf = (v: number) => round(PLOT.top + PLOT.height - (PLOT.height * v) / top);
  const path = (values: (number | null)[]) =>
    values
      .flatMap((v, i) => (v === null ? [] : [`${xOf(i)} ${yOf(v)}`]))
      .map((point, i) => `${i === 0 ? 'M' : 'L'}${point}`)
      .join(' ');
  return {
    ...SIZE,
    plot: PLOT,
    line: path(rows.map((r) => r.total)),
    par: goal === null ? null : `M${xOf(0)} ${yOf(0)} L${xOf(n - 1)} ${yOf(goal)}`,
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
