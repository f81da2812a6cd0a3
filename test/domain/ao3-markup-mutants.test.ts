import { describe, expect, it } from 'vitest';
import { isoDate, seriesInline, seriesList, tagNames } from '../../src/domain/ao3-markup.ts';
import { childElements, type HtmlElement, parseHtml } from '../../src/domain/html.ts';

/** The first element of `html`. */
const el = (html: string): HtmlElement => childElements(parseHtml(html))[0]!;

describe('tagNames', () => {
  it('links without the tag class are the names, not the field’s text with its landmark', () => {
    const fandoms =
      '<h5 class="fandoms heading"><span class="landmark">Fandoms:</span> <a href="/tags/Original%20Work/works">Original Work</a></h5>';
    expect(tagNames(el(fandoms))).toEqual(['Original Work']);
  });
});

describe('seriesList', () => {
  it('a blurb’s list of two series, one item each', () => {
    const ul =
      '<ul class="series"><li>Part <strong>1</strong> of <a href="/series/1">Rain</a></li><li>Part <strong>3</strong> of <a href="/series/2">Snow</a></li></ul>';
    expect(seriesList(el(ul))).toEqual([
      { name: 'Rain', part: 1 },
      { name: 'Snow', part: 3 },
    ]);
  });
});

describe('seriesInline', () => {
  it('a two-digit part number', () => {
    expect(seriesInline(el('<dd>Part 12 of <a href="/series/3">Whumptober 2025</a></dd>'))).toEqual([
      { name: 'Whumptober 2025', part: 12 },
    ]);
  });
});

describe('isoDate', () => {
  it.each(['02 Oct 2025 10:00', '02 Oct 20251'])('%j, a date with more after it, is no date', (text) => {
    expect(isoDate(text)).toBeNull();
  });
});
