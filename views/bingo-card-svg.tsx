import { escapeHtml } from '../src/domain/masterpost.ts';
import type { CardView } from '../src/queries/bingo-view.ts';

const CELL = 120;
const GAP = 6;
const TOP = 64;

/** Splits a prompt into at most three short lines for a square (the third ends in … when cut). */
function wrap(text: string, width = 16): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= 3) return lines;
  return [...lines.slice(0, 2), `${(lines[2] ?? '').slice(0, width - 1)}…`];
}

/**
 * A card as an SVG image to share: the event's and writer's names, each square with its prompt
 * (filled squares shaded and ticked), lines and blackout in words; with a title and description for
 * screen readers. Text is escaped; the image has no scripts or links.
 */
export function bingoCardSvg(view: CardView, names: { event: string; writer: string }): string {
  const side = view.size * CELL + (view.size + 1) * GAP;
  const height = TOP + side + 40;
  const { lines, blackout, filled } = view.progress;
  const summary = `${filled} squares filled, ${lines.length} ${lines.length === 1 ? 'line' : 'lines'}${blackout ? ', blackout' : ''}`;
  const squares = view.squares.map((s) => {
    const x = GAP + (s.col - 1) * (CELL + GAP);
    const y = TOP + GAP + (s.row - 1) * (CELL + GAP);
    const done = s.free || s.filled;
    const text = wrap(s.free ? 'Free square' : s.prompt)
      .map(
        (l, i, all) =>
          `<tspan x="${x + CELL / 2}" y="${y + CELL / 2 + (i - (all.length - 1) / 2) * 18}">${escapeHtml(l)}</tspan>`,
      )
      .join('');
    return `<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" rx="8" fill="${done ? '#5b3a8c' : '#f4f0fa'}" stroke="#5b3a8c"/><text text-anchor="middle" font-size="15" fill="${done ? '#ffffff' : '#1d1526'}">${text}</text>${s.filled ? `<text x="${x + CELL - 12}" y="${y + 22}" text-anchor="end" font-size="18" fill="#ffffff">✓</text>` : ''}`;
  });
  const title = `${names.writer}’s card for ${names.event}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${height}" viewBox="0 0 ${side} ${height}" role="img" aria-labelledby="t d" font-family="system-ui, sans-serif"><title id="t">${escapeHtml(title)}</title><desc id="d">${escapeHtml(summary)}</desc><rect width="100%" height="100%" fill="#ffffff"/><text x="${GAP}" y="28" font-size="20" font-weight="700" fill="#1d1526">${escapeHtml(names.event)}</text><text x="${GAP}" y="52" font-size="15" fill="#1d1526">${escapeHtml(names.writer)}</text>${squares.join('')}<text x="${GAP}" y="${height - 14}" font-size="15" fill="#1d1526">${escapeHtml(summary)}</text></svg>`;
}
