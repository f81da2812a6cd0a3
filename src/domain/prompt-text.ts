/** How a line of prompts is cut: `strong` at `|` and spaced `/`; `all` also at commas, `;` and `or`. */
export type SplitMode = 'strong' | 'all';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CONTENT = /[\p{L}\p{N}]/u;
const URL = /\bhttps?:\/\/|\bwww\.|\.(?:com|org|net|io|co)\b/i;

/** Whether `c` is a letter or a digit. */
export const isWordChar = (c: string | undefined): boolean => c !== undefined && LETTER_OR_DIGIT.test(c);

/**
 * Cuts `text` into prompts at separators outside parentheses, brackets and quotes: "Hollow (empty, or
 * not) | Thorn" gives two. `or` cuts only when a side has two words ("Truth or dare" stays whole).
 */
export function splitPrompts(text: string, mode: SplitMode): string[] {
  const parts: string[] = [];
  // Depths, not a stack of openers: a paste of 100,000 "(" must cost no more than one of 100,000 "a".
  let parens = 0;
  let quotes = 0;
  let straight = false;
  let start = 0;
  const cut = (end: number, skip: number) => {
    parts.push(text.slice(start, end));
    start = end + skip;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') straight = !straight;
    else if (c === '(' || c === '[') parens++;
    else if ((c === ')' || c === ']') && parens > 0) parens--;
    else if (c === '“' || c === '«') quotes++;
    else if ((c === '”' || c === '»') && quotes > 0) quotes--;
    if (parens > 0) continue;
    if (c === '|') cut(i, 1);
    else if (c === '/' && text[i - 1] === ' ') {
      const skip = text[i + 1] === '/' ? 2 : 1;
      if (text[i + skip] === ' ' || i + skip === text.length) {
        cut(i, skip);
        i += skip - 1;
      }
    } else if (mode === 'all' && !straight && quotes === 0 && (c === ',' || c === ';')) cut(i, 1);
  }
  parts.push(text.slice(start));
  const trimmed = parts.map((p) => p.trim()).filter((p) => p !== '');
  if (mode === 'strong') return trimmed;
  return joinOxfordAnd(trimmed).flatMap(splitOr);
}

/** "blood, sweat, and tears" is one prompt: a part opening with "and" takes back the parts before it. */
function joinOxfordAnd(parts: string[]): string[] {
  const and = parts.findIndex((p, i) => i > 0 && /^and\s/i.test(p));
  return and < 0 ? parts : [parts.join(', ')];
}

function splitOr(part: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < part.length; i++) {
    const c = part[i]!;
    if (c === '(' || c === '[' || c === '“' || c === '"') depth += c === '"' && depth > 0 ? -1 : 1;
    else if (c === ')' || c === ']' || c === '”') depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === ' ' && part.slice(i, i + 4).toLowerCase() === ' or ' && i > start) {
      pieces.push(part.slice(start, i));
      start = i + 4;
      i += 3;
    }
  }
  pieces.push(part.slice(start));
  const clean = pieces.map((p) => p.trim()).filter((p) => p !== '');
  return clean.length > 1 && clean.some((p) => wordCount(p) >= 2) ? clean : [part];
}

/** The theme and the rest of "Beginnings: first snow / cold hands" or "Rain - umbrellas", cut outside quotes. */
export function splitTitle(text: string): { title: string; rest: string } | undefined {
  let depth = 0;
  let straight = false;
  // From the first character, so a quote or bracket that opens the text keeps its separators.
  for (let i = 0; i < text.length - 1; i++) {
    const c = text[i]!;
    if (c === '"') straight = !straight;
    else if (c === '(' || c === '[' || c === '“') depth++;
    else if (c === ')' || c === ']' || c === '”') depth = Math.max(0, depth - 1);
    if (depth > 0 || straight || i === 0) continue;
    const colon = c === ':' && text[i + 1] === ' ';
    const dash = c === ' ' && '-–—'.includes(text[i + 1] ?? 'x') && text[i + 2] === ' ';
    if (!colon && !dash) continue;
    const title = text.slice(0, i).trim();
    const rest = text.slice(i + (colon ? 1 : 2)).trim();
    if (title === '' || rest === '' || wordCount(title) > 6 || splitPrompts(title, 'strong').length > 1)
      return;
    return { title, rest };
  }
  return undefined;
}

/** Words in `text`: runs between spaces. */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (const c of text) {
    const space = c === ' ' || c === '\t';
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

const QUOTE_START = /^[“"‘'«「]/;

/** A sentence or more (an introduction, a rule, a day's description), not a prompt. */
export function isParagraph(text: string): boolean {
  if (QUOTE_START.test(text) || splitPrompts(text, 'strong').length > 1) return false;
  const words = wordCount(text);
  if (words >= 15) return true;
  const last = text.at(-1) ?? '';
  const stops = sentenceStops(text);
  return words >= 6 && ('.!?…'.includes(last) || stops > 0);
}

/** Full stops followed by a space and a capital inside `text`: "Write it. Then post it." has one. */
function sentenceStops(text: string): number {
  let n = 0;
  for (let i = 1; i + 2 < text.length; i++) {
    if ('.!?'.includes(text[i]!) && text[i + 1] === ' ' && /\p{Lu}/u.test(text[i + 2]!)) n++;
  }
  return n;
}

/** Hashtags alone, a link, or no letter or digit at all (rules of emoji, "* * *"): never a prompt. */
export function isNoise(text: string): boolean {
  if (!CONTENT.test(text) || URL.test(text)) return true;
  const words = text.split(/[\s,]+/).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => w.startsWith('#') && w.length > 1 && !/^#\d+$/.test(w));
}

/** A line of one gloss in parentheses, "(a light in the dark)", that belongs to the prompt before it. */
export function isGloss(text: string): boolean {
  return text.length > 2 && text.startsWith('(') && text.endsWith(')') && !/^\(\d{1,3}\)/.test(text);
}

/** `text` without the characters of `chars` at its end (a scan from the end, never a regex). */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
