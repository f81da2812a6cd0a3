import { describe, expect, it } from 'vitest';
import { parseAo3, readAo3, readAo3Listing } from '../../src/domain/ao3-import.ts';
import { emptyParse } from '../../src/domain/ao3-parse.ts';
import { PROBLEM_MESSAGES } from '../../src/domain/ao3-problems.ts';

const LISTING_MESSAGE = 'This is a list of works. Import it from “Import from AO3” on your collection page.';
const NOT_HTML =
  'Paste the list’s HTML (save the page, or open its source, then copy all), or paste its link.';
const ONE_WORK = 'This is one work, not a list: log it with “Log a piece”, or paste a list of works here.';
const NO_WORKS =
  'No works were found on this page. Paste the HTML of your works, a collection’s works, a series or your bookmarks.';

const WORK_PAGE = '<dl class="work meta group"><dd class="rating tags"><a class="tag">Mature</a></dd></dl>';
const LISTING =
  '<div id="main"><h2 class="heading">2 Works</h2><ol><li class="work blurb"><h4 class="heading"><a href="/works/3">T</a></h4></li></ol></div>';
const COPIED = 'Rating: Teen\nFandom: X\n\nTitle\nme\nWork Text:\none two';
const text = (words: number) => ({ ok: true, value: emptyParse('text', words) });

describe('readAo3: what a paste is', () => {
  it('a work’s link is its id alone', () => {
    expect(readAo3(' https://archiveofourown.org/works/41/chapters/2 ')).toEqual({
      ok: true,
      value: { ...emptyParse('url', 0), work_id: '41' },
    });
  });

  it.each<[string, string, object]>([
    ['a listing’s link is text', 'https://archiveofourown.org/users/someone/works', text(6)],
    ['another site’s link is text', 'https://example.com/works/41', text(5)],
    ['plain text', 'one two three', text(3)],
    ['markup AO3 does not write is counted as text', '<x>one two</x>', text(4)],
    ['HTML, counted as AO3 counts it', '<i>a</i>b', text(2)],
    ['HTML with line breaks', '<p>one<br>two</p>', text(2)],
    ['HTML after a byte order mark', '\ufeff<p>one</p>', text(1)],
    ['text that only holds HTML', 'x <p>one</p>', text(4)],
    ['nothing', '   ', text(0)],
  ])('%s', (_, paste, expected) => {
    expect(readAo3(paste)).toEqual(expected);
  });

  it.each<[string, number]>([
    ['<x>a</p>b', 2],
    ['<x>a</div>b', 2],
    ['<x>a</em>b', 2],
    ['<x>a</i>b', 2],
    ['<x>a</b>b', 2],
    ['<x>a</strong>b', 2],
    ['<x>a</SPAN>b', 2],
    ['<x>a<br>b', 2],
    ['<x>a<BR/>b', 2],
    ['<x>a<br />b', 2],
    ['<x>a</u>b', 4],
    ['<x>a</pre>b', 4],
    ['<x>a<bro>b', 4],
  ])('%j is counted as HTML only when it holds HTML’s text markup', (paste, words) => {
    expect(readAo3(paste)).toEqual(text(words));
  });

  it('a work page, a download, a copied page', () => {
    expect(readAo3(`  ${WORK_PAGE}  `)).toMatchObject({
      ok: true,
      value: { source: 'ao3-work-html', rating: 'Mature' },
    });
    expect(
      readAo3('<div class="meta"><dl class="tags"><dt>Rating:</dt><dd><a>Explicit</a></dd></dl></div>'),
    ).toMatchObject({
      ok: true,
      value: { source: 'ao3-html', rating: 'Explicit' },
    });
    expect(readAo3('<div id="preface"><div class="meta"><h1>T</h1></div></div>')).toMatchObject({
      ok: true,
      value: { source: 'ao3-html', title: 'T' },
    });
    expect(readAo3('<dl class="tags"></dl>')).toMatchObject({ ok: true, value: { source: 'ao3-html' } });
    // A preface that is not a div is not a download.
    expect(readAo3('<section id="preface">a b</section>')).toEqual(text(6));
    expect(readAo3(COPIED)).toMatchObject({
      ok: true,
      value: { source: 'ao3-page', title: 'Title', words: 2 },
    });
  });

  it('the address a saved page came from gives its work id', () => {
    const saved = (url: string) => `<!-- saved from url=(0041)${url} -->\n${WORK_PAGE}`;
    expect(readAo3(saved('https://archiveofourown.org/works/88'))).toMatchObject({
      value: { work_id: '88' },
    });
    expect(readAo3(`  ${saved('https://archiveofourown.org/works/88')}`)).toMatchObject({
      value: { work_id: '88' },
    });
    expect(readAo3(saved('https://example.com/works/88'))).not.toHaveProperty('value.work_id');
    expect(readAo3(`<p></p>${saved('https://archiveofourown.org/works/88')}`)).not.toHaveProperty(
      'value.work_id',
    );
    expect(readAo3(WORK_PAGE)).not.toHaveProperty('value.work_id');
  });

  it.each<[string, string, string]>([
    ['a challenge page', '<title>Just a moment...</title>', 'challenge'],
    ['a sign-in page', '<form action="/users/login"></form>', 'sign-in'],
    ['a 404 page', '<h2>Error 404</h2>', 'not-found'],
    [
      'a copied restricted page',
      'Sorry!\nThis work is only available to registered users of the Archive.',
      'restricted',
    ],
    ['a copied retry page', 'Retry later', 'retry-later'],
  ])('%s is a problem with its message', (_, paste, kind) => {
    expect(readAo3(paste)).toEqual({
      ok: false,
      problem: kind,
      errors: { page: PROBLEM_MESSAGES[kind as keyof typeof PROBLEM_MESSAGES] },
    });
  });

  it('a listing is a problem', () => {
    expect(readAo3(LISTING)).toEqual({ ok: false, problem: 'listing', errors: { page: LISTING_MESSAGE } });
  });

  it('parseAo3: the parse, or no text for a problem', () => {
    expect(parseAo3('one two')).toEqual(emptyParse('text', 2));
    expect(parseAo3(LISTING)).toEqual(emptyParse('text', 0));
    expect(parseAo3('Retry later')).toEqual(emptyParse('text', 0));
    expect(parseAo3(COPIED).source).toBe('ao3-page');
  });
});

