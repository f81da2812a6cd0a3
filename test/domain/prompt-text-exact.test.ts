import { describe, expect, it } from 'vitest';
import {
  isGloss,
  isNoise,
  isParagraph,
  isWordChar,
  splitPrompts,
  splitTitle,
  trimEndOf,
  wordCount,
} from '../../src/domain/prompt-text.ts';

describe('splitPrompts, strong: bars and spaced slashes outside parentheses', () => {
  it.each([
    ['a | b', ['a', 'b']],
    ['a|b', ['a', 'b']],
    [' a |  | b | ', ['a', 'b']],
    ['a / b', ['a', 'b']],
    ['a // b', ['a', 'b']],
    ['a/b', ['a/b']],
    ['a /b', ['a /b']],
    ['a/ b', ['a/ b']],
    ['a /', ['a']],
    ['a //', ['a']],
    ['a // /b', ['a', '/b']],
    ['a, b; c', ['a, b; c']],
    ['a cat or a dog', ['a cat or a dog']],
    ['Hollow (empty | or not) | Thorn', ['Hollow (empty | or not)', 'Thorn']],
    ['[a / b] / c', ['[a / b]', 'c']],
    ['(a | (b | c) | d) | e', ['(a | (b | c) | d)', 'e']],
    // A closing bracket with none open changes nothing.
    [') a | b ]', [') a', 'b ]']],
    // Quotes do not protect a bar.
    ['"a | b"', ['"a', 'b"']],
    ['“a | b”', ['“a', 'b”']],
    ['', []],
    ['|', []],
  ])('%j', (text, parts) => {
    expect(splitPrompts(text, 'strong')).toStrictEqual(parts);
  });
});

describe('splitPrompts, all: also commas, semicolons and "or" between phrases', () => {
  it.each([
    ['a, b', ['a', 'b']],
    ['a; b', ['a', 'b']],
    ['a,b;c', ['a', 'b', 'c']],
    ['a | b, c', ['a', 'b', 'c']],
    ['"a, b", c', ['"a, b"', 'c']],
    ['"a; b"; c', ['"a; b"', 'c']],
    ['“a, b”, c', ['“a, b”', 'c']],
    ['«a, b», c', ['«a, b»', 'c']],
    ['(a, b), c', ['(a, b)', 'c']],
    ['[a; b]; c', ['[a; b]', 'c']],
    // A stray closing quote does not open one.
    ['a”, b', ['a”', 'b']],
    ['a», b', ['a»', 'b']],
    // The Oxford "and" joins the list back.
    ['blood, sweat, and tears', ['blood, sweat, and tears']],
    ['blood, sweat and tears', ['blood', 'sweat and tears']],
    ['blood, AND\ttears', ['blood, AND\ttears']],
    ['blood, andromeda', ['blood', 'andromeda']],
    ['And then, b', ['And then', 'b']],
    // "or" cuts when a side has two words.
    ['truth or dare', ['truth or dare']],
    ['a cat or a dog', ['a cat', 'a dog']],
    ['tea OR hot cocoa', ['tea', 'hot cocoa']],
    ['x or y or big z', ['x', 'y', 'big z']],
    ['or a dog', ['or a dog']],
    ['a dog or', ['a dog or']],
    ['a dog ORb', ['a dog ORb']],
    ['(a or b c) or d', ['(a or b c)', 'd']],
    ['[a or b c] or d', ['[a or b c]', 'd']],
    ['“a or b c” or d', ['“a or b c”', 'd']],
    ['"a or b c" or d e', ['"a or b c"', 'd e']],
    ['a) or b c', ['a)', 'b c']],
    ['a cat or a dog, fish', ['a cat', 'a dog', 'fish']],
  ])('%j', (text, parts) => {
    expect(splitPrompts(text, 'all')).toStrictEqual(parts);
  });
});

