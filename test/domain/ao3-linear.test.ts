import { describe, expect, it } from 'vitest';
import { readAo3, readAo3Listing } from '../../src/domain/ao3-import.ts';
import { readAo3Link } from '../../src/domain/ao3-url.ts';
import { parseHtml } from '../../src/domain/html.ts';
import { detectPrompts } from '../../src/domain/prompt-detect.ts';
import { countWords } from '../../src/domain/word-count.ts';

const SIZE = 400_000;
const fill = (unit: string, head = '', tail = '') =>
  head + unit.repeat(Math.ceil((SIZE - head.length - tail.length) / unit.length)) + tail;

/** Milliseconds `fn` takes on `input`. */
function time(fn: (text: string) => unknown, input: string): number {
  const start = performance.now();
  fn(input);
  return performance.now() - start;
}

// Markup built to make a parser that rescans or restacks take the square of its length.
const HTML_INPUTS: [string, string][] = [
  ['nested divs', fill('<div>')],
  ['nested divs, then stray end tags', fill('</b>', '<div>'.repeat(40_000))],
  ['nested links', fill('<a href="/works/1">x')],
  [
    'nested blurbs',
    fill('<li class="blurb"><div class="header"><h4 class="heading"><a href="/works/2">t</a>'),
  ],
  [
    'a work header of empty fields',
    fill('<dt class="freeform tags">x</dt><dd class="freeform tags"><ul>', '<dl class="work meta group">'),
  ],
  ['nested user stuff', fill('<blockquote class="userstuff"><a href="/works/3">', '<dl class="work meta">')],
  ['nested pagination', fill('<ol class="pagination"><li><a href="?page=9">9</a>', '<li class="blurb">')],
  ['unclosed tags and comments', fill('<p <!-- <a b="')],
  ['character references', fill('&#x1F600;&amp&CounterClockwiseContourIntegral;&')],
  ['a long attribute', fill('x', '<div class="', '">')],
  ['nested tables of cells', fill('<table><tr><td>')],
];

const TEXT_INPUTS: [string, string][] = [
  ['day labels', fill('Day 1 ')],
  ['numero labels', fill('#no.')],
  ['event words before a label', fill('Whumptober ', '', 'Day 3: “Rain”')],
  ['labels with prompts', fill('Day 2: “a ')],
  ['number words', fill('Day twenty-')],
  ['header labels', fill('Rating:\n')],
  ['stats on one line', fill(' Words: 1', 'Rating: G\nStats:')],
  ['series parts', fill('Part 1 of ', 'Rating: G\nSeries:')],
  ['spaces', fill(' ', 'Day', 'x')],
];

describe('the AO3 readers run in linear time on any input', () => {
  it.each(HTML_INPUTS)('HTML: %s', (_, input) => {
    for (const fn of [readAo3, readAo3Listing, parseHtml, (t: string) => countWords(t, 'html')])
      expect(time(fn, input)).toBeLessThan(1500);
  });

  it.each(TEXT_INPUTS)('text: %s', (_, input) => {
    for (const fn of [readAo3, (t: string) => detectPrompts([t]), readAo3Link, countWords])
      expect(time(fn, input)).toBeLessThan(1500);
  });
});
