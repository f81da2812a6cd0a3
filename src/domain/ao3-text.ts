import {
  type Ao3Meta,
  type Ao3Parse,
  type Ao3Series,
  finishParse,
  readChapters,
  readCount,
} from './ao3-parse.ts';
import { readAo3Link } from './ao3-url.ts';
import { countWords } from './word-count.ts';

// The work header's labels, singular and plural, as AO3 prints them.
const FIELDS = {
  Rating: 'rating',
  'Archive Warning': 'warnings',
  'Archive Warnings': 'warnings',
  Category: 'categories',
  Categories: 'categories',
  Fandom: 'fandoms',
  Fandoms: 'fandoms',
  Relationship: 'relationships',
  Relationships: 'relationships',
  Character: 'characters',
  Characters: 'characters',
  'Additional Tags': 'tags',
  Language: 'language',
  Series: 'series',
  Collection: 'collections',
  Collections: 'collections',
  Stats: 'stats',
  Published: 'published',
  Updated: 'updated',
  Completed: 'updated',
  Words: 'words',
  Chapters: 'chapters',
  Comments: 'comments',
  Kudos: 'kudos',
  Bookmarks: 'bookmarks',
  Hits: 'hits',
} as const;
type Field = (typeof FIELDS)[keyof typeof FIELDS];
type Meta = Map<Field, string[]>;
const fieldOf = (label: string): Field => FIELDS[label as keyof typeof FIELDS];

// A stat takes one value of its own shape; a value of another shape ends the work header.
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const COUNT = /^\d[\d,.\s]*$/;
const STAT_VALUE: Partial<Record<Field, RegExp>> = {
  stats: /^$/,
  published: DATE,
  updated: DATE,
  words: COUNT,
  chapters: /^\d+\s*\/\s*(?:\d+|\?)$/,
  comments: COUNT,
  kudos: COUNT,
  bookmarks: COUNT,
  hits: COUNT,
};
const LABELS = Object.keys(FIELDS).sort((a, b) => b.length - a.length);
const STATS = LABELS.filter((label) => fieldOf(label) in STAT_VALUE && label !== 'Stats');
const LINE_LABEL = new RegExp(`^(${LABELS.join('|')}):(?:\\s+|$|(?=\\d))`);
const STAT_LABEL = new RegExp(`(?<=^|[\\s\\d?])(${STATS.join('|')}):\\s*`, 'g');

/** A header line cut at its labels: "Stats: Published: 2025-10-02 Words: 412" is three labelled parts. Only
 * a stats line is cut inside, so that a tag such as "Famous Last Words: Redux" stays whole. */
function splitLabels(line: string): { field: Field | null; value: string }[] {
  const m = LINE_LABEL.exec(line);
  let field = m ? fieldOf(m[1]!) : null;
  const rest = m ? line.slice(m[0].length) : line;
  const parts: { field: Field | null; value: string }[] = [];
  let from = 0;
  for (const s of field && field in STAT_VALUE ? rest.matchAll(STAT_LABEL) : []) {
    parts.push({ field, value: rest.slice(from, s.index).trim() });
    field = fieldOf(s[1]!);
    from = s.index + s[0].length;
  }
  parts.push({ field, value: rest.slice(from).trim() });
  return parts;
}

/** The work header from its first label: each label's values, on its line or the lines below it. */
export function readHeader(lines: string[]): { meta: Meta; start: number; end: number } | null {
  const meta: Meta = new Map();
  const start = lines.findIndex((line) => LINE_LABEL.test(line));
  if (start < 0) return null;
  let field: Field | null = null;
  let blank = false;
  let k = start;
  const takes = (f: Field, value: string) => {
    const values = meta.get(f)!;
    const shape = STAT_VALUE[f];
    return shape ? values.length === 0 && shape.test(value) : !(blank && values.length > 0);
  };
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (line === '') {
      blank = true;
      continue;
    }
    const parts = splitLabels(line);
    if (parts[0]!.field === null && !(field && takes(field, parts[0]!.value))) break;
    for (const part of parts) {
      field = part.field ?? field!;
      if (part.field) meta.set(field, meta.get(field) ?? []);
      if (part.value) meta.get(field)!.push(part.value);
    }
    blank = false;
  }
  return meta.size >= 2 ? { meta, start, end: k } : null;
}

