import { describe, expect, it } from 'vitest';
import { readDownload } from '../../src/domain/ao3-download.ts';
import { parseHtml } from '../../src/domain/html.ts';

const DOWNLOAD = `<div id="preface">
  <p class="message"><b>Tea Time</b><br/>Posted originally on the <a href="https://archiveofourown.org/">Archive of Our Own</a> at <a href="https://archiveofourown.org/works/900">https://archiveofourown.org/works/900</a>.</p>
  <div class="meta">
    <dl class="tags">
      <dt>Rating:</dt><dd><a href="/tags/M">Mature</a></dd>
      <dt>Archive Warnings:</dt><dd><a>W1</a>, <a>W2</a></dd>
      <dt>Category:</dt><dd><a>Gen</a></dd>
      <dt>Fandom:</dt><dd><a>F</a></dd>
      <dt>Relationship:</dt><dd><a>R</a></dd>
      <dt>Characters:</dt><dd><a>C1</a>, <a>C2</a></dd>
      <dt>Additional Tags:</dt><dd><a>Day 2: Tea</a></dd>
      <dt>Language:</dt><dd> English </dd>
      <dt>Series:</dt><dd>Part 3 of <a>A</a>, Part 1 of <a>B</a></dd>
      <dt>Collections:</dt><dd><a>K1</a>, <a>K2</a></dd>
      <dt>Stats:</dt><dd>Published: 2025-10-03 Updated: 2025-10-05 Completed: 2025-10-06 Words: 1,001 Chapters: 2/3</dd>
    </dl>
    <h1>Tea Time</h1>
    <div class="byline">by <a rel="author" href="/users/pot">pot</a>, <a rel="author">kettle</a></div>
    <p>Summary</p>
    <blockquote class="userstuff"><p>S1</p><p>S2</p></blockquote>
    <p>Notes</p>
    <blockquote class="userstuff"><p>Start note.</p></blockquote>
  </div>
</div>
<div id="chapters" class="userstuff">
  <div class="meta group">
    <h2 class="heading">Day 3: Cup</h2>
    <p>Chapter Summary</p><blockquote class="userstuff">Day 4: Saucer</blockquote>
    <p>Chapter Notes</p><blockquote class="userstuff">Day 5: Spoon</blockquote>
  </div>
  <div class="userstuff"><p>one two</p></div>
  <div class="meta" id="endnotes1"><p>Chapter End Notes</p><blockquote class="userstuff">Day 6: Sugar</blockquote></div>
  <div class="meta group"><h2 class="heading">Chapter 2</h2></div>
  <div class="userstuff"><p>three</p></div>
</div>
<div id="endnotes"><p>End Notes</p><blockquote class="userstuff"><p>Bye.</p></blockquote></div>`;

const read = (html: string) => readDownload(parseHtml(html));
/** A download with `tags` in its `dl.tags` and `rest` after it in the preface's meta. */
const download = (tags: string, rest = '', after = '') =>
  `<div id="preface"><div class="meta"><dl class="tags">${tags}</dl>${rest}</div></div>${after}`;

