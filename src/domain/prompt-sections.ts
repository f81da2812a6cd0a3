import type { Line } from './prompt-lines.ts';
import { isNoise, isParagraph, splitPrompts, trimEndOf } from './prompt-text.ts';

/** What the sections of a paste took before any layout reads it: pools, notes, noise, repeated buttons. */
export type Sections = {
  /** Per line: 'alternate' (a pool's heading or items), 'unused', or undefined (free for the days). */
  roles: ('alternate' | 'unused' | undefined)[];
  alternates: string[];
  /** The first pool heading's index, and the last line of the last pool. */
  poolAt?: number;
  poolEnd?: number;
};

const ALT_WORDS = new Set(
  'alt alt. alts alternate alternates alternative alternatives backup backups bonus extra extras wildcard wildcards spare spares'.split(
    ' ',
  ),
);
const ALT_PLURALS = new Set('alts alternates alternatives backups extras wildcards spares'.split(' '));
const ALT_TAILS = new Set('prompt prompts list pool words options ideas days'.split(' '));
const NOTE_WORDS = new Set(
  'rules notes note guidelines faq faqs info information dates date deadline deadlines timeline tags tagging links link credits about reminders reminder disclaimer disclaimers important schedule hashtags masterlist warnings ps p.s. update updates'.split(
    ' ',
  ),
);
const BARE_NOTES = new Set(['rules', 'the rules', 'guidelines', 'faq', 'how it works', 'how to participate']);
const BUTTONS = new Set(
  'reblog reblogs like likes liked share shares copy copied save saved reply replies comment comments follow unfollow more menu close back next previous prev top select done view edit delete report translate download open pin print tweet retweet repost quote bookmark kudos subscribe permalink source notes ♡ ♥ ❤ ❤️ 💬 🔁 ✓ ✔'.split(
    ' ',
  ),
);
const BUTTON_PHRASES = new Set([
  'copy link',
  'copy text',
  'read more',
  'keep reading',
  'see more',
  'show more',
  'show less',
  'add to calendar',
  'open in app',
  'view post',
  'see translation',
]);

const free = (l: Line) => !l.num && !l.date && !l.bullet;
const isBlank = (l: Line | undefined) => l !== undefined && l.text === '';

/** The text after an alternates heading ('' when the pool follows on the next lines), or undefined. */
export function altHeading(l: Line): string | undefined {
  if (!free(l)) return undefined;
  const words = /^[\p{L}.]+(?: [\p{L}.]+){0,2}/u.exec(l.text)?.[0].split(' ') ?? [];
  const first = (words[0] ?? '').toLowerCase();
  if (!ALT_WORDS.has(first)) return undefined;
  let taken = 1;
  while (taken < words.length && ALT_TAILS.has(words[taken]!.toLowerCase())) taken++;
  let rest = l.text.slice(words.slice(0, taken).join(' ').length).trim();
  if (rest.startsWith('(')) {
    const close = rest.indexOf(')');
    rest = close < 0 ? '' : rest.slice(close + 1).trim();
  }
  if (rest[0] === ':' || rest[0] === '-' || rest[0] === '–' || rest[0] === '—') return rest.slice(1).trim();
  // "Alternate universe" is a prompt: a heading says "prompts", is plural, or has a colon.
  return rest === '' && (taken > 1 || ALT_PLURALS.has(first)) ? '' : undefined;
}

/** 'line' for a note on one line ("Rules: be kind"), 'section' for a heading whose lines follow, or undefined. */
function noteHeading(l: Line): 'line' | 'section' | undefined {
  if (!free(l)) return undefined;
  const lower = l.text.toLowerCase().replace(/:$/, '').trim();
  if (BARE_NOTES.has(lower)) return 'section';
  const words = lower.replace(/^(?:the|our|event|a few) /, '').split(' ');
  if (!NOTE_WORDS.has((words[0] ?? '').replace(/:$/, ''))) return undefined;
  const colon = l.text.indexOf(':');
  if (colon < 0 || colon > 45) return undefined;
  return l.text.slice(colon + 1).trim() === '' ? 'section' : 'line';
}

/** The index after the lines under heading `h`: a run of list items, or a paragraph up to a blank line. */
export function sectionEnd(lines: Line[], h: number): number {
  let k = h + 1;
  while (isBlank(lines[k])) k++;
  const first = lines[k];
  if (!first) return h + 1;
  if (!first.bullet && first.num?.family !== 'bare') {
    while (lines[k] && !isBlank(lines[k]) && free(lines[k]!) && !isHeading(lines[k]!)) k++;
    return k;
  }
  let n = first.bullet ? undefined : first.num?.n;
  for (k++; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.bullet && n === undefined) continue;
    // Numbered items go on while the numbers do; a new "1." starts the days.
    if (!l.bullet && n !== undefined && l.num?.family === 'bare' && l.num.n === n + 1) n++;
    else break;
  }
  return k;
}

