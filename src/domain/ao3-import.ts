import { type DetectedPrompt, detectPrompts } from './prompt-detect.ts';
import { countWords, decodeHtmlEntities } from './word-count.ts';

/** What a writer's paste says about a finished piece; snake_case because the API returns it as is. */
export type Ao3Parse = {
  source: 'ao3-page' | 'ao3-html' | 'url' | 'text';
  work_id?: string;
  title: string;
  words: number;
  words_counted: number;
  published: string | null;
  updated?: string | null;
  rating: string | null;
  warnings: string[];
  categories: string[];
  fandoms: string[];
  relationships: string[];
  characters: string[];
  tags: string[];
  language: string | null;
  series: { name: string; part: number }[];
  collections: string[];
  summary: string;
  notes: string;
  chapters?: { current: number; total: number | null };
  prompts: DetectedPrompt[];
};

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

const WORK_URL =
  /^(?:https?:\/\/)?(?:www\.)?(?:archiveofourown\.(?:org|com|net|gay)|ao3\.org)(?:\/collections\/[^/\s]+)?\/works\/(\d+)(?:\/chapters\/\d+)?\/?(?:[?#]\S*)?$/i;
const WORK_LINK = /archiveofourown\.(?:org|com|net|gay)\/works\/(\d+)/;

/** Reads an AO3 work page as a browser copies it, AO3's downloaded HTML, a work URL, or a story's plain text. */
export function parseAo3(text: string): Ao3Parse {
  const trimmed = text.trim();
  const url = WORK_URL.exec(trimmed);
  if (url) return { ...empty('url', 0), work_id: url[1]! };
  if (/<dl class="tags"|<div id="chapters"/.test(trimmed)) return parseDownload(trimmed);
  const page = parsePage(trimmed);
  if (page) return page;
  const html = /^</.test(trimmed) && /<\/(?:p|div|em|i|b|strong|span)>|<br\s*\/?>/i.test(trimmed);
  return empty('text', countWords(trimmed, html ? 'html' : 'plain'));
}

function empty(source: Ao3Parse['source'], words: number): Ao3Parse {
  return {
    source,
    title: '',
    words,
    words_counted: words,
    published: null,
    rating: null,
    warnings: [],
    categories: [],
    fandoms: [],
    relationships: [],
    characters: [],
    tags: [],
    language: null,
    series: [],
    collections: [],
    summary: '',
    notes: '',
    prompts: [],
  };
}

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
function readHeader(lines: string[]): { meta: Meta; end: number } | null {
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
  return meta.size >= 2 ? { meta, end: k } : null;
}

/** The header's fields, typed: tags split at commas (AO3 tags cannot hold one), numbers ungrouped. */
function readMeta(meta: Meta) {
  const values = (f: Field) => meta.get(f) ?? [];
  const list = (f: Field) =>
    values(f).flatMap((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
  const number = (f: Field) => {
    const v = values(f)[0];
    return v && COUNT.test(v) ? Number(v.replace(/\D/g, '')) : null;
  };
  const date = (f: Field) => values(f)[0]?.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? null;
  const chapters = values('chapters')[0]?.match(/^(\d+)\s*\/\s*(\d+|\?)$/);
  return {
    stated: number('words'),
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
    chapters: chapters
      ? { current: Number(chapters[1]), total: chapters[2] === '?' ? null : Number(chapters[2]) }
      : undefined,
  };
}

/** "← Previous Work Part 2 of Whumptober 2025 Next Work →": one series or several; the end of a work page
 * says "Part 2 of the Whumptober 2025 series" (`wrapped`). */
function readSeries(text: string, wrapped = false): { name: string; part: number }[] {
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
  summary: string[];
  notes: string[];
  text: string[];
  extra: string[];
  series: string[];
};

const CHROME =
  /^(?:Actions|↑ Top|Top|Kudos ♥|Kudos|Bookmark|Share|Download|(?:Hide )?Comments(?: \(\d+\))?|Post Comment|Footer|← Previous Chapter|Next Chapter →|Entire Work|Chapter Index|.* left kudos on this work!)$/;

function readBody(lines: string[], from: number): Body {
  const body: Body = { title: '', summary: [], notes: [], text: [], extra: [], series: [] };
  const marked = lines.some((l, k) => k >= from && /^(?:Work Text:|Chapter Text)$/.test(l));
  const chaptered = lines.some((l, k) => k >= from && l === 'Chapter Text');
  let k = from;
  while (k < lines.length && lines[k] === '') k++;
  const isMarker = (l: string) => /^(?:Summary:|Notes:|Work Text:|Chapter Text)$/.test(l);
  if (k < lines.length && !isMarker(lines[k]!)) body.title = lines[k++]!;
  while (k < lines.length && lines[k] === '') k++;
  if (k < lines.length && !isMarker(lines[k]!) && !CHROME.test(lines[k]!)) k++; // the byline
  let into: string[] | null = marked ? null : body.text;
  let where: 'preface' | 'chapter' | 'text' = 'preface';
  let endNotes: string[] = [];
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (CHROME.test(line)) break;
    const chapter = chaptered ? /^Chapter \d+(?::\s*(.*))?$/.exec(line) : null;
    if (/^Summary:$/.test(line)) into = where === 'preface' ? body.summary : body.extra;
    else if (/^Notes:$/.test(line))
      into = where === 'preface' ? body.notes : where === 'chapter' ? body.extra : endNotes;
    else if (/^(?:Chapter )?End Notes:?$/.test(line)) into = endNotes;
    else if (/^\(See the end of the (?:work|chapter) for\b.*\)$/.test(line)) into = null;
    else if (/^Series this work belongs to:$/.test(line)) into = body.series;
    else if (chapter || /^(?:Work Text:|Chapter Text)$/.test(line)) {
      // Notes after one chapter's text belong to that chapter; only the last chapter's are the work's.
      body.extra.push(...endNotes, chapter?.[1] ?? '');
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

function parsePage(text: string): Ao3Parse | null {
  const lines = text.split(/\r\n?|\n/).map((l) => l.replace(/\u00a0/g, ' ').trim());
  const header = readHeader(lines);
  if (!header) return null;
  const meta = readMeta(header.meta);
  const body = readBody(lines, header.end);
  const workText = body.text.join('\n');
  return result('ao3-page', WORK_LINK.exec(text)?.[1], meta, {
    title: body.title,
    summary: tidy(body.summary),
    notes: tidy(body.notes),
    counted: countWords(workText),
    extra: body.extra,
    series: readSeries(body.series.join('\n'), true),
  });
}

function result(
  source: 'ao3-page' | 'ao3-html',
  workId: string | undefined,
  meta: ReturnType<typeof readMeta>,
  work: {
    title: string;
    summary: string;
    notes: string;
    counted: number;
    extra: string[];
    series: Ao3Parse['series'];
  },
): Ao3Parse {
  const { stated, chapters, series, ...fields } = meta;
  return {
    source,
    ...(workId ? { work_id: workId } : {}),
    title: work.title,
    words: stated ?? work.counted,
    words_counted: work.counted,
    ...fields,
    series: series.length > 0 ? series : work.series,
    summary: work.summary,
    notes: work.notes,
    ...(chapters ? { chapters } : {}),
    prompts: detectPrompts([
      work.title,
      work.summary,
      work.notes,
      ...work.extra.filter(Boolean),
      ...fields.tags,
    ]),
  };
}

/** The inner HTML of the element whose start tag begins at `at`, nested elements of its kind included. */
function inner(html: string, at: number): string {
  const name = /^<([a-z0-9]+)/i.exec(html.slice(at))?.[1] ?? 'div';
  const open = html.indexOf('>', at) + 1;
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = open;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(open, m.index);
  }
  return html.slice(open);
}

/** HTML as text: blocks and line breaks become new lines, other tags go, references are decoded. */
function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\b[^>]*>|<\/?(?:p|div|blockquote|h[1-6]|li|ul|ol|dl|dt|dd|hr|tr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return tidy(
    decodeHtmlEntities(text)
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim()),
  );
}

/** The blockquote that follows a `<p>Heading</p>` in AO3's downloaded HTML, as text. */
function quoteAfter(html: string, heading: string): string {
  const m = new RegExp(`<p>\\s*${heading}:?\\s*</p>\\s*(?=<blockquote)`, 'i').exec(html);
  return m ? htmlToText(inner(html, m.index + m[0].length)) : '';
}

function parseDownload(html: string): Ao3Parse {
  const dl = /<dl class="tags">/.exec(html);
  const header = dl ? readHeader(htmlToText(inner(html, dl.index)).split('\n')) : null;
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  const chaptersAt = html.search(/<div id="chapters"/);
  const chapters = chaptersAt >= 0 ? inner(html, chaptersAt) : '';
  // AO3 counts chapter contents only, not the chapter headings and notes the download puts between them.
  const contents = [...chapters.matchAll(/<!--chapter content-->([\s\S]*?)<!--\/chapter content-->/g)];
  const counted = contents.length
    ? contents.reduce((sum, m) => sum + countWords(m[1]!, 'html'), 0)
    : countWords(chapters, 'html');
  const between = chapters.replace(/<!--chapter content-->[\s\S]*?<!--\/chapter content-->/g, '\n');
  const endNotes = quoteAfter(html, 'End Notes');
  return result('ao3-html', WORK_LINK.exec(html)?.[1], readMeta(header?.meta ?? new Map()), {
    title: h1 ? htmlToText(h1[1]!) : '',
    summary: quoteAfter(html, 'Summary'),
    notes: tidy([quoteAfter(html, 'Notes'), '', endNotes]),
    counted,
    extra: contents.length ? htmlToText(between).split('\n') : [],
    series: [],
  });
}
