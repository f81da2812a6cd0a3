import { describe, expect, it } from 'vitest';
import { readDownload } from '../../src/domain/ao3-download.ts';
import { parseHtml } from '../../src/domain/html.ts';

const read = (html: string) => readDownload(parseHtml(html));
/** A download with `tags` in its `dl.tags`, `rest` after it in the preface's meta, and `after` the preface. */
const download = (tags: string, rest = '', after = '') =>
  `<div id="preface"><div class="meta"><dl class="tags">${tags}</dl>${rest}</div></div>${after}`;

describe('readDownload: the tags list', () => {
  it('an element other than dt or dd in the list is no field', () => {
    const tags = '<dt>Language:</dt><dd>English</dd><br /><dt>Stats:</dt><dd>Words: 12</dd><br />';
    expect(read(download(tags))).toMatchObject({ language: 'English', words: 12 });
  });
});

describe('readDownload: the byline', () => {
  it('a byline without links or "by" keeps a name that holds "by"', () => {
    expect(read(download('', '<div class="byline">Ruby Tuesday</div>')).authors).toEqual(['Ruby Tuesday']);
  });
});

describe('readDownload: the chapters', () => {
  it('a heading inside a chapter’s text is not a chapter title: a diary entry’s "Day 7" names no prompt', () => {
    const chapters =
      '<div id="chapters" class="userstuff">' +
      '<div class="meta group"><h2 class="heading">Chapter 1: Winter</h2></div>' +
      '<div class="userstuff"><h2>Day 7: Frost</h2><p>The pipes froze again.</p></div>' +
      '</div>';
    expect(read(download('', '<h1>Diary</h1>', chapters))).toMatchObject({
      title: 'Diary',
      words_counted: 7,
      prompts: [],
    });
  });
});
