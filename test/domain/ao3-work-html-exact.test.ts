import { describe, expect, it } from 'vitest';
import { pageWorkId, readWorkHtml } from '../../src/domain/ao3-work-html.ts';
import { parseHtml } from '../../src/domain/html.ts';

const WORK = `<html><head><link rel="canonical" href="https://archiveofourown.org/works/500"></head><body>
<dl class="work meta group">
 <dt class="rating tags">Rating:</dt><dd class="rating tags"><ul><li><a class="tag">Explicit</a></li></ul></dd>
 <dt class="warning tags">Archive Warning:</dt><dd class="warning tags"><ul><li><a class="tag">W1</a></li><li><a class="tag">W2</a></li></ul></dd>
 <dt>Category:</dt><dd class="category tags"><ul><li><a class="tag">F/F</a></li></ul></dd>
 <dd class="fandom tags"><ul><li><a class="tag">Fan</a></li></ul></dd>
 <dd class="relationship tags"><ul><li><a class="tag">Rel</a></li></ul></dd>
 <dd class="character tags"><ul><li><a class="tag">Char</a></li></ul></dd>
 <dd class="freeform tags"><ul><li><a class="tag">Day 8: Ink</a></li></ul></dd>
 <dd class="language">Español</dd>
 <dd class="series"><span class="series"><span class="position">Part 1 of <a href="/series/3">Ser</a></span></span></dd>
 <dd class="collections"><a href="/collections/a">Coll A</a>, <a href="/collections/b">Coll B</a></dd>
 <dd class="stats"><dl class="stats"><dt class="published">Published:</dt><dd class="published">2025-10-08</dd><dt class="status">Completed:</dt><dd class="status">2025-10-09</dd><dt class="words">Words:</dt><dd class="words">2,000</dd><dt class="chapters">Chapters:</dt><dd class="chapters">2/2</dd></dl></dd>
</dl>
<div id="workskin">
 <div class="preface group">
  <h2 class="title heading"> Ink </h2>
  <h3 class="byline heading"><a rel="author" href="/users/a">a</a>, <a rel="author" href="/users/b">b</a></h3>
  <div class="summary module"><h3 class="heading">Summary:</h3><blockquote class="userstuff"><p>Sum one.</p><p>Sum two.</p></blockquote></div>
  <div class="notes module"><h3 class="heading">Notes:</h3><blockquote class="userstuff"><p>Begin note.</p></blockquote></div>
 </div>
 <div id="chapters">
  <div class="chapter" id="chapter-1">
   <div class="chapter preface group"><h3 class="title"><a href="/works/500/chapters/1">Chapter 1</a>: Day 9: Quill</h3>
    <div class="summary module"><blockquote class="userstuff">Day 10: Nib</blockquote></div>
    <div class="notes module"><blockquote class="userstuff">Day 11: Blot</blockquote></div>
   </div>
   <div class="userstuff module" role="article"><h3 class="landmark heading">Chapter Text</h3><p>one two three</p></div>
   <div class="chapter preface group"><div class="end notes module"><blockquote class="userstuff">Day 12: Smudge</blockquote></div></div>
  </div>
  <div class="chapter" id="chapter-2">
   <div class="chapter preface group"><h3 class="title">Chapter 2</h3></div>
   <div class="userstuff module"><p>not the article</p></div>
   <div class="userstuff module" role="article"><p>four five</p></div>
  </div>
 </div>
 <div class="afterword preface group"><div id="work_endnotes" class="end notes module"><blockquote class="userstuff"><p>Final note.</p></blockquote></div></div>
</div>
</body></html>`;

const read = (html: string, saved: string | null = null) => readWorkHtml(parseHtml(html), saved);
const META = '<dl class="work meta group"></dl>';

