import { type DayLabel, dayLabelAt } from './day-labels.ts';

/** A challenge prompt a piece says it fills: the event when named, the day, and the prompt's words. */
export type DetectedPrompt = { event: string | null; day: number; text: string | null };

// A word of an event's name: capitalised, a hashtag, a year, or a lowercase challenge name ("whumptober").
const EVENT_WORD =
  /^(?:\p{Lu}[\p{L}\p{N}'’&/]*|#[\p{L}\p{N}_]+|\d{4}|\p{Ll}+(?:tober|uary|ember|whump|fest)\d*)$/u;
// The words of a day label, which never name an event.
const MARKER_WORD = /^#?(?:prompt|day|no)\b/i;
// Words that can open a sentence before "Day 2" without naming an event.
const NOT_EVENT =
  /^(?:the|a|an|on|for|in|of|my|this|that|at|from|to|and|or|written|fill|entry|response|ficlet)$/i;
// The event's name sits on the label's line, at most this far before it, in at most four words.
const EVENT_REACH = 120;
const EVENT_WORDS = 4;
const LABEL_START = new Set([...'#dDpPnN']);
const OPENING_QUOTES: Record<string, string> = {
  '“': '”',
  '"': '"',
  '‘': '’',
  "'": "'",
  '«': '»',
  '「': '」',
};

/** Every day label in `text`, in order and not overlapping, found by the shared day-label reader. */
function dayLabels(text: string): DayLabel[] {
  const found: DayLabel[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!LABEL_START.has(text[i]!)) continue;
    const label = dayLabelAt(text, i);
    if (!label) continue;
    found.push(label);
    i = label.index + label.length - 1;
  }
  return found;
}

/** Prompts named in `texts` (title, summary, notes, tags...): "Whumptober 2025 Day 2: “Shaking Hands”",
 * "No. 2", "#no.2", "Day Seventeen"; one per event and day, an event-less day folded into a named event's. */
export function detectPrompts(texts: string[]): DetectedPrompt[] {
  const found: DetectedPrompt[] = [];
  for (const text of texts) {
    let previous: { event: string | null; end: number } | null = null;
    for (const label of dayLabels(text)) {
      const end = label.index + label.length;
      const written = text.slice(label.index, end);
      let event = eventBefore(text, label.index);
      const gap = previous ? text.slice(previous.end, label.index) : '';
      // "Day 2 & Day 3", "No. 4, No. 5": the later days belong to the event named first.
      if (!event && previous && /^(?:,|&|\+|\/|and)?$/.test(gap.trim())) event = previous.event;
      previous = { event, end };
      if (/^[.,]\d/.test(text.slice(end, end + 2))) continue; // "No. 2.5"
      if (!event && isProse(written, text.slice(end, end + 3))) continue;
      if (label.day < 1 || label.day > 366) continue;
      found.push({ event, day: label.day, text: promptText(text.slice(end, end + 300)) });
    }
  }
  return dedupe(found);
}

/** An unnamed label that reads as prose: "on day 3 of…", "No 2 ways about it", "#1 fan", "Day eighteen is up". */
function isProse(label: string, after: string): boolean {
  if (/^\p{Ll}/u.test(label)) return true;
  if (!/^[ \t]\p{Ll}/u.test(after)) return false;
  const bare = /^(?:no|n[º°]|#)\s*\d/i.test(label) && !/^#\s*no\./i.test(label) && !label.includes('.');
  return bare || /\p{Ll}$/u.test(label);
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0';

/** The event named just before a label on its line: "Whumptober 2025 Day 2", "Fictober 2024 - Day 5". */
function eventBefore(text: string, index: number): string | null {
  const from = Math.max(0, index - EVENT_REACH);
  const back = (k: number) => {
    let j = k;
    while (j > from && isBlank(text[j - 1])) j--;
    return j;
  };
  let k = back(index);
  // One separator may stand between the name and the label: "Fictober 2024 - Day 5", "Whumptober 2025, Day 4".
  if (k > from && '-–—:,'.includes(text[k - 1]!)) k = back(k - 1);
  const words: string[] = [];
  while (words.length < EVENT_WORDS && k > from) {
    let start = k;
    while (start > from && !isBlank(text[start - 1]) && text[start - 1] !== '\n') start--;
    const word = text.slice(start, k);
    if (word === '' || !EVENT_WORD.test(word) || MARKER_WORD.test(word)) break;
    words.unshift(word);
    k = back(start);
  }
  while (words.length > 0 && NOT_EVENT.test(words[0]!)) words.shift();
  const event = words.join(' ').replace(/^#/, '');
  return event === '' ? null : event;
}

/** The prompt's words written after the day: quoted after a colon, dash or space, or a short unquoted
 * phrase after a colon or dash. */
function promptText(after: string): string | null {
  const cut = after.search(/\n| \| |;|\(|\[/);
  const segment = cut < 0 ? after : after.slice(0, cut);
  const spaced = segment.trimStart();
  const separated = /^[:\-–—]/.test(spaced);
  const rest = (separated ? spaced.slice(1) : spaced).trim();
  // Without a separator only a quote after a space is the prompt: "Day 9 “Blood loss”".
  if (!separated && (spaced === segment || !((rest[0] ?? '') in OPENING_QUOTES))) return null;
  const close = OPENING_QUOTES[rest[0] ?? ''];
  if (close) {
    // The closing quote is the first one not inside a word: ‘Don’t go’ is one prompt.
    for (let end = rest.indexOf(close, 1); end > 0; end = rest.indexOf(close, end + 1)) {
      if (!/\p{L}/u.test(rest[end + 1] ?? '')) return rest.slice(1, end).trim() || null;
    }
  }
  if (!separated) return null;
  const phrase = trimEnd(rest.replace(/^[“"‘'«「]/, ''), '”"’\'»」.,!?:').trim();
  return phrase !== '' && wordsAtMost(phrase, 8) ? phrase : null;
}

/** Whether `text` has at most `n` words, read no further than the (n+1)th. */
function wordsAtMost(text: string, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const blank = /\s/.test(text[i]!);
    if (!blank && !inWord && ++words > n) return false;
    inWord = !blank;
  }
  return true;
}

/** `text` without the characters of `chars` at its end. */
function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

const eventKey = (event: string | null) => (event ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function dedupe(found: DetectedPrompt[]): DetectedPrompt[] {
  const byKey = new Map<string, DetectedPrompt>();
  const namedByDay = new Map<number, DetectedPrompt>();
  for (const p of found) {
    const key = `${eventKey(p.event)}|${p.day}`;
    const seen = byKey.get(key);
    if (!seen) {
      const kept = { ...p };
      byKey.set(key, kept);
      if (p.event && !namedByDay.has(p.day)) namedByDay.set(p.day, kept);
    } else if (!seen.text) seen.text = p.text;
  }
  // An unnamed day is folded into the first named event's same day, lending it its text.
  return [...byKey.values()].filter((p) => {
    if (p.event) return true;
    const named = namedByDay.get(p.day);
    if (named && !named.text) named.text = p.text;
    return !named;
  });
}
