import { dayName } from './calendar.ts';
import { wordsLabel } from './format.ts';

/** The formats a masterpost is served in. */
export const MASTERPOST_FORMATS = ['md', 'html', 'txt'] as const;
export type MasterpostFormat = (typeof MASTERPOST_FORMATS)[number];

/** The content type each format is served with. */
export const MASTERPOST_TYPES: Record<MasterpostFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/** A piece as a masterpost line names it. */
export type MasterpostPiece = { title: string; url: string | null; words: number };

/**
 * One day of the masterpost: its label ("No. 2"), the prompts used (or the day's theme) joined and
 * one by one (`parts`, for a preview that blurs some), and its pieces.
 */
export type MasterpostLine = {
  day: number;
  label: string;
  prompt: string | null;
  parts: string[];
  pieces: MasterpostPiece[];
};

/** One fill as the database gives it: a day, the prompts the piece used there, and the piece. */
export type MasterpostFill = {
  day: number;
  dayTitle: string | null;
  prompts: { position: number; text: string }[];
  piece: MasterpostPiece & { id: number };
};

/** The masterpost's lines: one per filled day in day order, pieces in the order given, prompts in position order. */
export function masterpostLines(dayLabel: string, fills: MasterpostFill[]): MasterpostLine[] {
  type Day = { title: string | null; prompts: Map<number, string>; pieces: MasterpostPiece[] };
  const byDay = new Map<number, Day>();
  for (const fill of fills) {
    const day: Day = byDay.get(fill.day) ?? { title: fill.dayTitle, prompts: new Map(), pieces: [] };
    for (const p of fill.prompts) day.prompts.set(p.position, p.text);
    day.pieces.push({ title: fill.piece.title, url: fill.piece.url, words: fill.piece.words });
    byDay.set(fill.day, day);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a - b)
    .map(([n, d]) => {
      const prompts = [...d.prompts.entries()].sort(([a], [b]) => a - b).map(([, text]) => text);
      const parts = prompts.length > 0 ? prompts : d.title ? [d.title] : [];
      return {
        day: n,
        label: dayName(dayLabel, n),
        prompt: parts.length > 0 ? parts.join(' + ') : null,
        parts,
        pieces: d.pieces,
      };
    });
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * Escapes what Markdown would read as markup inside a list item: emphasis, code, links (with
 * `[` and `]` escaped no link can form), HTML and entities, headings, nested lists, tables.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#+|~&]/g, '\\$&').replace(/\s+/g, ' ');
}

/** A link target Markdown cannot misread: spaces, angle brackets and parentheses percent-encoded. */
function markdownUrl(url: string): string {
  return url.replace(/[\s<>()]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

const DASH = ' — ';

function head(line: MasterpostLine, clean: (s: string) => string): string {
  return line.prompt === null ? clean(line.label) : `${clean(line.label)}${DASH}${clean(line.prompt)}`;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** The masterpost as Markdown: a bold title, then a list with one item per day. */
export function masterpostMarkdown(eventName: string, lines: MasterpostLine[]): string {
  const items = lines.map((line) => {
    const pieces = line.pieces.map((p) => {
      const title = escapeMarkdown(p.title);
      const link = p.url ? `[${title}](${markdownUrl(p.url)})` : title;
      return `${link} (${wordsLabel(p.words)})`;
    });
    return `- ${head(line, escapeMarkdown)}${DASH}${pieces.join('; ')}`;
  });
  return `**${escapeMarkdown(eventName)}**\n\n${items.join('\n')}\n`;
}

/** The masterpost as an HTML fragment for Tumblr, Dreamwidth or AO3: a plain `<ul>` of `<a>`s. */
export function masterpostHtml(eventName: string, lines: MasterpostLine[]): string {
  const items = lines.map((line) => {
    const pieces = line.pieces.map((p) => {
      const title = escapeHtml(oneLine(p.title));
      const link = p.url ? `<a href="${escapeHtml(p.url)}">${title}</a>` : title;
      return `${link} (${wordsLabel(p.words)})`;
    });
    return `  <li>${head(line, (s) => escapeHtml(oneLine(s)))}${DASH}${pieces.join('; ')}</li>`;
  });
  return `<p><strong>${escapeHtml(oneLine(eventName))}</strong></p>\n<ul>\n${items.join('\n')}\n</ul>\n`;
}

/** The masterpost as plain text: one line per day, each link after its title. */
export function masterpostText(eventName: string, lines: MasterpostLine[]): string {
  const items = lines.map((line) => {
    const pieces = line.pieces.map(
      (p) => `${oneLine(p.title)} (${wordsLabel(p.words)})${p.url ? ` <${p.url}>` : ''}`,
    );
    return `${head(line, oneLine)}${DASH}${pieces.join('; ')}`;
  });
  return `${oneLine(eventName)}\n\n${items.join('\n')}\n`;
}

/** The masterpost in `format`. */
export function renderMasterpost(
  format: MasterpostFormat,
  eventName: string,
  lines: MasterpostLine[],
): string {
  if (format === 'html') return masterpostHtml(eventName, lines);
  if (format === 'txt') return masterpostText(eventName, lines);
  return masterpostMarkdown(eventName, lines);
}
