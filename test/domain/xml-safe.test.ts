import { describe, expect, it } from 'vitest';
import { xmlSafe } from '../../src/domain/xml.ts';

describe('xmlSafe: takes out what XML 1.0 cannot hold', () => {
  it.each([
    ['NUL', 'a\u0000b', 'ab'],
    ['U+0008, the last control before tab', 'a\u0008b', 'ab'],
    ['U+000B (vertical tab)', 'a\u000bb', 'ab'],
    ['U+000C (form feed)', 'a\u000cb', 'ab'],
    ['U+000E, the first control after CR', 'a\u000eb', 'ab'],
    ['U+001F, the last C0 control', 'a\u001fb', 'ab'],
    ['U+FFFE', 'a\ufffeb', 'ab'],
    ['U+FFFF', 'a\uffffb', 'ab'],
    ['a lone high surrogate', 'a\ud800b', 'ab'],
    ['a lone low surrogate', 'a\udfffb', 'ab'],
    ['a high surrogate at the end', 'ab\udbff', 'ab'],
    ['every one of several', '\u0001a\u0002b\u0003', 'ab'],
  ])('drops %s', (_label, text, expected) => {
    expect(xmlSafe(text)).toBe(expected);
  });

  it.each([
    ['tab', 'a\tb'],
    ['line feed', 'a\nb'],
    ['carriage return', 'a\rb'],
    ['space, the first character after the C0 controls', 'a b'],
    ['DEL and C1 controls, which XML 1.0 allows', 'a\u007f\u0085b'],
    ['U+FFFD', 'a\ufffdb'],
    ['U+FFFD and U+E000 around the surrogates', '\ud7ff\ue000'],
    ['a surrogate pair (an emoji)', 'a😀b'],
    ['letters that spell the property escape', 'p{Cs} P{Cs}'],
    ['the empty string', ''],
  ])('keeps %s', (_label, text) => {
    expect(xmlSafe(text)).toBe(text);
  });
});
