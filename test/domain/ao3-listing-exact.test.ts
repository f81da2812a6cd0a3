import { describe, expect, it } from 'vitest';
import { type Ao3ListedWork, readListing } from '../../src/domain/ao3-listing.ts';
import { parseHtml } from '../../src/domain/html.ts';

const FULL = `<li class="work blurb group" id="work_11">
 <div class="header module">
  <h4 class="heading"><a href="/works/11">Day 3: Fever</a> by <a rel="author" href="/users/lark/pseuds/lark">lark</a>, <a rel="author" href="/users/moss">moss</a></h4>
  <h5 class="fandoms heading"><span class="landmark">Fandoms:</span> <a class="tag" href="/tags/A">A</a>, <a class="tag" href="/tags/B">B</a></h5>
  <ul class="required-tags">
   <li><a class="help symbol question modal" title="Symbols key"><span class="rating-teen rating" title="Teen And Up Audiences"><span class="text">Teen</span></span></a></li>
   <li><span class="warning-yes warnings" title="Graphic Depictions Of Violence"></span></li>
   <li><span class="category" ></span><span class="category-gen category" title="Gen, M/M"></span></li>
  </ul>
  <p class="datetime">03 Oct 2025</p>
 </div>
 <ul class="tags commas">
  <li class="warnings"><strong><a class="tag">Graphic Depictions Of Violence</a></strong></li>
  <li class="relationships"><a class="tag">A/B</a></li>
  <li class="characters"><a class="tag">C1</a></li><li class="characters"><a class="tag">C2</a></li>
  <li class="freeforms"><a class="tag">Whumptober 2025</a></li><li class="freeforms"><a class="tag">Day 4: Chills</a></li>
 </ul>
 <blockquote class="userstuff summary"><p>One.</p><p>Day 5: Heat</p></blockquote>
 <ul class="series"><li>Part <strong>2</strong> of <a href="/series/9">Sick Days</a></li></ul>
 <dl class="stats"><dt class="language">Language:</dt><dd class="language">English</dd><dt class="words">Words:</dt><dd class="words">1,234</dd><dt class="chapters">Chapters:</dt><dd class="chapters"><a href="/works/11/chapters/2">2</a>/?</dd></dl>
</li>`;
const blurb = (id: string, title: string, rest = '', cls = 'work blurb') =>
  `<li class="${cls}"><h4 class="heading"><a href="/works/${id}">${title}</a></h4>${rest}</li>`;
const page = (heading: string, blurbs: string, extra = '') =>
  `<div id="main"><h2 class="heading">${heading}</h2>${extra}<ol class="work index">${blurbs}</ol></div>`;
const listing = (html: string) => readListing(parseHtml(html));
const bare = (work_id: string, title: string, over: Partial<Ao3ListedWork> = {}): Ao3ListedWork => ({
  work_id,
  url: `https://archiveofourown.org/works/${work_id}`,
  title,
  authors: [],
  fandoms: [],
  rating: null,
  warnings: [],
  categories: [],
  relationships: [],
  characters: [],
  tags: [],
  language: null,
  words: null,
  published: null,
  summary: '',
  series: [],
  collections: [],
  prompts: [],
  ...over,
});

