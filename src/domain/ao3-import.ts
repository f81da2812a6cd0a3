import { readDownload } from './ao3-download.ts';
import { type Ao3Listing, readListing } from './ao3-listing.ts';
import { type Ao3Parse, emptyParse } from './ao3-parse.ts';
import { type Ao3Problem, PROBLEM_MESSAGES, pageProblem, textProblem } from './ao3-problems.ts';
import { parseCopiedPage } from './ao3-text.ts';
import { readAo3Link } from './ao3-url.ts';
import { readWorkHtml } from './ao3-work-html.ts';
import { findFirst, type HtmlElement, isA, parseHtml } from './html.ts';
import { countWords } from './word-count.ts';

export type { Ao3Parse } from './ao3-parse.ts';

/** A page read as a work, or why it is not one (with the message to show). */
export type Ao3Read =
  | { ok: true; value: Ao3Parse }
  | { ok: false; problem: Ao3Problem | 'listing' | 'not-a-work'; errors: { page: string } };

/** A page read as a listing of works, or why it is not one. */
export type Ao3ListingRead =
  | { ok: true; value: Ao3Listing }
  | { ok: false; problem: Ao3Problem | 'work' | 'not-a-listing'; errors: { page: string } };

// Chrome's "Save page as" starts the file with the address it came from.
const SAVED_FROM = /^\s*<!-- saved from url=\(\d{1,4}\)(\S{1,2000}) -->/;

// A byte order mark is white space to \s.
const looksLikeHtml = (text: string) => /^\s*</.test(text);

function problem<P extends string>(kind: P, message: string) {
  return { ok: false as const, problem: kind, errors: { page: message } };
}

/** The page's tree and the address a saved file says it came from. */
function parsePage(text: string): { root: HtmlElement; saved: string | null } {
  return { root: parseHtml(text), saved: SAVED_FROM.exec(text.slice(0, 2100))?.[1] ?? null };
}

const isWorkPage = (root: HtmlElement) => findFirst(root, (e) => isA(e, 'dl', 'work', 'meta')) !== undefined;
const isDownload = (root: HtmlElement) =>
  findFirst(root, (e) => isA(e, 'dl', 'tags') || (e.attrs.id === 'preface' && e.name === 'div')) !==
  undefined;

/**
 * Reads a paste as a work: AO3's work page (its HTML, saved or fetched, or its text as a browser copies
 * it), AO3's downloaded HTML, a work's link, or a story's plain text or HTML. Pages that are not a
 * readable work (sign-in, 404, adult warning, Cloudflare, a listing) come back as a problem to show.
 */
export function readAo3(text: string): Ao3Read {
  const trimmed = text.trim();
  const link = readAo3Link(trimmed);
  if (link?.ok && link.value.kind === 'work')
    return { ok: true, value: { ...emptyParse('url', 0), work_id: link.value.workId } };
  if (looksLikeHtml(trimmed)) {
    const { root, saved } = parsePage(trimmed);
    const kind = pageProblem(root);
    if (kind) return problem(kind, PROBLEM_MESSAGES[kind]);
    if (isWorkPage(root)) return { ok: true, value: readWorkHtml(root, saved) };
    if (isDownload(root)) return { ok: true, value: readDownload(root) };
    if (readListing(root))
      return problem(
        'listing',
        'This is a list of works. Import it from “Import from AO3” on your collection page.',
      );
    const html = /<\/(?:p|div|em|i|b|strong|span)>|<br\s{0,10}\/?>/i.test(trimmed);
    return { ok: true, value: emptyParse('text', countWords(trimmed, html ? 'html' : 'plain')) };
  }
  const page = parseCopiedPage(trimmed);
  if (page) return { ok: true, value: page };
  const kind = textProblem(trimmed);
  if (kind) return problem(kind, PROBLEM_MESSAGES[kind]);
  return { ok: true, value: emptyParse('text', countWords(trimmed)) };
}

/** Reads a paste as a work, as `readAo3` does; a page that is not a readable work counts as no text. */
export function parseAo3(text: string): Ao3Parse {
  const read = readAo3(text);
  return read.ok ? read.value : emptyParse('text', 0);
}

/** Reads a listing page's HTML (a writer's works, a collection's works, a series, bookmarks). */
export function readAo3Listing(text: string): Ao3ListingRead {
  const trimmed = text.trim();
  if (!looksLikeHtml(trimmed))
    return problem(
      'not-a-listing',
      'Paste the list’s HTML (save the page, or open its source, then copy all), or paste its link.',
    );
  const { root } = parsePage(trimmed);
  const kind = pageProblem(root);
  if (kind) return problem(kind, PROBLEM_MESSAGES[kind]);
  if (isWorkPage(root) || isDownload(root))
    return problem(
      'work',
      'This is one work, not a list: log it with “Log a piece”, or paste a list of works here.',
    );
  const listing = readListing(root);
  if (!listing)
    return problem(
      'not-a-listing',
      'No works were found on this page. Paste the HTML of your works, a collection’s works, a series or your bookmarks.',
    );
  return { ok: true, value: listing };
}