describe('readDownload', () => {
  it('every field of a download of two chapters', () => {
    expect(read(DOWNLOAD)).toEqual({
      source: 'ao3-html',
      work_id: '900',
      title: 'Tea Time',
      authors: ['pot', 'kettle'],
      words: 1001,
      words_counted: 3,
      published: '2025-10-03',
      updated: '2025-10-05',
      rating: 'Mature',
      warnings: ['W1', 'W2'],
      categories: ['Gen'],
      fandoms: ['F'],
      relationships: ['R'],
      characters: ['C1', 'C2'],
      tags: ['Day 2: Tea'],
      language: 'English',
      series: [
        { name: 'A', part: 3 },
        { name: 'B', part: 1 },
      ],
      collections: ['K1', 'K2'],
      summary: 'S1\n\nS2',
      notes: 'Start note.\n\nBye.',
      chapters: { current: 2, total: 3 },
      // Each chapter's heading, summary, notes and end notes, between the work's notes and its tags.
      prompts: [
        { event: null, day: 3, text: 'Cup' },
        { event: null, day: 4, text: 'Saucer' },
        { event: null, day: 5, text: 'Spoon' },
        { event: null, day: 6, text: 'Sugar' },
        { event: null, day: 2, text: 'Tea' },
      ],
    });
  });

  it('nothing: every field empty', () => {
    expect(read('')).toEqual({
      source: 'ao3-html',
      title: '',
      authors: [],
      words: 0,
      words_counted: 0,
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

  it.each<[string, string, object]>([
    [
      'singular labels',
      '<dt>Archive Warning:</dt><dd><a>W</a></dd><dt>Categories:</dt><dd><a>C</a></dd><dt>Fandoms:</dt><dd><a>F</a></dd><dt>Relationships:</dt><dd><a>R</a></dd><dt>Character:</dt><dd><a>X</a></dd><dt>Collection:</dt><dd><a>K</a></dd>',
      {
        warnings: ['W'],
        categories: ['C'],
        fandoms: ['F'],
        relationships: ['R'],
        characters: ['X'],
        collections: ['K'],
      },
    ],
    [
      'Completed: as the update',
      '<dt>Stats:</dt><dd>Published: 2025-10-01 Completed: 2025-10-02</dd>',
      { published: '2025-10-01', updated: '2025-10-02' },
    ],
    [
      'the first of a stat, run together',
      '<dt>Stats:</dt><dd>Words:12 Words: 13 Chapters:1/?</dd>',
      { words: 12, chapters: { current: 1, total: null } },
    ],
    ['a malformed count', '<dt>Stats:</dt><dd>Words: many Chapters: 3</dd>', { words: 0, published: null }],
    ['stats under another label', '<dt>Statistics:</dt><dd>Words: 7</dd>', { words: 7 }],
    ['stats without a label', '<dd>Words: 8</dd>', { words: 8 }],
    ['a rating of two tags', '<dt>Rating:</dt><dd><a>Mature</a>, <a>Explicit</a></dd>', { rating: 'Mature' }],
    ['an empty language', '<dt>Language:</dt><dd> </dd>', { language: null }],
  ])('%s', (_, tags, expected) => {
    expect(read(download(tags))).toMatchObject(expected);
  });

  it('a malformed count leaves no chapters', () => {
    expect(read(download('<dt>Stats:</dt><dd>Chapters: 3</dd>')).chapters).toBeUndefined();
  });

  it.each<[string, string, string[]]>([
    ['a byline without links', '<div class="byline">by  Anonymous</div>', ['Anonymous']],
    ['a byline without "by"', '<div class="byline">someone</div>', ['someone']],
    ['no byline', '<div>by someone</div>', []],
    ['author links only', '<div class="byline">by <a rel="author">x</a> and <a>y</a></div>', ['x']],
  ])('authors: %s', (_, byline, authors) => {
    expect(read(download('', byline)).authors).toEqual(authors);
  });

  it.each<[string, string, string | undefined]>([
    [
      'the work among the message’s links',
      '<p class="message"><a href="https://archiveofourown.org/">AO3</a> <a href="https://archiveofourown.org/works/5">x</a></p>',
      '5',
    ],
    ['no work link', '<p class="message"><a href="https://archiveofourown.org/">AO3</a></p>', undefined],
    [
      'not a link outside the message',
      '<p><a href="https://archiveofourown.org/works/5">x</a></p>',
      undefined,
    ],
  ])('work id: %s', (_, message, workId) => {
    expect(read(`<div id="preface">${message}<div class="meta"></div></div>`).work_id).toBe(workId);
  });

  it.each<[string, string, string, string]>([
    [
      'a summary and notes',
      '<p>Summary</p><blockquote>Sum.</blockquote><p>Notes</p><blockquote>Note.</blockquote>',
      'Sum.',
      'Note.',
    ],
    ['a heading not followed by its quote', '<p>Summary</p><p>Sum.</p><blockquote>Q</blockquote>', '', ''],
    ['a heading that is not a paragraph', '<div>Summary</div><blockquote>Sum.</blockquote>', '', ''],
    ['a heading with other words', '<p>Summary:</p><blockquote>Sum.</blockquote>', '', ''],
    ['a heading last', '<p>Summary</p>', '', ''],
  ])('%s', (_, rest, summary, notes) => {
    expect(read(download('', rest))).toMatchObject({ summary, notes });
  });

  it('the end notes alone', () => {
    const end = '<div id="endnotes"><p>End Notes</p><blockquote>Bye.</blockquote></div>';
    expect(read(download('', '', end)).notes).toBe('Bye.');
  });

  it.each<[string, string, number]>([
    ['a one-shot without a userstuff part', '<div id="chapters"><p>a b c</p><h2>d</h2></div>', 4],
    [
      'chapter contents only',
      '<div id="chapters"><div class="meta">x y</div><div class="userstuff">a b</div><p>c</p></div>',
      2,
    ],
    ['no chapters', '<p>a b</p>', 0],
  ])('counts %s', (_, body, counted) => {
    expect(read(download('') + body).words_counted).toBe(counted);
  });

  it('without a preface the page is read whole', () => {
    expect(
      read('<div class="meta"><h1>T</h1><dl class="tags"><dt>Rating:</dt><dd><a>G</a></dd></dl></div>'),
    ).toMatchObject({
      title: 'T',
      rating: 'G',
    });
  });
});