describe('readListing: a blurb', () => {
  it('every field of a full blurb, and a bare one with none; a repeated work once', () => {
    expect(
      listing(page('1 - 2 of 5 Works by lark', FULL + blurb('12', 'Bare') + blurb('12', 'Again'))),
    ).toEqual({
      kind: 'user-works',
      heading: '1 - 2 of 5 Works by lark',
      works: [
        bare('11', 'Day 3: Fever', {
          authors: ['lark', 'moss'],
          fandoms: ['A', 'B'],
          rating: 'Teen And Up Audiences',
          warnings: ['Graphic Depictions Of Violence'],
          categories: ['Gen', 'M/M'],
          relationships: ['A/B'],
          characters: ['C1', 'C2'],
          tags: ['Whumptober 2025', 'Day 4: Chills'],
          language: 'English',
          words: 1234,
          published: '2025-10-03',
          chapters: { current: 2, total: null },
          summary: 'One.\n\nDay 5: Heat',
          series: [{ name: 'Sick Days', part: 2 }],
          prompts: [
            { event: null, day: 3, text: 'Fever' },
            { event: null, day: 5, text: 'Heat' },
            { event: null, day: 4, text: 'Chills' },
          ],
        }),
        bare('12', 'Bare'),
      ],
      skipped: [],
      page: 1,
      pages: 1,
      total: 5,
    });
  });

  it('the work’s link among the heading’s links; malformed stats read as none', () => {
    const html = page(
      'Works',
      '<li class="work blurb"><h4 class="heading"><a href="/users/x">x</a> <a href="/works/13/">Real</a></h4>' +
        '<dl class="stats"><dd class="words">many</dd><dd class="chapters">3</dd></dl><p class="datetime">yesterday</p></li>',
    );
    const work = listing(html)?.works[0];
    expect(work).toEqual(bare('13', 'Real'));
    expect(work && 'chapters' in work).toBe(false);
  });

  it('chapters 3/5, and a date already in ISO form', () => {
    const rest = '<dl class="stats"><dd class="chapters">3/5</dd></dl><p class="datetime">2025-10-07</p>';
    expect(listing(page('Works', blurb('14', 'T', rest)))?.works[0]).toEqual(
      bare('14', 'T', { chapters: { current: 3, total: 5 }, published: '2025-10-07' }),
    );
  });

  it('a bookmark: the bookmarker’s notes, tags and date are not the work’s', () => {
    const user =
      '<div class="user module"><p class="datetime">01 Jan 2020</p><ul class="tags"><li class="freeforms"><a class="tag">Mine</a></li></ul>' +
      '<blockquote class="userstuff summary">my note</blockquote></div>';
    const own = '<ul class="tags"><li class="freeforms"><a class="tag">Theirs</a></li></ul>';
    const read = listing(page('1 Bookmark', blurb('15', 'Marked', user + own, 'bookmark blurb')));
    expect(read?.kind).toBe('bookmarks');
    expect(read?.works).toEqual([bare('15', 'Marked', { tags: ['Theirs'] })]);
  });

  it('a blurb inside a blurb is not one of its fields, nor a work of the list', () => {
    const inner = blurb('17', 'Inner', '<dl class="stats"><dd class="words">9</dd></dl>');
    expect(listing(page('Works', blurb('16', 'Outer', `<ol>${inner}</ol>`)))?.works).toEqual([
      bare('16', 'Outer'),
    ]);
  });

  it('blurbs that are not works, with why', () => {
    const blurbs = [
      '<li class="mystery blurb"><h4 class="heading">Mystery Work</h4></li>',
      '<li class="mystery blurb"><h4 class="heading"><a href="/series/5">Hidden</a></h4></li>',
      '<li class="bookmark blurb"><h4 class="heading"><a href="/series/5">A Series</a></h4></li>',
      '<li class="bookmark blurb"><h4 class="heading"><a href="/external_works/3">Elsewhere</a></h4></li>',
      '<li class="bookmark blurb"><p class="message">This has been deleted, sorry!</p></li>',
      '<li class="bookmark blurb"><h4 class="heading"><a href="/users/x">Someone</a></h4></li>',
      '<li class="bookmark blurb"></li>',
    ].join('');
    expect(listing(page('Bookmarks', blurbs))).toEqual({
      kind: 'bookmarks',
      heading: 'Bookmarks',
      works: [],
      skipped: [
        { title: 'Mystery Work', reason: 'an unrevealed work' },
        { title: 'Hidden', reason: 'an unrevealed work' },
        { title: 'A Series', reason: 'a series, not a work' },
        { title: 'Elsewhere', reason: 'a work posted elsewhere' },
        { title: 'This has been deleted, sorry!', reason: 'not a work (deleted, or hidden)' },
        { title: 'Someone', reason: 'not a work (deleted, or hidden)' },
        { title: 'Untitled', reason: 'not a work (deleted, or hidden)' },
      ],
      page: 1,
      pages: 1,
      total: null,
    });
  });
});