const WEEK = /^(?:week|part|act|section|chapter)\s+(?:\d{1,2}|one|two|three|four|five)\b/i;

/** "Week 1", "WEEK TWO: SPOOKY", "Part 3 - Angst": a heading over some days, never a day. */
export function isWeekHeading(l: Line): boolean {
  if (!free(l) || !WEEK.test(l.text)) return false;
  return l.text.length < 60 && (/[:\-–—]/.test(l.text) || l.text.split(' ').length <= 3);
}

/** A heading line ("Prompts:", "Week 1:"): ends with a colon and holds no alternatives. */
export const isHeading = (l: Line) =>
  l.text.endsWith(':') && splitPrompts(l.text, 'strong').length < 2 && !l.bullet;

/** The pools, notes, noise and button labels of a paste. */
export function readSections(lines: Line[]): Sections {
  const roles: Sections['roles'] = lines.map((l) =>
    l.text !== '' && (isNoise(l.text) || l.range || isWeekHeading(l)) ? 'unused' : undefined,
  );
  const alternates: string[] = [];
  let poolAt: number | undefined;
  let poolEnd: number | undefined;
  for (let h = 0; h < lines.length; h++) {
    const l = lines[h]!;
    const inline = roles[h] ? undefined : altHeading(l);
    if (inline !== undefined) {
      const end = inline === '' ? sectionEnd(lines, h) : h + 1;
      const items = inline === '' ? [] : splitInline(inline);
      for (let k = h + 1; k < end; k++) {
        const item = lines[k]!;
        if (roles[k] || item.text === '' || (!item.bullet && !item.num && isParagraph(item.text))) {
          roles[k] ??= item.text === '' ? undefined : 'unused';
          continue;
        }
        items.push(...splitPrompts(item.bullet || !item.num ? item.text : item.num.rest, 'strong'));
        roles[k] = 'alternate';
        poolEnd = k;
      }
      // A heading with nothing under it is not a pool: it is listed as not used.
      if (items.length > 0) {
        roles[h] = 'alternate';
        poolAt ??= h;
        poolEnd = Math.max(poolEnd ?? h, h);
      }
      alternates.push(...items);
      h = end - 1;
      continue;
    }
    const note = roles[h] ? undefined : noteHeading(l);
    if (!note) continue;
    const end = note === 'line' ? h + 1 : sectionEnd(lines, h);
    for (let k = h; k < end; k++) if (lines[k]!.text !== '') roles[k] = 'unused';
    h = end - 1;
  }
  markButtons(lines, roles);
  return {
    roles,
    alternates,
    ...(poolAt === undefined ? {} : { poolAt }),
    ...(poolEnd === undefined ? {} : { poolEnd }),
  };
}

/** On an alternates heading's own line commas also separate, unless bars or slashes do. */
function splitInline(text: string): string[] {
  const strong = splitPrompts(text, 'strong');
  return strong.length > 1 ? strong : splitPrompts(text, 'all');
}

const buttonKey = (text: string) =>
  trimEndOf(text.toLowerCase().replace(/\d[\d.,]*[km]?/g, '0'), '.:!').trim();

function isButtonWords(key: string): boolean {
  if (BUTTONS.has(key) || BUTTON_PHRASES.has(key)) return true;
  if (!key.includes(' ')) return false;
  const words = key.split(' ');
  // "12 notes", "♡ 34", "0 likes"
  return (
    words.length <= 3 &&
    words.length > 1 &&
    words.includes('0') &&
    words.every((w) => w === '0' || BUTTONS.has(w))
  );
}

/** Labels copied with a web page's buttons ("Reblog", "Copy link", "12 notes"): repeated, they are not prompts. */
function markButtons(lines: Line[], roles: Sections['roles']): void {
  const counts = new Map<string, number>();
  const keys = lines.map((l, i) =>
    l.text === '' || roles[i] || l.shown.length > 40 ? undefined : buttonKey(l.shown),
  );
  let nonBlank = 0;
  for (const [i, l] of lines.entries()) {
    if (l.text === '' || roles[i]) continue;
    nonBlank++;
    const key = keys[i];
    if (key !== undefined && !l.quote) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [i, l] of lines.entries()) {
    const key = keys[i];
    if (key === undefined) continue;
    const n = counts.get(key) ?? 0;
    // Repeated between other lines, not a list of one line over and over.
    const common =
      n >= 3 && n * 3 >= nonBlank && n * 5 < nonBlank * 3 && key.split(' ').length <= 3 && free(l);
    if ((n >= 2 && isButtonWords(key)) || common) roles[i] = 'unused';
  }
}
