import { describe, expect, it } from 'vitest';
import { icsPlain, icsText } from '../../src/domain/ics.ts';

describe('icsPlain: control characters dropped, every line break a line feed', () => {
  it.each([
    ['plain text as it is', 'Day 1: Blood, sweat; tears', 'Day 1: Blood, sweat; tears'],
    ['CRLF to LF (one line break, not two)', 'a\r\nb', 'a\nb'],
    ['a lone CR to LF', 'a\rb', 'a\nb'],
    ['LF as it is', 'a\nb', 'a\nb'],
    ['LF CR as two line breaks', 'a\n\rb', 'a\n\nb'],
    ['every line break of several', 'a\r\nb\rc\nd', 'a\nb\nc\nd'],
    ['tab kept', 'a\tb', 'a\tb'],
    ['NUL dropped', 'a\u0000b', 'ab'],
    ['U+0008 dropped', 'a\u0008b', 'ab'],
    ['vertical tab and form feed dropped', 'a\u000b\u000cb', 'ab'],
    ['U+000E and U+001F dropped', 'a\u000e\u001fb', 'ab'],
    ['DEL dropped', 'a\u007fb', 'ab'],
    ['every control of several', '\u0001a\u0002b\u0003', 'ab'],
    ['C1 controls kept', 'a\u0085b', 'a\u0085b'],
    ['backslashes, commas and semicolons as they are', 'a\\b,c;d', 'a\\b,c;d'],
    ['the empty string', '', ''],
  ])('%s', (_label, text, expected) => {
    expect(icsPlain(text)).toBe(expected);
  });
});

describe('icsText: a TEXT value escaped per RFC 5545 §3.3.11', () => {
  it.each([
    ['plain text as it is', 'Promptober 2025', 'Promptober 2025'],
    ['a comma', 'Blood, sweat', 'Blood\\, sweat'],
    ['a semicolon', 'one; two', 'one\\; two'],
    ['a backslash', 'a\\b', 'a\\\\b'],
    ['every special of several', ',;\\,;\\', '\\,\\;\\\\\\,\\;\\\\'],
    ['a colon is not escaped', 'Day 1: Fire', 'Day 1: Fire'],
    ['quotes are not escaped', 'say "hi"', 'say "hi"'],
    ['LF as \\n', 'a\nb', 'a\\nb'],
    ['CRLF as one \\n', 'a\r\nb', 'a\\nb'],
    ['CR as \\n', 'a\rb', 'a\\nb'],
    ['every line break of several', 'a\nb\nc', 'a\\nb\\nc'],
    ['a backslash before a line break: the backslash doubled, the break not', 'a\\\nb', 'a\\\\\\nb'],
    ['a typed \\n stays a backslash and an n', 'a\\nb', 'a\\\\nb'],
    ['control characters dropped before escaping', 'a\u0000,\u007fb', 'a\\,b'],
    ['the empty string', '', ''],
  ])('%s', (_label, text, expected) => {
    expect(icsText(text)).toBe(expected);
  });
});
