import { formatNumber, shorten, wordsLabel } from '../src/domain/format.ts';
import { xmlSafe } from '../src/domain/xml.ts';

/** What a progress card shows, and how. */
export type CardProps = {
  event: string;
  writer: string;
  filled: number;
  days: number;
  words: number;
  theme: 'light' | 'dark';
  /** 'wide': 400 × 110, for an AO3 profile; 'narrow': 240 × 140, for a Tumblr sidebar. */
  size: 'wide' | 'narrow';
};

/** The site's own colours, light and dark. */
const THEMES = {
  light: {
    bg: '#ffffff',
    border: '#ddd6e3',
    text: '#1f1b24',
    muted: '#5d5566',
    track: '#efe3f7',
    bar: '#6b2f8f',
  },
  dark: {
    bg: '#221e27',
    border: '#3d3645',
    text: '#efeaf3',
    muted: '#b4abbd',
    track: '#392a47',
    bar: '#c89bec',
  },
};

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';

/** The sentence a screen reader reads for the card (its `<title>`). */
export function cardSentence(p: Omit<CardProps, 'theme' | 'size'>): string {
  return `${p.writer} in ${p.event}: ${formatNumber(p.filled)} of ${formatNumber(p.days)} days filled, ${wordsLabel(p.words)}`;
}

/** The progress card as an SVG image: no script, no link, nothing fetched; text is escaped by JSX. */
export function CardSvg(props: CardProps) {
  const c = THEMES[props.theme];
  const wide = props.size === 'wide';
  const [w, h] = wide ? [400, 110] : [240, 140];
  const share = props.days > 0 ? Math.min(1, props.filled / props.days) : 0;
  const pad = 16;
  const track = w - 2 * pad;
  const barY = wide ? 62 : 82;
  const days = `${formatNumber(props.filled)} of ${formatNumber(props.days)} days`;
  const text = (attrs: Record<string, string | number>, body: string) => (
    <text font-family={FONT} fill={c.text} {...attrs}>
      {body}
    </text>
  );
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={w}
      height={h}
      viewBox={`0 0 ${w} ${h}`}
      role="img"
      aria-labelledby="card-title"
    >
      <title id="card-title">{xmlSafe(cardSentence(props))}</title>
      <rect x="0.5" y="0.5" width={w - 1} height={h - 1} rx="10" fill={c.bg} stroke={c.border} />
      {text(
        { x: pad, y: 30, 'font-size': wide ? 16 : 15, 'font-weight': 700 },
        xmlSafe(shorten(props.event, wide ? 30 : 24)),
      )}
      {text(
        { x: pad, y: 50, 'font-size': 13, fill: c.muted },
        xmlSafe(`by ${shorten(props.writer, wide ? 28 : 26)}`),
      )}
      {wide
        ? text({ x: w - pad, y: 30, 'font-size': 14, 'font-weight': 700, 'text-anchor': 'end' }, days)
        : text({ x: pad, y: 72, 'font-size': 14, 'font-weight': 700 }, days)}
      <rect x={pad} y={barY} width={track} height="12" rx="6" fill={c.track} />
      {share > 0 ? (
        <rect
          x={pad}
          y={barY}
          width={Math.max(12, Math.round(track * share))}
          height="12"
          rx="6"
          fill={c.bar}
        />
      ) : null}
      {text({ x: pad, y: barY + 34, 'font-size': 13 }, wordsLabel(props.words))}
      {text(
        { x: w - pad, y: barY + 34, 'font-size': 13, 'text-anchor': 'end', fill: c.muted },
        `${Math.round(share * 100)}%`,
      )}
    </svg>
  );
}
