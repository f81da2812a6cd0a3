import type { Line } from './prompt-lines.ts';
import type { Sections } from './prompt-sections.ts';
import { isParagraph, splitPrompts, wordCount } from './prompt-text.ts';

/** How a reading found the days. */
export type Layout = 'numbered' | 'dated' | 'inline' | 'one a line';

/** A day as a reading finds it: the line it starts on, its date when known, theme, description lines, prompts. */
export type DraftDay = {
  line: number;
  date?: string;
  title?: string;
  description: string[];
  prompts: string[];
};

/** One way of reading a paste: its days, the lines it used, how much of the paste it explains. */
export type Reading = {
  layout: Layout;
  days: DraftDay[];
  /** Indexes of the lines that went into a day. */
  used: Set<number>;
  /** Parts of used lines left over (the words before an inline list). */
  leftovers: { index: number; text: string }[];
  /** The lines that carry this reading's kind of label, chosen as days or not. */
  labels: number[];
  /** Days numbered 1, 2, 3… (`1.`, `No. 1`, `Day 1`) without a slip: no list of plain lines outweighs them. */
  strong?: boolean;
  /** Lines (and inline days) it explains; the reading that explains the most is chosen. */
  score: number;
  errors: string[];
};

/** What every reading is given: the lines, what the sections took, and the years known. */
export type ReadingInput = {
  lines: Line[];
  sections: Sections;
  /** A year given with the paste (the form's first day, the API's `year`): beats a year in the text. */
  year?: number;
  /** The year to use when neither the list nor the paste gives one. */
  fallbackYear?: number;
};

/** Whether line `i` is left for the days: not blank and not taken by a pool, a note or noise. */
export const isFree = (input: ReadingInput, i: number): boolean =>
  input.sections.roles[i] === undefined && input.lines[i]!.text !== '';

const YEAR = /\b(?:19|20|21)\d\d\b/;

/** The first year written in lines `from..to` (a title like "WHUMPTOBER 2025"). */
export function yearInText(lines: Line[], to: number): number | undefined {
  for (const l of lines.slice(0, to)) {
    const m = YEAR.exec(l.text);
    if (m) return Number(m[0]);
  }
  return undefined;
}

const MONTH_WORDS = new Set(['october', 'september', 'november', 'december', 'january', 'february']);

/** Whether a word of `text` is an event's name: "Whumptober", "sicktember", "Flufftober2025". */
function namesAnEvent(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => w.length > 6 && /(?:tober|tember)$/.test(w) && !MONTH_WORDS.has(w));
}

/** A line before the first day or after the last that reads as a title, a sign-off or a paragraph. */
export function looksLikeNote(l: Line): boolean {
  const longest = splitPrompts(l.text, 'strong').reduce((m, p) => Math.max(m, wordCount(p)), 0);
  return (
    YEAR.test(l.text) ||
    /\b(?:prompts?|list|masterlist)\b/i.test(l.text) ||
    namesAnEvent(l.text) ||
    /(?:^|\s)[@#][\p{L}_]/u.test(l.text) ||
    longest > 12 ||
    isParagraph(l.text) ||
    (/\s/.test(l.text) && /[!♡♥❤]$/.test(withoutEmoji(l.text))) ||
    /[.!?] \p{Lu}/u.test(l.text)
  );
}

const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const KEYCAP = '\u20e3';
/**
 * An emoji, or a part of one: a variation selector, a joiner, a skin tone, a flag's
 * regional-indicator letter (🇬🇧) or tag character (the Scottish flag's).
 */
const isEmoji = (c: string) => {
  const code = c.codePointAt(0) ?? 0;
  return (
    PICTOGRAPH.test(c) ||
    code === 0xfe0f ||
    code === 0x200d ||
    (code >= 0x1f3fb && code <= 0x1f3ff) ||
    (code >= 0x1f1e6 && code <= 0x1f1ff) ||
    (code >= 0xe0020 && code <= 0xe007f)
  );
};

/** `text` without the emoji and spaces at its end: "Have fun! 💌" ends with "!". */
function withoutEmoji(text: string): string {
  const chars = [...text];
  for (;;) {
    const last = chars.at(-1);
    if (last === undefined) break;
    if (last === KEYCAP) {
      // 1️⃣: a digit, # or *, a variation selector, the keycap's mark.
      chars.pop();
      if (chars.at(-1) === '\ufe0f') chars.pop();
      if (/^[0-9#*]$/.test(chars.at(-1) ?? '')) chars.pop();
    } else if (last === ' ' || isEmoji(last)) chars.pop();
    else break;
  }
  return chars.join('');
}