/** The header's fields, typed: tags split at commas (AO3 tags cannot hold one), numbers ungrouped. */
export function readMeta(meta: Meta): Ao3Meta {
  const values = (f: Field) => meta.get(f) ?? [];
  const list = (f: Field) =>
    values(f).flatMap((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
  const date = (f: Field) => values(f)[0]?.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? null;
  return {
    stated: readCount(values('words')[0]),
    published: date('published'),
    updated: date('updated'),
    rating: list('rating')[0] ?? null,
    warnings: list('warnings'),
    categories: list('categories'),
    fandoms: list('fandoms'),
    relationships: list('relationships'),
    characters: list('characters'),
    tags: list('tags'),
    language: values('language')[0] ?? null,
    series: readSeries(values('series').join('\n')),
    collections: list('collections'),
    chapters: readChapters(values('chapters')[0] ?? ''),
  };
}

/** "← Previous Work Part 2 of Whumptober 2025 Next Work →": one series or several; the end of a work page
 * says "Part 2 of the Whumptober 2025 series" (`wrapped`). */
function readSeries(text: string, wrapped = false): Ao3Series[] {
  return text
    .replace(/← Previous Work|Next Work →|\s+/g, ' ')
    .split(/(?=\bPart \d+ of )/)
    .flatMap((s) => {
      const m = /^Part (\d+) of (.+?),?$/.exec(s.trim());
      if (!m) return [];
      const name = wrapped ? m[2]!.replace(/^the (.+) series$/, '$1') : m[2]!;
      return [{ name, part: Number(m[1]) }];
    });
}

/** The work's own words and notes below the header, parsed as the page reads. */
type Body = {
  title: string;
  authors: string[];
  summary: string[];
  notes: string[];
  text: string[];
  extra: string[];
  series: string[];
};

const CHROME =
  /^(?:Actions|↑ Top|Top|Kudos ♥|Kudos|Bookmark|Share|Download|(?:Hide )?Comments(?: \(\d+\))?|Post Comment|Footer|← Previous Chapter|Next Chapter →|Entire Work|Chapter Index|.* left kudos on this work!)$/;

function readBody(lines: string[], from: number): Body {
  const body: Body = { title: '', authors: [], summary: [], notes: [], text: [], extra: [], series: [] };
  const marked = lines.some((l, k) => k >= from && /^(?:Work Text:|Chapter Text)$/.test(l));
  const chaptered = lines.some((l, k) => k >= from && l === 'Chapter Text');
  let k = from;
  while (k < lines.length && lines[k] === '') k++;
  const isMarker = (l: string) => /^(?:Summary:|Notes:|Work Text:|Chapter Text)$/.test(l);
  if (k < lines.length && !isMarker(lines[k]!)) body.title = lines[k++]!;
  while (k < lines.length && lines[k] === '') k++;
  // The byline: "quietlark", or "quietlark, fern_and_feather (mossy)".
  if (k < lines.length && !isMarker(lines[k]!) && !CHROME.test(lines[k]!))
    body.authors = lines[k++]!.split(/, | and /)
      .map((a) => a.trim())
      .filter(Boolean);
  let into: string[] | null = marked ? null : body.text;
  let where: 'preface' | 'chapter' | 'text' = 'preface';
  let endNotes: string[] = [];
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (CHROME.test(line)) break;
    const chapter = chaptered ? /^Chapter \d+(?::(.*))?$/.exec(line) : null;
    if (/^Summary:$/.test(line)) into = where === 'preface' ? body.summary : body.extra;
    else if (/^Notes:$/.test(line))
      into = where === 'preface' ? body.notes : where === 'chapter' ? body.extra : endNotes;
    else if (/^(?:Chapter )?End Notes:?$/.test(line)) into = endNotes;
    else if (/^\(See the end of the (?:work|chapter) for\b.*\)$/.test(line)) into = null;
    else if (/^Series this work belongs to:$/.test(line)) into = body.series;
    else if (chapter || /^(?:Work Text:|Chapter Text)$/.test(line)) {
      // Notes after one chapter's text belong to that chapter; only the last chapter's are the work's.
      body.extra.push(...endNotes, chapter?.[1]?.trim() ?? '');
      endNotes = [];
      where = chapter ? 'chapter' : 'text';
      into = chapter ? null : body.text;
    } else if (into) {
      // Without landmarks, a preface section ends at its first blank line and the story follows.
      if (!marked && line === '' && into !== body.text && into.some(Boolean)) into = body.text;
      into.push(line);
    }
  }
  body.notes.push('', ...endNotes);
  return body;
}

/** Lines as one text: trimmed, with at most one blank line between paragraphs. */
const tidy = (lines: string[]) =>
  lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** A work page as a browser copies it (select all, copy): its labelled header, title, byline, summary,
 * notes and work text; null when the text has no such header. */
export function parseCopiedPage(text: string): Ao3Parse | null {
  const lines = text.split(/\r\n?|\n/).map((l) => l.replace(/\u00a0/g, ' ').trim());
  const header = readHeader(lines);
  if (!header) return null;
  const meta = readMeta(header.meta);
  const body = readBody(lines, header.end);
  // A copy holds no links, unless the writer pasted the work's own address on a line of its own.
  const workId = [...lines.slice(0, header.start), ...body.text]
    .map((l) => readAo3Link(l))
    .find((l) => l?.ok && l.value.kind === 'work');
  return finishParse(
    'ao3-page',
    { ...meta, series: meta.series.length > 0 ? meta.series : readSeries(body.series.join('\n'), true) },
    {
      ...(workId?.ok && workId.value.kind === 'work' ? { workId: workId.value.workId } : {}),
      title: body.title,
      authors: body.authors,
      summary: tidy(body.summary),
      notes: tidy(body.notes),
      counted: countWords(body.text.join('\n')),
      extra: body.extra,
    },
  );
}