describe('splitTitle', () => {
  it.each([
    ['Beginnings: first snow / cold hands', { title: 'Beginnings', rest: 'first snow / cold hands' }],
    ['Rain - umbrellas', { title: 'Rain', rest: 'umbrellas' }],
    ['Rain – umbrellas', { title: 'Rain', rest: 'umbrellas' }],
    ['Rain — umbrellas', { title: 'Rain', rest: 'umbrellas' }],
    ['Time: 2:00 sharp', { title: 'Time', rest: '2:00 sharp' }],
    ['a b c d e f: g', { title: 'a b c d e f', rest: 'g' }],
    // Quotes and brackets protect their separators, the first character's too.
    ['“Wait: no” - x', { title: '“Wait: no”', rest: 'x' }],
    ['"Wait: no" - x', { title: '"Wait: no"', rest: 'x' }],
    ['(a: b) c: d', { title: '(a: b) c', rest: 'd' }],
    ['x "Wait: no" - y', { title: 'x "Wait: no"', rest: 'y' }],
    ['x (a: b) c: d', { title: 'x (a: b) c', rest: 'd' }],
    ['x [a - b] c - d', { title: 'x [a - b] c', rest: 'd' }],
    ['x “a: b” c: d', { title: 'x “a: b” c', rest: 'd' }],
    ['x (a (b: c) d) f: g', { title: 'x (a (b: c) d) f', rest: 'g' }],
    ['a) b: c', { title: 'a) b', rest: 'c' }],
    ['x: y: z', { title: 'x', rest: 'y: z' }],
  ])('%j', (text, split) => {
    expect(splitTitle(text)).toStrictEqual(split);
  });

  it.each([
    ['Rain-umbrellas'],
    ['Rain -umbrellas'],
    ['a:b'],
    ['a :b'],
    [': x'],
    ['- x'],
    ['a:'],
    ['a b c d e f g: h'],
    ['a | b: c'],
    ['a / b - c'],
    ['"Wait: no"'],
    ['(a: b)'],
    ['x "a: b"'],
    ['x (a: b)'],
    ['x “a: b”'],
    ['Ghosts'],
    [''],
  ])('%j has none', (text) => {
    expect(splitTitle(text)).toBeUndefined();
  });
});

describe('wordCount', () => {
  it.each([
    ['', 0],
    [' ', 0],
    ['a', 1],
    [' a  b ', 2],
    ['a\tb', 2],
    ['a-b c', 2],
    ['a\nb', 1],
  ])('%j has %i', (text, n) => {
    expect(wordCount(text)).toBe(n);
  });
});

describe('isParagraph', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
  it.each([
    [words(15), true],
    [words(14), false],
    [`${words(6)}.`, true],
    [`${words(5)}.`, false],
    [`${words(6)}!`, true],
    [`${words(6)}?`, true],
    [`${words(6)}…`, true],
    [`${words(6)},`, false],
    [words(6), false],
    ['One two. Three four five six', true],
    ['One two! Three four five six', true],
    ['One two? Three four five six', true],
    ['One two. three four five six', false],
    ['One two.Three four five six', false],
    ['One two three four five. Six', true],
    ['One two three four five six. A', true],
    [`"${words(15)}`, false],
    [`“${words(15)}`, false],
    [`‘${words(15)}`, false],
    [`'${words(15)}`, false],
    [`«${words(15)}`, false],
    [`「${words(15)}`, false],
    [`${words(8)} | ${words(8)}`, false],
  ])('%j: %s', (text, paragraph) => {
    expect(isParagraph(text)).toBe(paragraph);
  });
});

describe('isNoise', () => {
  it.each([
    ['', true],
    ['* * *', true],
    ['~~~', true],
    ['🎃🎃', true],
    ['https://example.com/x', true],
    ['http://x', true],
    ['see www.example', true],
    ['site.com', true],
    ['site.org', true],
    ['site.net', true],
    ['site.io', true],
    ['site.co', true],
    ['SITE.COM', true],
    ['site.comet', false],
    ['#tag #two', true],
    ['#tag, #two', true],
    ['#tag\t#two', true],
    ['#tag word', false],
    ['#1', false],
    ['#1 #tag', false],
    ['#12a', true],
    ['# tag', false],
    ['Ghosts', false],
    ['10 minutes', false],
  ])('%j: %s', (text, noise) => {
    expect(isNoise(text)).toBe(noise);
  });
});

describe('isGloss', () => {
  it.each([
    ['(a light in the dark)', true],
    ['(x)', true],
    ['()', false],
    ['(', false],
    ['(1)', false],
    ['(123) x)', false],
    ['(1234)', true],
    ['(1a)', true],
    ['x (y)', false],
    ['(y) x', false],
    ['(y', false],
  ])('%j: %s', (text, gloss) => {
    expect(isGloss(text)).toBe(gloss);
  });
});

describe('trimEndOf and isWordChar', () => {
  it.each([
    ['a.,;', '.,;', 'a'],
    ['a.b.', '.', 'a.b'],
    ['...', '.', ''],
    ['a', '', 'a'],
    ['', '.', ''],
    ['a. ', '.', 'a. '],
  ])('trimEndOf(%j, %j) is %j', (text, chars, out) => {
    expect(trimEndOf(text, chars)).toBe(out);
  });

  it.each([
    ['a', true],
    ['Z', true],
    ['7', true],
    ['é', true],
    ['я', true],
    ['٣', true],
    [' ', false],
    ['-', false],
    ['#', false],
    ['🎃', false],
    [undefined, false],
  ])('isWordChar(%j) is %s', (c, word) => {
    expect(isWordChar(c)).toBe(word);
  });
});
