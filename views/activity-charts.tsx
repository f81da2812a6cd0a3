import { formatDate } from '../src/domain/calendar.ts';
import type { BarList } from '../src/domain/charts.ts';
import { formatNumber, plural, shorten, wordsLabel } from '../src/domain/format.ts';
import type { Heatmap } from '../src/domain/heatmap.ts';
import { Figure } from './charts.tsx';

const CELL = 11;
const GAP = 2;

/** A year of activity, GitHub style: 53 weeks × 7 days, darker for more words; months in a table below. */
export function HeatmapChart(props: { id: string; heatmap: Heatmap }) {
  const h = props.heatmap;
  const left = 30;
  const top = 18;
  // Room on the right for the last month's name, which may start in the last week.
  const width = left + h.weeks * (CELL + GAP) + 16;
  const height = top + 7 * (CELL + GAP);
  const desc = `From ${formatDate(h.first)} to ${formatDate(h.last)}: active on ${plural(h.activeDays, 'day')}, ${wordsLabel(h.words)}, ${plural(h.fills, 'day')} filled.`;
  return (
    <Figure
      id={props.id}
      title="Your year"
      desc={desc}
      width={width}
      height={height}
      class="chart-heatmap"
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Active days</th>
              <th scope="col">Words</th>
              <th scope="col">Days filled</th>
            </tr>
          </thead>
          <tbody>
            {h.byMonth.map((m) => (
              <tr>
                <th scope="row">{m.label}</th>
                <td>{formatNumber(m.activeDays)}</td>
                <td>{formatNumber(m.words)}</td>
                <td>{formatNumber(m.fills)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <g font-size="12" fill="currentColor">
        {h.months.map((m) => (
          <text x={left + m.col * (CELL + GAP)} y={13}>
            {m.label}
          </text>
        ))}
        {h.weekdays.map((d) => (
          <text x={2} y={top + d.row * (CELL + GAP) + CELL - 2}>
            {d.label}
          </text>
        ))}
      </g>
      {h.cells.map((cell) => (
        <rect
          class={`heat heat-${cell.level}`}
          x={left + cell.col * (CELL + GAP)}
          y={top + cell.row * (CELL + GAP)}
          width={CELL}
          height={CELL}
          rx="2"
          fill={['#e6e1ea', '#d9b8ee', '#b77fdc', '#8e4cbb', '#5e2385'][cell.level]}
        >
          <title>
            {formatDate(cell.date)}: {wordsLabel(cell.words)}
            {cell.fills > 0 ? `, ${plural(cell.fills, 'day')} filled` : ''}
          </title>
        </rect>
      ))}
    </Figure>
  );
}

/** Labelled horizontal bars (fills per event, fills per fandom), with a table of the same numbers. */
export function BarListChart(props: {
  id: string;
  title: string;
  unit: string;
  chart: BarList;
  empty: string;
}) {
  const { chart } = props;
  if (chart.rows.length === 0) return <p class="muted">{props.empty}</p>;
  const describe = (r: BarList['rows'][number]) =>
    r.of === null
      ? `${r.label}: ${plural(r.value, props.unit)}`
      : `${r.label}: ${formatNumber(r.value)} of ${plural(r.of, props.unit)}`;
  return (
    <Figure
      id={props.id}
      title={props.title}
      desc={`${chart.rows.map(describe).join('; ')}.`}
      width={chart.width}
      height={chart.height}
      class="chart-bars"
      table={
        <table>
          <tbody>
            {chart.rows.map((r) => (
              <tr>
                <th scope="row">{r.label}</th>
                <td>
                  {r.of === null
                    ? formatNumber(r.value)
                    : `${formatNumber(r.value)} of ${formatNumber(r.of)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {chart.rows.map((r) => (
        <g font-size="12" fill="currentColor">
          {/* From the left edge, short enough to end before the bar: never cut off at the edge. */}
          <text x={0} y={r.y + 15}>
            <title>{r.label}</title>
            {shorten(r.label, 24)}
          </text>
          {r.of !== null ? (
            <rect class="track" x={chart.labelWidth} y={r.y + 3} width={r.track} height={16} fill="#e6e1ea" />
          ) : null}
          <rect class="bar" x={chart.labelWidth} y={r.y + 3} width={r.width} height={16} fill="#6b2f8f" />
          <text x={chart.labelWidth + Math.max(r.track, r.width) + 6} y={r.y + 15}>
            {r.of === null ? formatNumber(r.value) : `${formatNumber(r.value)}/${formatNumber(r.of)}`}
          </text>
        </g>
      ))}
    </Figure>
  );
}
