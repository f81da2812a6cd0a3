import { describe, expect, it } from 'vitest';
import { nameProblem, textProblem } from '../../src/domain/text-input.ts';
import { expectWithin, TIME_BOUNDS } from '../time-bound.ts';

describe('textProblem', () => {
  it.each([
    ['plain text', 'Frostbite', false, undefined],
    ['accents, emoji and CJK', 'Café ☕ 雪 🧣', false, undefined],
    ['a surrogate pair', '\ud83e\udde3', false, undefined],
    ['a NUL', 'Frost\u0000bite', false, /NUL/],
    ['a bell', 'a\u0007b', false, /control character \(U\+0007\)/],
    ['DEL', 'a\u007fb', false, /U\+007F/],
    ['a C1 control (NEL)', 'a\u0085b', false, /U\+0085/],
    ['an escape', '\u001b[31mred', false, /U\+001B/],
    ['a tab in a single-line field', 'a\tb', false, /U\+0009/],
    ['a newline in a single-line field', 'a\nb', false, /U\+000A/],
    ['tab, newline and CR in a multi-line field', 'a\tb\r\nc\n', true, undefined],
    ['a vertical tab in a multi-line field', 'a\u000bb', true, /U\+000B/],
    ['a NUL in a multi-line field', 'a\n\u0000', true, /NUL/],
    ['a lone high surrogate', 'a\ud800b', false, /lone surrogate, U\+D800/],
    ['a lone high surrogate at the end', 'ab\udbff', true, /lone surrogate/],
    ['a lone low surrogate', '\udc00x', false, /lone surrogate, U\+DC00/],
    ['two high surrogates', '\ud800\ud800\udc00', false, /lone surrogate/],
  ])('%s', (_, value, multiline, expected) => {
    const problem = textProblem(value, 'The title', multiline);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
    if (problem) expect(problem).toMatch(/^The title contains /);
  });

  it.skipIf(!TIME_BOUNDS)('reads 5 MB in one pass', () => {
    const text = `${'word '.repeat(1_000_000)}\u0000`;
    const started = performance.now();
    expect(textProblem(text, 'The text', true)).toMatch(/NUL/);
    expectWithin(started, 2000);
  });
});

describe('nameProblem', () => {
  it.each([
    ['a plain name', 'Ann Marie', undefined],
    ['a name in another script', 'Анна', undefined],
    ['a name with an emoji joined by ZWJ', 'Ann 👩‍💻', undefined],
    ['zero-width spaces only', '\u200b\u200b', /no visible characters/],
    ['joiners and a BOM only', '\u200c\u200d\ufeff\u2060', /no visible characters/],
    ['a soft hyphen and a combining grapheme joiner', '\u00ad\u034f', /no visible characters/],
    ['Hangul fillers', '\u3164\u115f\uffa0', /no visible characters/],
    ['the blank braille pattern', '\u2800\u2800', /no visible characters/],
    ['variation selectors and spaces', '\ufe0f \u3000 \u00a0', /no visible characters/],
    ['tag characters', '\u{e0041}\u{e0042}', /no visible characters/],
    ['a right-to-left override', 'Ann\u202egnp.exe', /direction control \(U\+202E\)/],
    ['a left-to-right embedding', '\u202aAnn', /U\+202A/],
    ['an isolate', '\u2066Ann\u2069', /U\+2066/],
    ['a first-strong isolate', 'Ann\u2068', /U\+2068/],
    ['a control character', 'Ann\u0000', /NUL/],
    ['a lone surrogate', 'Ann\ud800', /lone surrogate/],
  ])('%s', (_, value, expected) => {
    const problem = nameProblem(value, 'The display name');
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });
});
