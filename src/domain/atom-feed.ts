import { Feed } from 'feed';
import { escapeHtml } from './masterpost.ts';
import { xmlSafe } from './xml.ts';

/** A feed's own address, title, page and author (Atom wants an author for the feed or every entry). */
export type FeedHead = {
  /** The feed's own URL: its id and its rel="self" link. */
  self: string;
  title: string;
  /** The page the feed follows (rel="alternate"). */
  page: string;
  subtitle?: string;
  author: { name: string; uri?: string };
  /** When nothing is in the feed yet: when the feed's subject began. */
  since: string;
};

/** One entry: plain text everywhere (escaped here), the summary as paragraphs of plain text. */
export type FeedEntry = {
  id: string;
  title: string;
  link: string;
  /** UTC ISO instants. */
  updated: string;
  published?: string;
  summary?: string;
  author?: { name: string; uri?: string };
  categories?: { term: string; label: string; scheme?: string }[];
};

// The feed library writes attribute values with `<` as it is (not well-formed XML) and escapes `&`
// itself: `<` goes in as U+FFFF, which XML never allows (so no text holds it), and comes out as `&lt;`.
const LT = '\uFFFF';

const attribute = (text: string) => xmlSafe(text).replaceAll('<', LT);
const html = (text: string) => escapeHtml(xmlSafe(text));
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${html(p).replaceAll('\n', '<br>')}</p>`)
    .join('');

/** `url` if it is an http(s) address, else `fallback` (a piece's own link may be anything typed). */
export function linkOr(url: string | null, fallback: string): string {
  if (!url || !URL.canParse(url)) return fallback;
  const protocol = new URL(url).protocol;
  return protocol === 'http:' || protocol === 'https:' ? url : fallback;
}

/** An Atom 1.0 document of `entries` (newest first) under `head`, written by the `feed` library. */
export function atomFeed(head: FeedHead, entries: FeedEntry[]): string {
  const newest = entries.reduce((at, e) => (e.updated > at ? e.updated : at), head.since);
  const feed = new Feed({
    id: head.self,
    title: xmlSafe(head.title),
    link: head.page,
    feedLinks: { atom: head.self },
    description: head.subtitle ? xmlSafe(head.subtitle) : undefined,
    author: { name: xmlSafe(head.author.name), link: head.author.uri },
    updated: new Date(newest),
    generator: 'Promptly',
  });
  for (const e of entries)
    feed.addItem({
      id: e.id,
      // Title and summary are written as type="html": escaped, a title with `<b>` shows as typed.
      title: html(e.title),
      link: e.link,
      date: new Date(e.updated),
      published: e.published ? new Date(e.published) : undefined,
      description: e.summary ? paragraphs(e.summary) : undefined,
      author: e.author ? [{ name: xmlSafe(e.author.name), link: e.author.uri }] : undefined,
      category: e.categories?.map((c) => ({
        term: attribute(c.term),
        name: attribute(c.label),
        scheme: c.scheme,
      })),
    });
  return feed.atom1().replaceAll(LT, '&lt;');
}
