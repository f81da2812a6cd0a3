/** A challenge prompt a piece says it fills: the event when named, the day, and the prompt's words. */
export type DetectedPrompt = { event: string | null; day: number; text: string | null };

// A word of an event's name: capitalised, a hashtag, a year, or a lowercase challenge name
// ("whumptober"); never the markers themselves.
const MARKER_WORD = String.raw`(?!#?(?:[Pp]rompt|PROMPT|[Dd]ay|DAY|[Nn]o|NO)\b)`;
const EVENT_WORD = String.raw`${MARKER_WORD}(?:\p{Lu}[\p{L}\p{N}'’&/]*|#[\p{L}\p{N}_]+|\d{4}|\p{Ll}+(?:tober|uary|ember|whump|fest)\d*)`;
const MARKER = String.raw`(?:(?:[Pp]rompt|PROMPT)[ \t]+)?(?:[Dd]ay|DAY|[Nn]o\.|NO\.|[Pp]rompt|PROMPT)[ \t]*#?|#[ \t]*[Nn][Oo]\.?`;
const PROMPT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<event>(?:${EVENT_WORD}[ \t]+){0,3}${EVENT_WORD})[ \t]*[-–—:,]?[ \t]*)?` +
    String.raw`(?<![\p{L}\p{N}])(?<marker>${MARKER})[ \t]*(?<day>\d{1,3})(?![\p{L}\p{N}]|[.,]\d)`,
  'gu',
);

// Words that can open a sentence before "Day 2" without naming an event.
const NOT_EVENT =
  /^(?:the|a|an|on|for|in|of|my|this|that|at|from|to|and|or|written|fill|entry|response|ficlet)$/i;
const OPENING_QUOTES: Record<string, string> = {
  '“': '”',
  '"': '"',
  '‘': '’',
  "'": "'",
  '«': '»',
  '「': '」',
};

/** Prompts named in `texts` (summary, notes, tags...): "Whumptober 2025 Day 2: “Shaking Hands”", "No. 2",
 * "#no.2", "Prompt 2"; one per event and day, an event-less day folded into a named event's same day. */
export function detectPrompts(texts: string[]): DetectedPrompt[] {
  const found: DetectedPrompt[] = [];
  for (const text of texts) {
    let previous: { event: string | null; end: number } | null = null;
    for (const m of text.matchAll(PROMPT)) {
      const groups = m.groups!;
      const day = Number(groups.day);
      let event = eventName(groups.event);
      const gap = previous ? text.slice(previous.end, m.index) : '';
      // "Day 2 & Day 3", "No. 4, No. 5": the later days belong to the event named first.
      if (!event && previous && /^\s*(?:,|&|\+|\/|and)?\s*$/.test(gap)) event = previous.event;
      const end = m.index + m[0].length;
      previous = { event, end };
      if (!event && /^[a-z]/.test(groups.marker!)) continue; // "on day 3 of their captivity" is prose
      if (day < 1 || day > 366) continue;
      found.push({ event, day, text: promptText(text.slice(end, end + 300)) });
    }
  }
  return dedupe(found);
}

function eventName(raw: string | undefined): string | null {
  const words = (raw ?? '').split(/[ \t]+/).filter(Boolean);
  while (words.length > 0 && NOT_EVENT.test(words[0]!)) words.shift();
  const name = words.join(' ').replace(/^#/, '');
  return name === '' ? null : name;
}

/** The prompt's words written after the day: quoted after a colon, dash or space, or a short unquoted phrase
 * after a colon or dash. */
function promptText(after: string): string | null {
  const segment = after.split(/\n| \| |;|\(|\[/)[0]!;
  const m = /^[ \t]*(?:([:\-–—])[ \t]*|[ \t]+(?=[“"‘'«「]))(.*)$/.exec(segment);
  if (!m) return null;
  const rest = m[2]!.trim();
  const close = OPENING_QUOTES[rest[0] ?? ''];
  if (close) {
    // The closing quote is the first one not inside a word: ‘Don’t go’ is one prompt.
    for (let end = rest.indexOf(close, 1); end > 0; end = rest.indexOf(close, end + 1)) {
      if (!/\p{L}/u.test(rest[end + 1] ?? '')) return rest.slice(1, end).trim() || null;
    }
  }
  if (!m[1]) return null;
  const phrase = rest.replace(/^[“"‘'«「]|[”"’'»」.,!?:]+$/g, '').trim();
  const words = phrase.split(/\s+/).filter(Boolean).length;
  return words >= 1 && words <= 8 ? phrase : null;
}

const eventKey = (event: string | null) => (event ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function dedupe(found: DetectedPrompt[]): DetectedPrompt[] {
  const byKey = new Map<string, DetectedPrompt>();
  for (const p of found) {
    const key = `${eventKey(p.event)}|${p.day}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...p });
    else if (!seen.text) seen.text = p.text;
  }
  const prompts = [...byKey.values()];
  return prompts.filter((p) => {
    if (p.event) return true;
    const named = prompts.find((q) => q.event && q.day === p.day);
    if (named && !named.text) named.text = p.text;
    return !named;
  });
}