describe('readWorkHtml', () => {
  it('every field of a work page of two chapters', () => {
    expect(read(WORK)).toEqual({
      source: 'ao3-work-html',
      work_id: '500',
      title: 'Ink',
      authors: ['a', 'b'],
      words: 2000,
      words_counted: 5,
      published: '2025-10-08',
      updated: '2025-10-09',
      rating: 'Explicit',
      warnings: ['W1', 'W2'],
      categories: ['F/F'],
      fandoms: ['Fan'],
      relationships: ['Rel'],
      characters: ['Char'],
      tags: ['Day 8: Ink'],
      language: 'Español',
      series: [{ name: 'Ser', part: 1 }],
      collections: ['Coll A', 'Coll B'],
      summary: 'Sum one.\n\nSum two.',
      notes: 'Begin note.\n\nFinal note.',
      chapters: { current: 2, total: 2 },
      // Each chapter's title, summary, notes and end notes, after the work's own texts and before its tags.
      prompts: [
        { event: null, day: 9, text: 'Quill' },
        { event: null, day: 10, text: 'Nib' },
        { event: null, day: 11, text: 'Blot' },
        { event: null, day: 12, text: 'Smudge' },
        { event: null, day: 8, text: 'Ink' },
      ],
    });
  });

  it('an empty header: every field empty, the count of the text', () => {
    expect(read(`${META}<div id="chapters"><p>a b</p></div>`)).toEqual({
      source: 'ao3-work-html',
      title: '',
      authors: [],
      words: 2,
      words_counted: 2,
      published: null,
      updated: null,
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
    });
  });

  it.each<[string, string, number]>([
    ['no chapters element', '<p>one two</p>', 0],
    [
      'the work text of a one-shot',
      '<div id="chapters"><h3 class="landmark heading">Work Text:</h3><div class="userstuff"><p>a b c</p></div><p>d</p></div>',
      3,
    ],
    ['a one-shot without its userstuff', '<div id="chapters"><p>a b</p><div><p>c</p></div></div>', 3],
    [
      'chapters without an article',
      '<div id="chapters"><div class="chapter"><div class="userstuff"><p>a b</p></div></div><p>c</p></div>',
      0,
    ],
  ])('counts %s', (_, body, counted) => {
    expect(read(META + body).words_counted).toBe(counted);
  });

  it.each<[string, string, string[]]>([
    ['a byline without links', '<h3 class="byline heading"> Anonymous </h3>', ['Anonymous']],
    ['an empty byline', '<h3 class="byline heading"> </h3>', []],
    ['no byline', '<h3 class="heading">someone</h3>', []],
    [
      'author links only',
      '<h3 class="byline heading"><a rel="author">x</a> and <a href="/users/y">y</a></h3>',
      ['x'],
    ],
  ])('authors: %s', (_, byline, authors) => {
    expect(read(`${META}<div id="workskin"><div class="preface">${byline}</div></div>`).authors).toEqual(
      authors,
    );
  });

  it.each<[string, string]>([
    [
      'the work’s preface, not a chapter’s',
      '<div id="workskin"><div class="chapter preface"><h2 class="title">Chap</h2></div><div class="preface"><h2 class="title">Work</h2></div></div>',
    ],
    [
      'a preface directly in the work skin first',
      '<div id="workskin"><div class="x"><div class="preface"><h2 class="title">Nested</h2></div></div><div class="preface"><h2 class="title">Work</h2></div></div>',
    ],
    [
      'else the first preface anywhere that is not a chapter’s or the afterword',
      '<div id="workskin"><div><div class="afterword preface"><h2 class="title">After</h2></div><div class="chapter preface"><h2 class="title">Chap</h2></div><div class="preface"><h2 class="title">Work</h2></div></div></div>',
    ],
    [
      'without a work skin',
      '<div><div class="afterword preface"><h2 class="title">After</h2></div><div class="preface"><h2 class="title">Work</h2></div></div>',
    ],
  ])('title: %s', (_, body) => {
    expect(read(META + body).title).toBe('Work');
  });

  it('stats outside a stats field', () => {
    const page =
      '<dl class="work meta"><dd class="x"><dl class="stats"><dd class="words">7</dd><dd class="chapters">1/?</dd></dl></dd></dl>';
    expect(read(page)).toMatchObject({ words: 7, chapters: { current: 1, total: null } });
  });

  it('dates in a blurb’s form, and only the work’s end notes', () => {
    const stats =
      '<dd class="stats"><dl class="stats"><dd class="published">8 Oct 2025</dd><dd class="status">2025-10-09x</dd></dl></dd>';
    const page = `<dl class="work meta">${stats}</dl><div id="work_endnotes"><blockquote class="userstuff">End.</blockquote></div>`;
    expect(read(page)).toMatchObject({ published: '2025-10-08', updated: null, notes: 'End.' });
  });
});

