import { countedWords, definitions, isoDate, seriesList, tagNames } from './ao3-markup.ts';
import { type Ao3Meta, type Ao3Parse, finishParse, readChapters, readCount } from './ao3-parse.ts';
import { workIdInHref } from './ao3-url.ts';
import { blockText, childElements, findAll, findFirst, type HtmlElement, isA, textOf } from './html.ts';

const TAG_FIELDS = {
  rating: 'rating',
  warning: 'warnings',
  category: 'categories',
  fandom: 'fandoms',
  relationship: 'relationships',
  character: 'characters',
  freeform: 'tags',
} as const;

/** The header of a work page: `dl.work.meta`, its tags, series, collections and stats. */
function readMeta(dl: HtmlElement): Ao3Meta {
  const defs = definitions(dl);
  const tags = (key: keyof typeof TAG_FIELDS) => tagNames(defs.get(key)?.dd);
  const stats = definitions(findFirst(defs.get('stats')?.dd ?? dl, (e) => isA(e, 'dl', 'stats')));
  const stat = (key: string) => textOf(stats.get(key)?.dd);
  const collections = defs.get('collections')?.dd;
  return {
    stated: readCount(stat('words')),
    published: isoDate(stat('published')),
    // "Updated:" or "Completed:", both in `dd.status`.
    updated: isoDate(stat('status')),
    rating: tags('rating')[0] ?? null,
    warnings: tags('warning'),
    categories: tags('category'),
    fandoms: tags('fandom'),
    relationships: tags('relationship'),
    characters: tags('character'),
    tags: tags('freeform'),
    language: textOf(defs.get('language')?.dd) || null,
    series: seriesList(defs.get('series')?.dd),
    collections: collections ? findAll(collections, (e) => e.name === 'a').map(textOf) : [],
    chapters: readChapters(stat('chapters')),
  };
}

/** The work's own id, from the page's canonical link or its work machinery (kudos, actions, header,
 * chapter headings), never from a link the writer put in a summary, notes or the text. */
export function pageWorkId(root: HtmlElement, saved: string | null): string | undefined {
  const userstuff = { skip: (e: HtmlElement) => isA(e, '*', 'userstuff') };
  const chapters = findFirst(root, (e) => e.attrs.id === 'chapters');
  const meta = findFirst(root, (e) => isA(e, 'dl', 'work', 'meta'));
  const stats = meta && findFirst(meta, (e) => isA(e, 'dl', 'stats'));
  // The first of each: the page's own actions, its stats, and its first chapter headings.
  const chrome = [
    findFirst(root, (e) => isA(e, 'ul', 'work', 'navigation')),
    // The header's stats link the work's bookmarks and chapters (its series links are other works).
    ...(stats ? findAll(stats, (e) => e.name === 'dd') : []),
    ...(chapters ? findAll(chapters, (e) => isA(e, 'h3', 'title'), userstuff).slice(0, 3) : []),
  ];
  const sources = [
    ...findAll(root, (e) => e.name === 'link' && (e.attrs.rel ?? '').toLowerCase() === 'canonical').map(
      (e) => e.attrs.href,
    ),
    ...findAll(root, (e) => e.name === 'meta' && e.attrs.property === 'og:url').map((e) => e.attrs.content),
    saved ?? undefined,
    ...findAll(root, (e) => e.name === 'input' && e.attrs.name === 'kudo[commentable_id]').map(
      (e) => `/works/${e.attrs.value ?? ''}`,
    ),
    ...chrome.flatMap((el) =>
      el
        ? findAll(el, (e) => e.name === 'a', userstuff).map((e) =>
            (e.attrs.href ?? '').replace(/^\/downloads\/(\d+)\//, '/works/$1/'),
          )
        : [],
    ),
  ];
  for (const href of sources) {
    const id = workIdInHref(href);
    if (id) return id;
  }
  return undefined;
}

const quote = (el: HtmlElement | undefined) =>
  blockText(el && findFirst(el, (e) => isA(e, 'blockquote', 'userstuff')));

/** A work page as AO3 serves it (one chapter, one of several, or the entire work), saved or fetched. */
export function readWorkHtml(root: HtmlElement, saved: string | null): Ao3Parse {
  const meta = readMeta(findFirst(root, (e) => isA(e, 'dl', 'work', 'meta'))!);
  const skin = findFirst(root, (e) => e.attrs.id === 'workskin') ?? root;
  const preface =
    childElements(skin).find((e) => isA(e, 'div', 'preface') && !isA(e, '*', 'chapter')) ??
    findFirst(skin, (e) => isA(e, 'div', 'preface') && !isA(e, '*', 'chapter') && !isA(e, '*', 'afterword'));
  const byline = preface && findFirst(preface, (e) => isA(e, 'h3', 'byline'));
  const authorLinks = byline ? findAll(byline, (e) => e.name === 'a' && e.attrs.rel === 'author') : [];
  const chaptersEl = findFirst(root, (e) => e.attrs.id === 'chapters');
  const chapters = chaptersEl ? childElements(chaptersEl).filter((e) => isA(e, 'div', 'chapter')) : [];
  const extra: string[] = [];
  let counted = 0;
  for (const chapter of chapters) {
    const head = findFirst(chapter, (e) => isA(e, 'div', 'preface'));
    extra.push(textOf(head && findFirst(head, (e) => isA(e, 'h3', 'title'))));
    extra.push(quote(head && findFirst(head, (e) => isA(e, 'div', 'summary'))));
    extra.push(quote(head && findFirst(head, (e) => isA(e, 'div', 'notes'))));
    extra.push(quote(findFirst(chapter, (e) => isA(e, 'div', 'end', 'notes'))));
    counted += countedWords(
      findFirst(chapter, (e) => isA(e, 'div', 'userstuff') && e.attrs.role === 'article'),
    );
  }
  if (chapters.length === 0 && chaptersEl)
    counted = countedWords(childElements(chaptersEl).find((e) => isA(e, 'div', 'userstuff')) ?? chaptersEl);
  const endNotes = quote(findFirst(root, (e) => e.attrs.id === 'work_endnotes'));
  const notes = quote(preface && findFirst(preface, (e) => isA(e, 'div', 'notes')));
  return finishParse('ao3-work-html', meta, {
    workId: pageWorkId(root, saved),
    title: textOf(preface && findFirst(preface, (e) => isA(e, 'h2', 'title'))),
    authors:
      authorLinks.length > 0 ? authorLinks.map(textOf) : byline ? [textOf(byline)].filter(Boolean) : [],
    summary: quote(preface && findFirst(preface, (e) => isA(e, 'div', 'summary'))),
    notes: [notes, endNotes].filter(Boolean).join('\n\n'),
    counted,
    extra,
  });
}
