import { readAo3, readAo3Listing } from '../domain/ao3-import.ts';
import type { Ao3Listing } from '../domain/ao3-listing.ts';
import type { Ao3Parse } from '../domain/ao3-parse.ts';
import { type Ao3Problem, PROBLEM_MESSAGES, pageProblem } from '../domain/ao3-problems.ts';
import { pagePath, workFetchPath } from '../domain/ao3-url.ts';
import { parseHtml } from '../domain/html.ts';
import type { ParsePool } from '../parse-pool.ts';
import type { Ao3Client, FetchResult } from './client.ts';

/** Why Promptly has no work or listing from AO3: the status to answer with and what to tell the writer. */
export type Ao3Failure = { status: 422 | 429 | 502 | 504; message: string; retryAfter?: number };

/** The most pages of a listing Promptly fetches. */
export const MAX_LISTING_PAGES = 20;

// Pages a writer can do something about are 422; AO3 refusing or failing is 502.
const UPSTREAM: Ao3Problem[] = ['challenge', 'retry-later'];
const ofProblem = (problem: string, message: string): Ao3Failure => ({
  status: UPSTREAM.includes(problem as Ao3Problem) ? 502 : 422,
  message,
});

/** What a fetch's answer means when it is not a page to read (null when it is one). */
function answerFailure(res: FetchResult, what: 'work' | 'list'): Ao3Failure | null {
  if (!res.ok) {
    if (res.reason === 'busy') return { status: 429, message: res.message, retryAfter: res.retryAfter };
    return { status: res.reason === 'timeout' ? 504 : 502, message: res.message };
  }
  if (res.status === 200) return null;
  if (res.status === 404)
    return {
      status: 422,
      message:
        what === 'work'
          ? PROBLEM_MESSAGES['not-found']
          : 'AO3 has no such page (error 404): check the list’s address on AO3.',
    };
  if (res.status === 429)
    return {
      status: 502,
      message: 'AO3 asked Promptly to slow down (429 Retry later); try again in a few minutes.',
    };
  const problem = res.html ? pageProblem(parseHtml(res.html)) : null;
  if (problem === 'challenge') return { status: 502, message: PROBLEM_MESSAGES.challenge };
  return { status: 502, message: `AO3 answered with an error (${res.status}); try again later.` };
}

/**
 * Fetches work `workId` (the whole work, past the adult-content warning) and reads it: in `parse`
 * when given, as a work page may be megabytes long.
 */
export async function fetchWork(
  client: Ao3Client,
  writer: number,
  workId: string,
  parse?: ParsePool,
): Promise<{ ok: true; value: Ao3Parse } | { ok: false; failure: Ao3Failure }> {
  const res = await client.fetchPage(workFetchPath(workId), writer);
  const failed = answerFailure(res, 'work');
  if (failed || !res.ok) return { ok: false, failure: failed! };
  const parsed = parse ? await parse.run('ao3', res.html) : { ok: true as const, value: readAo3(res.html) };
  if (!parsed.ok) return { ok: false, failure: { status: 502, message: parsed.error } };
  const read = parsed.value;
  if (!read.ok) return { ok: false, failure: ofProblem(read.problem, read.errors.page) };
  if (read.value.source !== 'ao3-work-html')
    return { ok: false, failure: { status: 502, message: 'AO3 answered with a page that is not a work.' } };
  return { ok: true, value: { ...read.value, work_id: read.value.work_id ?? workId } };
}

/** A listing as fetched so far: its first page's heading, the pages found and fetched, and the works. */
export type ListingProgress = {
  heading: string;
  pagesFound: number;
  pagesFetched: number;
  /** Pages the listing has beyond the most Promptly fetches. */
  pagesLeft: number;
  works: Ao3Listing['works'];
  skipped: Ao3Listing['skipped'];
};

/**
 * Fetches a listing page by page (at most MAX_LISTING_PAGES), waiting for each turn, reporting
 * progress after each page; stops early when `signal` is aborted, keeping what it has.
 */
export async function fetchListing(
  client: Ao3Client,
  writer: number,
  path: string,
  onPage: (progress: ListingProgress) => void,
  signal?: AbortSignal,
): Promise<
  { ok: true; value: ListingProgress } | { ok: false; failure: Ao3Failure; value: ListingProgress }
> {
  const progress: ListingProgress = {
    heading: '',
    pagesFound: 1,
    pagesFetched: 0,
    pagesLeft: 0,
    works: [],
    skipped: [],
  };
  const seen = new Set<string>();
  for (let page = 1; page <= progress.pagesFound; page++) {
    if (signal?.aborted) break;
    const res = await client.fetchPage(pagePath(path, page), writer, { wait: true, signal });
    if (signal?.aborted) break;
    const failed = answerFailure(res, 'list');
    if (failed || !res.ok) return { ok: false, failure: failed!, value: progress };
    const read = readAo3Listing(res.html);
    if (!read.ok) return { ok: false, failure: ofProblem(read.problem, read.errors.page), value: progress };
    const listing = read.value;
    // "1 - 20 of 31 Works by you" names the first page only: the whole list is "31 Works by you".
    if (page === 1) progress.heading = listing.heading.replace(/^\d[\d,]* - \d[\d,]* of /, '');
    progress.pagesFound = Math.min(Math.max(progress.pagesFound, listing.pages), MAX_LISTING_PAGES);
    progress.pagesLeft = Math.max(progress.pagesLeft, listing.pages - MAX_LISTING_PAGES, 0);
    progress.pagesFetched = page;
    for (const work of listing.works) {
      if (seen.has(work.work_id)) continue;
      seen.add(work.work_id);
      progress.works.push(work);
    }
    progress.skipped.push(...listing.skipped);
    onPage(progress);
  }
  return { ok: true, value: progress };
}
