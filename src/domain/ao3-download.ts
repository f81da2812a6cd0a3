import { countedWords, seriesInline, tagNames } from './ao3-markup.ts';
import { type Ao3Meta, type Ao3Parse, finishParse, readChapters, readCount } from './ao3-parse.ts';
import { workIdInHref } from './ao3-url.ts';
import { blockText, childElements, findAll, findFirst, type HtmlElement, isA, textOf } from './html.ts';

// The labels of a download's `dl.tags`, singular and plural, as AO3 prints them.
const LABELS: Record<string, keyof Ao3Meta> = {
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
};

/** "Published: 2025-10-03 Completed: 2025-10-04 Words: 269 Chapters: 1/1": each stat's value. */
function readStats(text: string): Map<string, string> {
  const stats = new Map<string, string>();
  for (const m of text.matchAll(/(Published|Updated|Completed|Words|Chapters): ?(\S{1,40})/g))
    if (!stats.has(m[1]!)) stats.set(m[1]!, m[2]!);
  return stats;
}

function readMeta(dl: HtmlElement | undefined): Ao3Meta {
  const fields = new Map<keyof Ao3Meta, HtmlElement>();
  let label = '';
  for (const el of dl ? childElements(dl) : []) {
    if (el.name === 'dt') label = textOf(el).replace(/:$/, '');
    else if (el.name === 'dd') fields.set(LABELS[label] ?? ('stated' as const), el);
  }
  const tags = (key: keyof Ao3Meta) => tagNames(fields.get(key));
  const stats = readStats(textOf(fields.get('stated')));
  const date = (key: string) => stats.get(key) ?? null;
  return {
    stated: readCount(stats.get('Words')),
    published: date('Published'),
    updated: date('Updated') ?? date('Completed'),
    rating: tags('rating')[0] ?? null,
    warnings: tags('warnings'),
    categories: tags('categories'),
    fandoms: tags('fandoms'),
    relationships: tags('relationships'),
    characters: tags('characters'),
    tags: tags('tags'),
    language: textOf(fields.get('language')) || null,
    series: seriesInline(fields.get('series')),
    collections: tags('collections'),
    chapters: readChapters(stats.get('Chapters') ?? ''),
  };
}

/** The blockquote after the paragraph `heading` ("Summary", "Notes", "Chapter Notes") among `el`'s children. */
function quoteAfter(el: HtmlElement | undefined, heading: string): string {
  const children = el ? childElements(el) : [];
  const at = children.findIndex((c) => c.name === 'p' && textOf(c) === heading);
  const next = at >= 0 ? children[at + 1] : undefined;
  return next?.name === 'blockquote' ? blockText(next) : '';
}

/** AO3's "Download → HTML" file of a work. */
export function readDownload(root: HtmlElement): Ao3Parse {
  const preface = findFirst(root, (e) => e.attrs.id === 'preface') ?? root;
  const meta = findFirst(preface, (e) => isA(e, 'div', 'meta'));
  const message = findFirst(preface, (e) => isA(e, 'p', 'message'));
  const workId = (message ? findAll(message, (e) => e.name === 'a') : [])
    .map((a) => workIdInHref(a.attrs.href))
    .find(Boolean);
  const byline = meta && findFirst(meta, (e) => isA(e, 'div', 'byline'));
  const authors = byline ? findAll(byline, (e) => e.name === 'a' && e.attrs.rel === 'author') : [];
  const chapters = findFirst(root, (e) => e.attrs.id === 'chapters');
  const parts = chapters ? childElements(chapters) : [];
  const contents = parts.filter((e) => isA(e, 'div', 'userstuff'));
  // AO3 counts chapter contents only, not the chapter headings and notes the download puts between them.
  const counted =
    contents.length > 0 ? contents.reduce((n, c) => n + countedWords(c), 0) : countedWords(chapters);
  const extra = parts
    .filter((e) => isA(e, 'div', 'meta'))
    .flatMap((m) => [
      textOf(findFirst(m, (e) => e.name === 'h2')),
      quoteAfter(m, 'Chapter Summary'),
      quoteAfter(m, 'Chapter Notes'),
      quoteAfter(m, 'Chapter End Notes'),
    ]);
  const endNotes = quoteAfter(
    findFirst(root, (e) => e.attrs.id === 'endnotes'),
    'End Notes',
  );
  return finishParse('ao3-html', readMeta(meta && findFirst(meta, (e) => isA(e, 'dl', 'tags'))), {
    ...(workId ? { workId } : {}),
    title: textOf(meta && findFirst(meta, (e) => e.name === 'h1')),
    authors:
      authors.length > 0 ? authors.map(textOf) : [textOf(byline).replace(/^by\s+/, '')].filter(Boolean),
    summary: quoteAfter(meta, 'Summary'),
    notes: [quoteAfter(meta, 'Notes'), endNotes].filter(Boolean).join('\n\n'),
    counted,
    extra,
  });
}
