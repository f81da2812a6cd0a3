import type { Validated } from './account.ts';
import { textProblem } from './text-input.ts';

/** Most entries a writer's squick list may hold. */
export const SQUICK_MAX_ENTRIES = 100;
/** Longest entry (in characters) of a squick list. */
export const SQUICK_MAX_LENGTH = 100;

type Entry = { kind: 'words'; tokens: string[]; prefix: boolean } | { kind: 'text'; text: string };

/** A writer's squick list, ready to match prompts against (see `avoids`). */
export type SquickFilter = { entries: Entry[] };

/** No list: nothing is ever hidden (visitors, writers who listed nothing). */
export const NO_SQUICKS: SquickFilter = { entries: [] };

// Letters NFKD leaves whole.
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  þ: 'th',
};

/** Lower case, accents off (é → e, ß → ss), curly apostrophes straight. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđıþ]/g, (ch) => LETTERS[ch] ?? ch)
    .replace(/[’‘]/g, "'");
}

const tokensOf = (folded: string) => folded.match(/[\p{L}\p{N}]+/gu) ?? [];

// Scripts written without spaces between words: such an entry matches anywhere in the text.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Whether `word` is `entry`, its singular, or one of their plain English endings (spiders, drowned, choking, flies, bloody). */
function sameWord(word: string, entry: string): boolean {
  if (entry.length < 4 || !entry.endsWith('s') || entry.endsWith('ss')) return sameStem(word, entry);
  const singulars = [entry, entry.slice(0, -1), entry.slice(0, -2)];
  if (entry.endsWith('ies')) singulars.push(`${entry.slice(0, -3)}y`);
  return singulars.some((stem) => stem.length >= 3 && sameStem(word, stem));
}

function sameStem(word: string, stem: string): boolean {
  if (word === stem) return true;
  if (!word.startsWith(stem.slice(0, -1))) return false;
  const rest = word.slice(stem.length);
  if (word.startsWith(stem) && ['s', 'es', 'd'].includes(rest)) return true;
  // Longer endings only for longer stems: "rat" does not hide "rated".
  if (stem.length < 4) return false;
  if (word.startsWith(stem) && ['ed', 'ing', 'y'].includes(rest)) return true;
  const cut = stem.slice(0, -1);
  if (stem.endsWith('e') && word === `${cut}ing`) return true;
  return stem.endsWith('y') && (word === `${cut}ies` || word === `${cut}ied`);
}

function compile(entry: string): Entry | undefined {
  const folded = fold(entry.trim());
  if (UNSPACED.test(folded)) return { kind: 'text', text: folded.replace(/\s+/g, '') };
  const prefix = folded.endsWith('*');
  const tokens = tokensOf(folded);
  return tokens.length > 0 ? { kind: 'words', tokens, prefix } : undefined;
}

/** The filter for a stored list (one entry a line); lines that name nothing are skipped. */
export function squickFilter(stored: string): SquickFilter {
  const entries: Entry[] = [];
  for (const line of stored.split('\n')) {
    const entry = compile(line);
    if (entry) entries.push(entry);
  }
  return { entries };
}

/**
 * Whether `text` contains an entry of the list: whole words and phrases, whatever their case,
 * accents and punctuation ("hurt comfort" hides "Hurt/Comfort"), with plain endings ("spider"
 * hides "Spiders"); an entry ending in `*` hides any word it begins ("blood*" hides "Bloodstained").
 */
export function avoids(filter: SquickFilter, text: string): boolean {
  if (filter.entries.length === 0) return false;
  const folded = fold(text);
  const words = tokensOf(folded);
  return filter.entries.some((entry) => {
    if (entry.kind === 'text') return folded.replace(/\s+/g, '').includes(entry.text);
    const { tokens, prefix } = entry;
    const last = tokens.length - 1;
    for (let i = 0; i + last < words.length; i++) {
      let j = 0;
      while (j < last && words[i + j] === tokens[j]) j++;
      if (j < last) continue;
      const word = words[i + last] as string;
      const stem = tokens[last] as string;
      if (prefix ? word.startsWith(stem) : sameWord(word, stem)) return true;
    }
    return false;
  });
}

/**
 * The squick list as typed in settings, checked: one entry a line, trimmed, blank lines and
 * repeats (whatever their case or accents) left out; at most 100 entries of 100 characters.
 */
export function validateSquickList(text: string): Validated<string[]> {
  const problem = textProblem(text, 'The list', true);
  if (problem) return fail(problem);
  const entries: string[] = [];
  const seen = new Set<string>();
  const lines = text.split(/\r\n|\r|\n/);
  for (const [i, line] of lines.entries()) {
    const entry = line.trim().replace(/\s+/g, ' ');
    if (entry === '') continue;
    if ([...entry].length > SQUICK_MAX_LENGTH)
      return fail(
        `Line ${i + 1} is longer than ${SQUICK_MAX_LENGTH} characters: keep one word or phrase a line.`,
      );
    if (!compile(entry)) return fail(`Line ${i + 1} has no letters or digits to look for.`);
    const key = fold(entry);
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push(entry);
  }
  if (entries.length > SQUICK_MAX_ENTRIES)
    return fail(`List at most ${SQUICK_MAX_ENTRIES} words or phrases (this list has ${entries.length}).`);
  return { ok: true, value: entries };
}

const fail = (message: string): Validated<string[]> => ({ ok: false, errors: { squick_words: message } });
