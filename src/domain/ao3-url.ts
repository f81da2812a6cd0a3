/** The hosts whose links Promptly reads as AO3's (with or without `www.`), besides the configured one. */
export const AO3_HOSTS = ['archiveofourown.org', 'ao3.org'];

/** The kinds of AO3 listing Promptly imports from. */
export type ListingKind = 'user-works' | 'collection-works' | 'series' | 'bookmarks';

/** An AO3 link, read: a work (its id and the path that fetches all of it) or a listing of works. */
export type Ao3Link =
  | { kind: 'work'; workId: string; path: string }
  | { kind: 'listing'; listing: ListingKind; path: string };

export type LinkResult = { ok: true; value: Ao3Link } | { ok: false; error: string };

const NAME = String.raw`[^/?#\s]+`;
const WORK_PATH = new RegExp(
  String.raw`^(?:/collections/${NAME})?/works/(\d{1,12})(?:/chapters/\d{1,12})?/?$`,
);
const LISTINGS: [ListingKind, RegExp][] = [
  ['user-works', new RegExp(String.raw`^/users/${NAME}(?:/pseuds/${NAME})?/works/?$`)],
  ['collection-works', new RegExp(String.raw`^/collections/${NAME}/works/?$`)],
  ['series', /^\/series\/\d{1,12}\/?$/],
  ['bookmarks', new RegExp(String.raw`^/users/${NAME}(?:/pseuds/${NAME})?/bookmarks/?$`)],
];

/** The canonical address of an AO3 work. */
export const workUrl = (workId: string) => `https://archiveofourown.org/works/${workId}`;

/** The path that fetches a whole work, past the adult-content warning. */
export const workFetchPath = (workId: string) => `/works/${workId}?view_adult=true&view_full_work=true`;

const isAo3Host = (host: string, extra: string[]) => {
  const h = host.toLowerCase().replace(/^www\./, '');
  return AO3_HOSTS.includes(h) || extra.some((x) => x.toLowerCase() === host.toLowerCase());
};

/**
 * Reads `text` as one link: null when it is not a link at all, an error for a link Promptly does not
 * fetch (another site, or an AO3 page that is neither a work nor a listing of works), else the link.
 * `hosts` are further hosts to accept (the configured AO3's, such as a test's fake).
 */
export function readAo3Link(text: string, hosts: string[] = []): LinkResult | null {
  const t = text.trim();
  if (t === '' || t.length > 2000 || /\s/.test(t)) return null;
  const bare = /^(?:www\.)?(?:archiveofourown\.org|ao3\.org)\//i.test(t);
  if (!/^https?:\/\//i.test(t) && !bare) return null;
  let url: URL;
  try {
    url = new URL(bare ? `https://${t}` : t);
  } catch {
    return null;
  }
  if (!isAo3Host(url.host, hosts))
    return {
      ok: false,
      error: `Promptly only fetches pages from AO3 (archiveofourown.org), not ${url.host}.`,
    };
  const path = url.pathname;
  const work = WORK_PATH.exec(path);
  if (work) return { ok: true, value: { kind: 'work', workId: work[1]!, path: workFetchPath(work[1]!) } };
  const listing = LISTINGS.find(([, re]) => re.test(path))?.[0];
  if (!listing)
    return {
      ok: false,
      error:
        'That AO3 page is not a work or a list of works. Link a work, your works (optionally in a collection), a collection’s works, a series or your bookmarks.',
    };
  url.searchParams.delete('page');
  const query = url.searchParams.toString();
  return {
    ok: true,
    value: { kind: 'listing', listing, path: path.replace(/\/$/, '') + (query ? `?${query}` : '') },
  };
}

/** `path` (a listing's, from readAo3Link) at page `page`. */
export function pagePath(path: string, page: number): string {
  if (page <= 1) return path;
  return `${path}${path.includes('?') ? '&' : '?'}page=${page}`;
}

/** The AO3 work id of a piece's link (an AO3 work or chapter address), or null. */
export function ao3WorkIdOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const found = readAo3Link(url);
  return found?.ok && found.value.kind === 'work' ? found.value.workId : null;
}

/** The work id of an address found on an AO3 page ("/works/12", "https://archiveofourown.org/works/12/chapters/3"). */
export function workIdInHref(href: string | undefined): string | null {
  if (!href) return null;
  const m =
    /^(?:https?:\/\/(?:www\.)?(?:archiveofourown\.org|ao3\.org))?(?:\/collections\/[^/?#]+)?\/works\/(\d{1,12})(?=$|[/?#])/i.exec(
      href.trim(),
    );
  return m ? m[1]! : null;
}
