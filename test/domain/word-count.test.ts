import { describe, expect, it } from 'vitest';
import { countWords, decodeHtmlEntities } from '../../src/domain/word-count.ts';

describe('countWords: AO3’s own spec (otwarchive spec/lib/word_counter_spec.rb)', () => {
  it.each<[string, number]>([
    ['', 0],
    ['one two three four', 4],
    ['one\ntwo\nthree\nfour', 4],
    ['arm-rest is hyphenated', 3],
    ["don't do that", 3],
    ["<p align='center'> one </p> <i> two </i> <s> three </s>", 3],
    ['<p>one</p>two<br/>three', 3],
    ['<p>one</p> <p>  </p> <p>two</p>', 2],
    ...['*', '~', '!?', '-', '~*', '~!', '|'].map((c): [string, number] => [
      `<p>one</p> <p>${c.repeat(10)}</p> <p>two</p>`,
      2,
    ]),
    ['zwölf naïve fiancés', 3],
    ...['—', '--', ',', '/', '|'].map((c): [string, number] => [`one${c}two${c}three`, 3]),
    ...['—', '--', '-', '!', '?', '.', ',', '/', '"', "'"].map((c): [string, number] => [
      `one ${c} two ${c} three`,
      3,
    ]),
    [`Hey Bob," said Alice, 'Yay?!?'`, 5],
    ['一个简单の栗子', 7],
    ['“嘿Bob,” Alice说，‘啊？！？’', 5],
    ['嘿|bob|说', 3],
  ])('%j → %i', (text, words) => {
    expect(countWords(text, 'html')).toBe(words);
    if (!text.includes('<')) expect(countWords(text, 'plain')).toBe(words);
  });
});

describe('countWords: plain text', () => {
  it.each([
    ['one–two', 2], // en dash separates; only the ASCII hyphen is deleted
    ['one‐two', 2], // U+2010 HYPHEN separates too
    ['one---two', 2], // "--" becomes an em dash first, the third hyphen is deleted
    ['one----two', 2],
    ['one-two-three', 1],
    ["rock'n'roll", 1],
    ['one-’-two', 1], // the apostrophe keeps the hyphens apart, so none of them make a dash
    ['- -- ---', 0],
    ['1,000 3.14 2nd', 5],
    ['snake_case', 1],
    ['e\u0301te\u0301', 1], // combining marks belong to the word
    ['one\u00a0two', 2], // NBSP separates
    ['ⅫⅣ', 1], // letter numbers are alphabetic
    ['สวัสดีครับ', 10], // Thai counts characters, vowel signs included
    ['カタカナ ひらがな', 8],
    ['𠀀𠀁 x', 3], // CJK Extension B, astral: one word a character
    ['𝐁𝐨𝐥𝐝 words', 2], // astral letters are letters
    ['I ❤ you 😀', 2], // emoji are not words
    ['❤️', 1], // but the emoji variation selector U+FE0F is a mark, and AO3 counts it
    ['hi😀there', 2],
    ['\ud800 lone \udc00', 1], // lone surrogates are not words
    ['a & b &amp; c', 4], // plain text is not HTML: "amp" is a word
    ['<p>one</p>', 3],
    ['Привет, мир', 2],
    ['مرحبا بالعالم', 2],
    ['안녕하세요 세계', 2], // Hangul is not counted by character
    ['  \n\t ', 0],
  ])('%j → %i', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('countWords: HTML', () => {
  it.each([
    ["<i>Vulcan</i>'s", 2], // a tag ends a text node, so a word
    ['don&rsquo;t', 1],
    ['don&#8217;t', 1],
    ['don&#x2019;t', 1],
    ['don&#146;t', 1], // Windows-1252 quote, as browsers read it
    ['one&mdash;two&#x2014;three', 3],
    ['one&#45;&#45;two', 2], // decoded hyphens are still hyphens
    ['arm&#45;rest', 1],
    ['caf&eacute; na&iuml;ve', 2],
    ['wait&hellip;what', 2],
    ['one&nbsp;two', 2],
    ['Tom &amp; Jerry', 2],
    ['AT&T &unknown; &amp', 4], // unknown or unterminated references stay text
    ['&#x20000;&#131072;', 2], // astral Han by reference
    ['one<!-- two three -->four', 2],
    ['one<!---->two', 2],
    ['<!-- <p>hidden</p> -->', 0],
    ['<script>var a = "x y z";</script>one', 1],
    ['<style type="text/css">p { color: red }</style>one', 1],
    ['<SCRIPT>a b</SCRIPT >one <STYLE>c</style>two', 2],
    ['<head><title>A Title</title></head><body>one</body>', 1],
    ['<p title="a > b c">one</p>', 1], // quoted ">" does not end the tag
    ["<p title='x>y' class=z>one</p>", 1],
    ['<!DOCTYPE html><html><body><p>one two</p></body></html>', 2],
    ['a < b and c > d', 5], // a "<" that opens no tag is text
    ['one<br>two<wbr>three', 3],
    ['<p>one-</p><p>-two</p>', 2],
    ['<em>un</em>believable', 2],
    ['x <3 y', 3],
    ['</ p>one', 1],
    ['<p>unclosed <!-- comment', 1],
    ['<?xml version="1.0"?><p>one</p>', 1],
  ])('%j → %i', (text, words) => {
    expect(countWords(text, 'html')).toBe(words);
  });
});

// The rules as AO3 writes them: three regular expressions over one text node.
function ao3Reference(text: string): number {
  const scripts = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}';
  const words = new RegExp(`[${scripts}]|(?:(?![${scripts}])[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}])+`, 'gu');
  return (
    text
      .replaceAll('--', '—')
      .replace(/['’‘-]/g, '')
      .match(words)?.length ?? 0
  );
}

describe('countWords agrees with the regular expressions it replaces', () => {
  let seed = 20251002;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const samples = (alphabet: string[]) =>
    Array.from({ length: 2000 }, () =>
      Array.from(
        { length: 1 + Math.floor(random() * 24) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join(''),
    );

  it('on 2000 random strings', () => {
    const alphabet = [...'ab Zé1_-\'’‘—–‐,. \n!?"漢かカไั\u0301\u00a0😀𠀀𝐁ⅫПا안'];
    for (const text of samples(alphabet))
      expect([text, countWords(text)]).toEqual([text, ao3Reference(text)]);
  });

  it('on 2000 random HTML strings, node by node', () => {
    const alphabet = [
      ..."ab Zé-'’ ",
      '<b>',
      '</i>',
      '<br/>',
      '&amp;',
      '&#45;',
      '&rsquo;',
      '&mdash;',
      '&eacute;',
      '<!-- x -->',
    ];
    for (const html of samples(alphabet)) {
      const nodes = html.replace(/<!--.*?-->/g, '<>').split(/<[^>]*>/);
      const expected = nodes.reduce((sum, node) => sum + ao3Reference(decodeHtmlEntities(node)), 0);
      expect([html, countWords(html, 'html')]).toEqual([html, expected]);
    }
  });
});

describe('decodeHtmlEntities', () => {
  it.each([
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['&#x2014;&#8217;&hellip;&nbsp;&eacute;', '—’…\u00a0é'],
    ['&bogus; AT&T &amp', '&bogus; AT&T &amp'],
    ['&#146;&#0;&#x1F600;', '’\ufffd😀'],
  ])('%j → %j', (html, text) => {
    expect(decodeHtmlEntities(html)).toBe(text);
  });
});
