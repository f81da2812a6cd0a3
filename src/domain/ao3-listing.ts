import { definitions, isoDate, seriesList, tagNames } from './ao3-markup.ts';
import { type Ao3Series, readChapters, readCount } from './ao3-parse.ts';
import { type ListingKind, workIdInHref, workUrl } from './ao3-url.ts';
import { blockText, childElements, findAll, findFirst, type HtmlElement, isA, textOf } from './html.ts';
import { type DetectedPrompt, detectPrompts } from './prompt-detect.ts';

/** A work as a listing's blurb shows it; snake_case because the API returns it as is. */
export type Ao3ListedWork = {
  work_id: string;
  url: string;
  title: string;
  authors: string[];
  fandoms: string[];
  rating: string | null;
  warnings: string[];
  categories: string[];
  relationships: string[];
  characters: string[];
  tags: string[];
  language: string | null;
  words: number | null;
  /** The blurb's date: when the work was posted, or last updated. */
  published: string | null;
  chapters?: { current: number; total: number | null };
  summary: string;
  series: Ao3Series[];
  collections: string[];
  prompts: DetectedPrompt[];
};

/** One page of a listing: its heading, its works, the blurbs that are not works, and where it is in the list. */
export type Ao3Listing = {
  kind: ListingKind;
  heading: string;
  works: Ao3ListedWork[];
  skipped: { title: string; reason: string }[];
  page: number;
  pages: number;
  total: number | null;
};

// A bookmarker's own notes and tags, and blurbs nested in a blurb, are not the work's.
const notTheWork = { skip: (e: HtmlElement) => isA(e, 'div', 'user') || isA(e, 'li', 'blurb') };
const inBlurb = (li: HtmlElement, test: (e: HtmlElement) => boolean) =>
  findAll(li, test, { ...notTheWork, outermost: true });

type Read = { work: Ao3ListedWork } | { skipped: { title: string; reason: string } };

function readBlurb(li: HtmlElement, collection: string | null): Read {
  const heading = inBlurb(li, (e) => isA(e, 'h4', 'heading'))[0];
  const links = heading ? findAll(heading, (e) => e.name === 'a') : [];
  const link = links.find((a) => workIdInHref(a.attrs.href));
  const title = textOf(link ?? links[0] ?? heading) || textOf(inBlurb(li, (e) => isA(e, 'p', 'message'))[0]);
  if (!link) {
    const href = links[0]?.attrs.href ?? '';
    const reason = isA(li, '*', 'mystery')
      ? 'an unrevealed work'
      : /\/series\/\d/.test(href)
        ? 'a series, not a work'
        : /\/external_works\//.test(href)
          ? 'a work posted elsewhere'
          : 'not a work (deleted, or hidden)';
    return { skipped: { title: title || 'Untitled', reason } };
  }
  const workId = workIdInHref(link.attrs.href)!;
  const first = <T>(test: (e: HtmlElement) => boolean, read: (e: HtmlElement) => T, none: T) => {
    const el = inBlurb(li, test)[0];
    return el ? read(el) : none;
  };
  const tagsOf = (kind: string) =>
    first(
      (e) => isA(e, 'ul', 'tags'),
      (ul) => tagsIn(ul, kind),
      [],
    );
  const symbol = (kind: string) =>
    first(
      (e) => isA(e, 'span', kind) && e.attrs.title !== undefined,
      (e) => e.attrs.title!,
      '',
    );
  const stats = definitions(
    first(
      (e) => isA(e, 'dl', 'stats'),
      (e) => e,
      undefined,
    ),
  );
  const stat = (key: string) => textOf(stats.get(key)?.dd);
  const summary = first((e) => isA(e, 'blockquote', 'summary'), blockText, '');
  const tags = tagsOf('freeforms');
  return {
    work: {
      work_id: workId,
      url: workUrl(workId),
      title: textOf(link),
      authors: findAll(heading!, (e) => e.name === 'a' && e.attrs.rel === 'author').map(textOf),
      fandoms: first((e) => isA(e, 'h5', 'fandoms'), tagNames, []),
      rating: symbol('rating') || null,
      warnings: tagsOf('warnings'),
      categories: symbol('category')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      relationships: tagsOf('relationships'),
      characters: tagsOf('characters'),
      tags,
      language: stat('language') || null,
      words: readCount(stat('words')),
      published: first(
        (e) => isA(e, 'p', 'datetime'),
        (e) => isoDate(textOf(e)),
        null,
      ),
      ...(readChapters(stat('chapters')) ? { chapters: readChapters(stat('chapters'))! } : {}),
      summary,
      series: first((e) => isA(e, 'ul', 'series'), seriesList, []),
      collections: collection ? [collection] : [],
      prompts: detectPrompts([textOf(link), summary, ...tags]),
    },
  };
}

/** The tags of one kind ("warnings", "freeforms"...) in a blurb's tag list. */
const tagsIn = (ul: HtmlElement, kind: string) =>
  childElements(ul)
    .filter((li) => isA(li, 'li', kind))
    .flatMap((li) => tagNames(li));

/** The pages of a listing, from its pagination: the page shown and the last page linked. */
function pagination(root: HtmlElement): { page: number; pages: number } {
  const nav = findFirst(root, (e) => isA(e, 'ol', 'pagination'));
  if (!nav) return { page: 1, pages: 1 };
  const current = Number(textOf(findFirst(nav, (e) => isA(e, '*', 'current')))) || 1;
  const linked = findAll(nav, (e) => e.name === 'a').map(
    (a) => Number(/[?&]page=(\d{1,5})(?:&|$)/.exec(a.attrs.href ?? '')?.[1] ?? 0) || Number(textOf(a)) || 0,
  );
  return { page: current, pages: Math.max(current, ...linked) };
}

/** A listing page of works (a writer's works, a collection's, a series, bookmarks), or null when it has no blurbs. */
export function readListing(root: HtmlElement): Ao3Listing | null {
  const blurbs = findAll(root, (e) => isA(e, 'li', 'blurb'), { outermost: true });
  if (blurbs.length === 0) return null;
  const main = findFirst(root, (e) => e.attrs.id === 'main') ?? root;
  const heading = textOf(findFirst(main, (e) => isA(e, 'h2', 'heading'))).slice(0, 300);
  const seriesPage = findFirst(
    main,
    (e) => isA(e, 'dl', 'series', 'meta') || isA(e, 'ul', 'series', 'index'),
  );
  const bookmarks = blurbs.some((li) => isA(li, 'li', 'bookmark'));
  const within = /\bWorks(?: by \S+)? in /.exec(heading);
  const collection = within ? heading.slice(within.index + within[0].length) || null : null;
  const kind: ListingKind = bookmarks
    ? 'bookmarks'
    : seriesPage
      ? 'series'
      : collection
        ? 'collection-works'
        : 'user-works';
  const listing: Ao3Listing = { kind, heading, works: [], skipped: [], ...pagination(root), total: null };
  const count = /(?:^|\bof )([\d,]+) (?:Works|Bookmarks)\b/.exec(heading)?.[1];
  listing.total = count ? readCount(count) : null;
  const seen = new Set<string>();
  for (const li of blurbs) {
    const read = readBlurb(li, kind === 'collection-works' ? collection : null);
    if ('skipped' in read) listing.skipped.push(read.skipped);
    else if (!seen.has(read.work.work_id)) {
      seen.add(read.work.work_id);
      listing.works.push(read.work);
    }
  }
  return listing;
}