describe('readListing: the list', () => {
  const kind = (html: string) => {
    const read = listing(html);
    return (
      read && {
        kind: read.kind,
        heading: read.heading,
        total: read.total,
        collections: read.works[0]?.collections,
      }
    );
  };

  it.each<[string, string, ReturnType<typeof kind>]>([
    [
      'a writer’s works',
      page('1 - 20 of 1,234 Works by lark', blurb('1', 'T')),
      { kind: 'user-works', heading: '1 - 20 of 1,234 Works by lark', total: 1234, collections: [] },
    ],
    [
      'a count at the start',
      page('12 Works', blurb('1', 'T')),
      { kind: 'user-works', heading: '12 Works', total: 12, collections: [] },
    ],
    [
      'no count',
      page('Works by lark', blurb('1', 'T')),
      { kind: 'user-works', heading: 'Works by lark', total: null, collections: [] },
    ],
    [
      'a collection’s works',
      page('3 Works in Whumptober 2025', blurb('1', 'T')),
      {
        kind: 'collection-works',
        heading: '3 Works in Whumptober 2025',
        total: 3,
        collections: ['Whumptober 2025'],
      },
    ],
    [
      'a writer’s works in a collection',
      page('1 - 3 of 3 Works by lark in Whump', blurb('1', 'T')),
      {
        kind: 'collection-works',
        heading: '1 - 3 of 3 Works by lark in Whump',
        total: 3,
        collections: ['Whump'],
      },
    ],
    [
      '"in" with no collection after it',
      page('Works in', blurb('1', 'T')),
      { kind: 'user-works', heading: 'Works in', total: null, collections: [] },
    ],
    [
      'a series page',
      page('Whumptober 2025', blurb('1', 'T'), '<dl class="series meta group"></dl>'),
      { kind: 'series', heading: 'Whumptober 2025', total: null, collections: [] },
    ],
    [
      'a series index',
      page('Works in Whump', blurb('1', 'T'), '<ul class="series index"></ul>'),
      { kind: 'series', heading: 'Works in Whump', total: null, collections: [] },
    ],
    [
      'bookmarks above all',
      page(
        '1 - 2 of 2 Bookmarks by lark',
        blurb('1', 'T', '', 'bookmark blurb'),
        '<dl class="series meta"></dl>',
      ),
      { kind: 'bookmarks', heading: '1 - 2 of 2 Bookmarks by lark', total: 2, collections: [] },
    ],
    [
      'the heading inside #main',
      `<h2 class="heading">Outside</h2>${page('Inside', blurb('1', 'T'))}`,
      { kind: 'user-works', heading: 'Inside', total: null, collections: [] },
    ],
    [
      'no #main',
      `<h2 class="heading">7 Works</h2><ol>${blurb('1', 'T')}</ol>`,
      { kind: 'user-works', heading: '7 Works', total: 7, collections: [] },
    ],
    [
      'no heading',
      `<ol>${blurb('1', 'T')}</ol>`,
      { kind: 'user-works', heading: '', total: null, collections: [] },
    ],
    ['no blurbs', page('5 Works', '<li class="work">x</li>'), null],
  ])('%s', (_, html, expected) => {
    expect(kind(html)).toEqual(expected);
  });

  it('a heading is cut at 300 characters', () => {
    expect(listing(page('x'.repeat(400), blurb('1', 'T')))?.heading).toBe('x'.repeat(300));
  });

  it.each<[string, string, { page: number; pages: number }]>([
    ['no pagination', '', { page: 1, pages: 1 }],
    [
      'page 1 of 3',
      '<ol class="pagination actions"><li><span class="disabled">← Previous</span></li><li><span class="current">1</span></li>' +
        '<li><a href="/users/l/works?page=2">2</a></li><li><a href="/users/l/works?page=3">3</a></li><li><a rel="next" href="/users/l/works?page=2">Next →</a></li></ol>',
      { page: 1, pages: 3 },
    ],
    [
      'the last page',
      '<ol class="pagination"><li><a href="?page=1">1</a></li><li><em class="current">4</em></li></ol>',
      { page: 4, pages: 4 },
    ],
    [
      'a page among other parameters',
      '<ol class="pagination"><li><a href="/w?fandom=2&page=12&x=1">Last</a></li></ol>',
      { page: 1, pages: 12 },
    ],
    [
      'a link read by its text',
      '<ol class="pagination"><li><a href="/w">7</a></li></ol>',
      { page: 1, pages: 7 },
    ],
    [
      'a link of neither',
      '<ol class="pagination"><li><a href="/w?apage=9">…</a></li><span class="current">x</span></ol>',
      { page: 1, pages: 1 },
    ],
  ])('pagination: %s', (_, nav, expected) => {
    const read = listing(`${page('Works', blurb('1', 'T'))}${nav}`);
    expect(read && { page: read.page, pages: read.pages }).toEqual(expected);
  });
});