const id = (html: string, saved: string | null = null) => pageWorkId(parseHtml(html), saved);

describe('pageWorkId', () => {
  it.each<[string, string, string | null, string | undefined]>([
    ['the canonical link', '<link rel="Canonical" href="https://archiveofourown.org/works/1">', null, '1'],
    ['another link', '<link rel="alternate" href="/works/1">', null, undefined],
    ['a link without rel', '<link href="/works/1">', null, undefined],
    ['og:url', '<meta property="og:url" content="https://archiveofourown.org/works/2">', null, '2'],
    ['another meta', '<meta property="og:image" content="/works/2">', null, undefined],
    ['the saved address', '', 'https://archiveofourown.org/works/3/chapters/9', '3'],
    ['the kudos form', '<input name="kudo[commentable_id]" value="4">', null, '4'],
    ['a kudos form without a value', '<input name="kudo[commentable_id]">', null, undefined],
    ['another input', '<input name="comment[id]" value="4">', null, undefined],
    [
      'the navigation’s download link',
      '<ul class="work navigation actions"><li><a href="/downloads/5/Title.html?updated_at=1">HTML</a></li></ul>',
      null,
      '5',
    ],
    [
      'another list',
      '<ul class="navigation actions"><li><a href="/works/5">x</a></li></ul>',
      null,
      undefined,
    ],
    [
      'the header’s stats',
      '<dl class="work meta"><dd class="stats"><dl class="stats"><dd class="bookmarks"><a href="/works/6/bookmarks">3</a></dd></dl></dd></dl>',
      null,
      '6',
    ],
    [
      'not the header’s series',
      '<dl class="work meta"><dd class="series"><a href="/works/9">Previous</a></dd><dd class="stats"><dl class="stats"><dd>1</dd></dl></dd></dl>',
      null,
      undefined,
    ],
    [
      'a chapter heading',
      '<div id="chapters"><h3 class="title"><a href="/works/7/chapters/1">Chapter 1</a></h3></div>',
      null,
      '7',
    ],
    [
      'not a heading in the work text',
      '<div id="chapters"><div class="userstuff"><h3 class="title"><a href="/works/8">x</a></h3></div></div>',
      null,
      undefined,
    ],
    [
      'only the first three chapter headings',
      `<div id="chapters">${'<h3 class="title">x</h3>'.repeat(3)}<h3 class="title"><a href="/works/8">4</a></h3></div>`,
      null,
      undefined,
    ],
    [
      'the third chapter heading',
      `<div id="chapters">${'<h3 class="title">x</h3>'.repeat(2)}<h3 class="title"><a href="/works/8">3</a></h3></div>`,
      null,
      '8',
    ],
    [
      'not a link in the work text inside the navigation',
      '<ul class="work navigation"><li class="userstuff"><a href="/works/9">x</a></li></ul>',
      null,
      undefined,
    ],
    [
      'a navigation link without an address',
      '<ul class="work navigation"><li><a>x</a></li></ul>',
      null,
      undefined,
    ],
    ['a link elsewhere on the page', '<p><a href="/works/10">x</a></p>', null, undefined],
  ])('%s', (_, html, saved, expected) => {
    expect(id(html, saved)).toBe(expected);
  });

  it('the canonical link first, then og:url, the saved address, the kudos form and the page’s links', () => {
    const nav = '<ul class="work navigation"><li><a href="/works/15">x</a></li></ul>';
    const kudos = '<input name="kudo[commentable_id]" value="14">';
    const og = '<meta property="og:url" content="/works/12">';
    expect(id(`<link rel="canonical" href="/works/11">${og}${kudos}${nav}`, '/works/13')).toBe('11');
    expect(id(`<link rel="canonical" href="/">${og}${kudos}${nav}`, '/works/13')).toBe('12');
    expect(id(`${kudos}${nav}`, '/works/13')).toBe('13');
    expect(id(`${nav}${kudos}`, 'https://example.com/works/13')).toBe('14');
    expect(id(nav)).toBe('15');
  });
});