describe('readAo3Listing', () => {
  it('a listing', () => {
    const read = readAo3Listing(`\n${LISTING}\n`);
    expect(read).toMatchObject({ ok: true, value: { kind: 'user-works', heading: '2 Works', total: 2 } });
    expect(read.ok && read.value.works.map((w) => w.work_id)).toEqual(['3']);
  });

  it.each<[string, string, string, string]>([
    ['text', COPIED, 'not-a-listing', NOT_HTML],
    ['a link', 'https://archiveofourown.org/users/a/works', 'not-a-listing', NOT_HTML],
    ['a page without blurbs', '<p>Nothing here</p>', 'not-a-listing', NO_WORKS],
    ['a work page', WORK_PAGE + LISTING, 'work', ONE_WORK],
    ['a download', `<div id="preface"></div>${LISTING}`, 'work', ONE_WORK],
    ['a download’s tags', '<dl class="tags"></dl>', 'work', ONE_WORK],
    ['a challenge', `<title>Just a moment</title>${LISTING}`, 'challenge', PROBLEM_MESSAGES.challenge],
    ['a 404', '<title>Error 404</title>', 'not-found', PROBLEM_MESSAGES['not-found']],
  ])('%s is not a listing', (_, paste, problem, page) => {
    expect(readAo3Listing(paste)).toEqual({ ok: false, problem, errors: { page } });
  });
});
