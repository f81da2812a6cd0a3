import type { Line } from './prompt-lines.ts';
import { type DraftDay, isFree, looksLikeNote, type Reading, type ReadingInput } from './prompt-reading.ts';
import { isHeading } from './prompt-sections.ts';
import { isGloss, isParagraph, splitPrompts, trimEndOf } from './prompt-text.ts';

/**
 * Reads the paste as one day a line. Lines that other readings number or date (`labelled`) are days here
 * too, but do not count for this reading: their labels speak for another.
 */
export function readPlain(input: ReadingInput, labelled: Set<number>): Reading | undefined {
  const { lines, sections } = input;
  let picked = lines.filter((l) => isFree(input, l.index) && !isHeading(l));
  // Days before an alternates pool end there; what follows the pool is a sign-off.
  const pool = sections.poolAt;
  if (pool !== undefined && picked.some((l) => l.index < pool)) picked = picked.filter((l) => l.index < pool);
  const edge = (l: Line | undefined) =>
    l !== undefined && !l.bullet && (looksLikeNote(l) || l.quote || isGloss(l.text));
  let from = 0;
  let to = picked.length;
  while (from < to && edge(picked[from])) from++;
  while (to > from && edge(picked[to - 1])) to--;
  picked = picked.slice(from, to);
  if (picked.length === 0) return undefined;
  const paragraphs = picked.filter((l) => !l.bullet && isParagraph(l.text)).length;
  // A few sentences among prompts describe the day before them; a list of sentences is a list of prompts.
  const describes = paragraphs * 2 < picked.length;
  const days: DraftDay[] = [];
  const used = new Set<number>();
  for (const l of picked) {
    const day = days.at(-1);
    if (l.quote || (describes && !l.bullet && isParagraph(l.text))) {
      if (!day) continue;
      day.description.push(l.text);
    } else if (isGloss(l.text) && day && day.prompts.length > 0) {
      day.prompts[day.prompts.length - 1] += ` ${l.text}`;
    } else {
      days.push({ line: l.index, description: [], prompts: splitPrompts(l.text, 'strong') });
    }
    used.add(l.index);
  }
  const score = [...used].filter((i) => !labelled.has(i)).length;
  return { layout: 'one a line', days, used, leftovers: [], labels: [], score, errors: [] };
}

/** Where day `n` starts in `text` at or after `from` ("2 ", "2. ", "Day 2: "), and where its prompt begins. */
function findNumber(text: string, n: number, from: number): { at: number; after: number } | undefined {
  const digits = String(n);
  for (let i = text.indexOf(digits, from); i >= 0; i = text.indexOf(digits, i + 1)) {
    const before = text[i - 1];
    const end = i + digits.length;
    if (before !== undefined && !' .,;:)(|/–—-'.includes(before)) continue;
    if (/\d/.test(text[end] ?? '')) continue;
    let k = end;
    if ('.):'.includes(text[k] ?? 'x') && text[k] !== undefined) k++;
    if (text[k] !== ' ' && k < text.length) continue;
    while (text[k] === ' ' || '-–—'.includes(text[k] ?? 'x')) k++;
    const marker = /(?:day|no\.?|prompt|#) ?$/i.exec(text.slice(Math.max(0, i - 8), i));
    return { at: marker ? i - marker[0].length : i, after: k };
  }
  return undefined;
}

type Item = { n: number; text: string; raw: string };

function items(text: string, first: number): { prefix: string; found: Item[]; suffix: string } | undefined {
  const start = findNumber(text, first, 0);
  if (!start) return undefined;
  const found: Item[] = [];
  let current = start;
  for (let n = first; ; n++) {
    const next = findNumber(text, n + 1, current.after);
    const piece = text.slice(current.after, next ? next.at : text.length);
    found.push({ n, raw: piece, text: trimEndOf(piece.trim(), '.,;').trim() });
    if (!next) break;
    current = next;
  }
  // "… 31 Dusk. End description]": when the days end in full stops, the last one's does too.
  const last = found.at(-1)!;
  const stop = last.text.indexOf('. ');
  const stopped = found.slice(0, -1).filter((f) => f.raw.trimEnd().endsWith('.')).length;
  if (stop > 0 && stopped * 2 >= found.length - 1 && found.length > 1) {
    return {
      prefix: text.slice(0, start.at).trim(),
      found: [...found.slice(0, -1), { ...last, text: last.text.slice(0, stop) }],
      suffix: last.text.slice(stop + 1).trim(),
    };
  }
  return { prefix: text.slice(0, start.at).trim(), found, suffix: '' };
}

/** Reads days written one after another on a line, as alt text does: "1 Lantern. 2 Hollow. 3 Thorn." */
export function readInline(input: ReadingInput): Reading | undefined {
  const days: DraftDay[] = [];
  const used = new Set<number>();
  const leftovers: Reading['leftovers'] = [];
  for (const l of input.lines) {
    if (!isFree(input, l.index)) continue;
    const next = days.length + 1;
    const read = items(l.text, next);
    if (!read || read.found.length < (next === 1 ? 3 : 2)) continue;
    for (const item of read.found)
      days.push({ line: l.index, description: [], prompts: splitPrompts(item.text, 'strong') });
    used.add(l.index);
    const left = [read.prefix, read.suffix].filter((t) => t !== '').join(' … ');
    if (left !== '') leftovers.push({ index: l.index, text: left });
  }
  if (days.length < 3) return undefined;
  return { layout: 'inline', days, used, leftovers, labels: [], score: days.length, errors: [] };
}
