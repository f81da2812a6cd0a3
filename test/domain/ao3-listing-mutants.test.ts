import { describe, expect, it } from 'vitest';
import { readListing } from '../../src/domain/ao3-listing.ts';
import { parseHtml } from '../../src/domain/html.ts';

const page = (blurbs: string, extra = '') =>
  `<div id="main"><h2 class="heading">1 - 2 of 2 Bookmarks by lark</h2><ol class="bookmark index group">${blurbs}</ol>${extra}</div>`;
const work = '<li class="bookmark blurb group"><h4 class="heading"><a href="/works/7">Tea</a></h4></li>';
const listing = (html: string) => readListing(parseHtml(html));

describe('readListing: blurbs that are not works', () => {
  it('a bookmarked series is skipped under its own name, not its whole heading', () => {
    const series =
      '<li class="bookmark blurb group"><h4 class="heading"><a href="/series/55">Rain Days</a> by <a rel="author" href="/users/moss/pseuds/moss">moss</a></h4></li>';
    expect(listing(page(series + work))?.skipped).toEqual([
      { title: 'Rain Days', reason: 'a series, not a work' },
    ]);
  });
});

describe('readListing: pagination', () => {
  it('a link’s page is read from its address when page= is its last parameter', () => {
    const nav =
      '<ol class="pagination actions"><li><span class="current">1</span></li><li><a rel="next" href="/users/lark/bookmarks?private=false&page=2">Next →</a></li></ol>';
    const read = listing(page(work, nav));
    expect(read && { page: read.page, pages: read.pages }).toEqual({ page: 1, pages: 2 });
  });
});
