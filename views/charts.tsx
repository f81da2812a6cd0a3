import type { Child } from 'hono/jsx';
import { formatDate } from '../src/domain/calendar.ts';
import type { ColumnChart, LineChart, Plot, Tick } from '../src/domain/charts.ts';
import { formatNumber, plural, wordsLabel } from '../src/domain/format.ts';

/** An SVG chart with its accessible name (`<title>`), description (`<desc>`) and a text alternative below. */
export function Figure(props: {
  id: string;
  title: string;
  desc: string;
  width: number;
  height: number;
  class: string;
  children: Child;
  table: Child;
}) {
  return (
    <figure class={`chart ${props.class}`} id={props.id}>
      <svg
        role="img"
        aria-labelledby={`${props.id}-title`}
        aria-describedby={`${props.id}-desc`}
        viewBox={`0 0 ${props.width} ${props.height}`}
        width={props.width}
        height={props.height}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={`${props.id}-title`}>{props.title}</title>
        <desc id={`${props.id}-desc`}>{props.desc}</desc>
        {props.children}
      </svg>
      <details>
        <summary>
          {props.title}: the numbers<span class="visually-hidden"> as a table</span>
        </summary>
        {props.table}
      </details>
    </figure>
  );
}

/** Horizontal grid lines with their values, and date labels under the plot. */
function Axes(props: { plot: Plot; xTicks: Tick[]; yTicks: Tick[] }) {
  const { plot } = props;
  return (
    <g class="axes" font-size="11" fill="currentColor">
      {props.yTicks.map((t) => (
        <>
          <line class="grid" x1={plot.left} x2={plot.left + plot.width} y1={t.at} y2={t.at} stroke="#ccc" />
          <text x={plot.left - 6} y={t.at + 4} text-anchor="end">
            {t.label}
          </text>
        </>
      ))}
      {props.xTicks.map((t) => (
        <text x={t.at} y={plot.top + plot.height + 18} text-anchor={t.anchor ?? 'middle'}>
          {t.label}
        </text>
      ))}
    </g>
  );
}

/** Cumulative words over the period, with the goal's par line, and a table of the days. */
export function CumulativeWordsChart(props: { id: string; chart: LineChart; goal: number | null }) {
  const { chart } = props;
  const last = chart.rows.filter((r) => r.total !== null).at(-1);
  const first = chart.rows[0];
  const end = chart.rows.at(-1);
  const desc = [
    first && end ? `From ${formatDate(first.date)} to ${formatDate(end.date)}.` : '',
    last ? `${wordsLabel(last.total ?? 0)} by ${formatDate(last.date)}.` : 'No day of this period has begun.',
    props.goal !== null && last?.par != null
      ? `The par line rises evenly to the goal of ${wordsLabel(props.goal)}; par on that day is ${formatNumber(Math.round(last.par))}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Figure
      id={props.id}
      title="Cumulative words"
      desc={desc}
      width={chart.width}
      height={chart.height}
      class="chart-line"
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Words that day</th>
              <th scope="col">Words so far</th>
              {props.goal !== null ? <th scope="col">Par</th> : null}
            </tr>
          </thead>
          <tbody>
            {chart.rows.map((r) => (
              <tr>
                <th scope="row">{formatDate(r.date)}</th>
                <td>{formatNumber(r.words)}</td>
                <td>{r.total === null ? '—' : formatNumber(r.total)}</td>
                {r.par !== null ? <td>{formatNumber(Math.round(r.par))}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <Axes plot={chart.plot} xTicks={chart.xTicks} yTicks={chart.yTicks} />
      {chart.par ? (
        <path class="par" d={chart.par} fill="none" stroke="#888" stroke-width="2" stroke-dasharray="6 4" />
      ) : null}
      {chart.line ? <path class="line" d={chart.line} fill="none" stroke="#6b2f8f" stroke-width="3" /> : null}
      {chart.point ? (
        <circle class="point" cx={chart.point.x} cy={chart.point.y} r="5" fill="#6b2f8f" />
      ) : null}
    </Figure>
  );
}

/** Words written each day of the period, as columns. */
export function WordsPerDayChart(props: { id: string; chart: ColumnChart }) {
  const { chart } = props;
  const written = chart.bars.filter((b) => b.value > 0);
  const best = written.reduce<(typeof written)[number] | undefined>(
    (a, b) => (a && a.value >= b.value ? a : b),
    undefined,
  );
  const desc =
    written.length === 0
      ? 'No words written in this period yet.'
      : `Words written on ${plural(written.length, 'day')} of ${chart.bars.length}; the most, ${wordsLabel(best?.value ?? 0)}, on ${formatDate(best?.date ?? '')}.`;
  return (
    <Figure
      id={props.id}
      title="Words per day"
      desc={desc}
      width={chart.width}
      height={chart.height}
      class="chart-columns"
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Words</th>
            </tr>
          </thead>
          <tbody>
            {chart.bars.map((b) => (
              <tr>
                <th scope="row">{formatDate(b.date)}</th>
                <td>{formatNumber(b.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <Axes plot={chart.plot} xTicks={chart.xTicks} yTicks={chart.yTicks} />
      {written.map((b) => (
        <rect class="bar" x={b.x} y={b.y} width={b.width} height={b.height} fill="#6b2f8f">
          <title>
            {formatDate(b.date)}: {wordsLabel(b.value)}
          </title>
        </rect>
      ))}
    </Figure>
  );
}
