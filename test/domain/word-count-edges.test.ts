import { describe, expect, it } from 'vitest';
import { countWords, decodeHtmlEntities } from '../../src/domain/word-count.ts';

// The edges of the counter's own reading of UTF-16 and of character references: the code points at
// each end of a range, and the pairs that are not pairs.
describe('countWords: surrogates', () => {
  it.each<[string, string, number]>([
    ['a high surrogate before an ordinary letter does not swallow it', 'a\ud800b', 2],
    ['a pair ending in the last low surrogate is one character', 'a \ud835\udfff b', 3],
    ['a high surrogate before a character past the low surrogates stands alone', 'a \ud800\ue000', 1],
    ['a high surrogate at the very end stands alone', 'a \ud800', 1],
    ['a letter outside the basic plane is a word', '\ud801\udc00 x', 2],
  ])('%s', (_, text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('decodeHtmlEntities: numeric references', () => {
  it.each<[string, string]>([
    ['&#x7f;', '\x7f'],
    ['&#x80;', '€'],
    ['&#128;', '€'],
    ['&#x9f;', 'Ÿ'],
    ['&#159;', 'Ÿ'],
    ['&#xa0;', '\u00a0'],
    ['&#0;', '\ufffd'],
    ['&#1;', '\x01'],
    ['&#xd7ff;', '\ud7ff'],
    ['&#xd800;', '\ufffd'],
    ['&#55296;', '\ufffd'],
    ['&#xdfff;', '\ufffd'],
    ['&#xe000;', '\ue000'],
    ['&#57344;', '\ue000'],
    ['&#x10ffff;', '\u{10ffff}'],
    ['&#1114111;', '\u{10ffff}'],
    ['&#x110000;', '\ufffd'],
    ['&#1114112;', '\ufffd'],
  ])('%s is %j', (ref, text) => {
    expect(decodeHtmlEntities(ref)).toBe(text);
  });

  it('reads a hexadecimal or decimal reference without its semicolon, and leaves unknown names', () => {
    expect(decodeHtmlEntities('&#x41g &#65b &#x41;b &#65;b')).toBe('Ag Ab Ab Ab');
    expect(decodeHtmlEntities('&notaname; &amp; &#; &#x;')).toBe('&notaname; & &#; &#x;');
  });
});
