import { describe, expect, it } from 'vitest';
import { ECHO_MAX, echoed, nameProblem, textProblem } from '../../src/domain/text-input.ts';

const control = (hex: string) => `The title contains a control character (U+${hex}); remove it.`;
const lone = (hex: string) =>
  `The title contains a broken character (a lone surrogate, U+${hex}); remove it.`;

describe('textProblem: each boundary and message', () => {
  it.each<[string, boolean, string | undefined]>([
    ['', false, undefined],
    ['\u0000', false, 'The title contains a NUL character; remove it.'],
    ['\u0000', true, 'The title contains a NUL character; remove it.'],
    ['\u0001', false, control('0001')],
    ['\u001f', false, control('001F')],
    [' ~', false, undefined],
    ['\u007f', false, control('007F')],
    ['\u0080', false, control('0080')],
    ['\u009f', false, control('009F')],
    ['\u00a0é', false, undefined],
    ['\t', false, control('0009')],
    ['\n', false, control('000A')],
    ['\r', false, control('000D')],
    ['\t\n\r', true, undefined],
    ['\u000b', true, control('000B')],
    ['\u000c', true, control('000C')],
    ['\u0085', true, control('0085')],
    ['\ud7ff\ue000\uffff', false, undefined],
    ['\ud800', false, lone('D800')],
    ['\udbff', false, lone('DBFF')],
    ['\udc00', false, lone('DC00')],
    ['\udfff', false, lone('DFFF')],
    ['\ud800\udc00\udbff\udfff', false, undefined],
    ['\ud800\ue000', false, lone('D800')],
    ['\ud800\udbff', false, lone('D800')],
    ['\udc00\ud800', false, lone('DC00')],
    ['ok\ud83d\ude00 then \u0007', false, control('0007')],
    ['\u0007\ud800', false, control('0007')],
  ])('%j (multiline %s)', (value, multiline, problem) => {
    expect(textProblem(value, 'The title', multiline)).toBe(problem);
  });

  it('is single-line unless told', () => {
    expect(textProblem('a\nb', 'The name')).toBe(
      'The name contains a control character (U+000A); remove it.',
    );
  });
});

describe('nameProblem', () => {
  it.each<[string, string | undefined]>([
    ['Ann', undefined],
    [' Ann ', undefined],
    ['A\u202fB', undefined],
    ['', 'The name has no visible characters.'],
    ['   ', 'The name has no visible characters.'],
    ['\u200b\u2800 \u3000', 'The name has no visible characters.'],
    ['a\u0000', 'The name contains a NUL character; remove it.'],
    [
      '\u202a',
      'The name contains a text direction control (U+202A), which turns the text around it; remove it.',
    ],
    [
      'x\u202e',
      'The name contains a text direction control (U+202E), which turns the text around it; remove it.',
    ],
    [
      'x\u2066',
      'The name contains a text direction control (U+2066), which turns the text around it; remove it.',
    ],
    [
      'x\u2069',
      'The name contains a text direction control (U+2069), which turns the text around it; remove it.',
    ],
    ['x\u2029', undefined],
    ['x\u206a', undefined],
  ])('%j', (value, problem) => {
    expect(nameProblem(value, 'The name')).toBe(problem);
  });

  it('reports a control character before a direction control', () => {
    expect(nameProblem('\u202e\u0007', 'The name')).toBe(
      'The name contains a control character (U+0007); remove it.',
    );
  });
});

describe('echoed', () => {
  it.each<[string, number, string]>([
    ['', 0, ''],
    ['abc', 3, 'abc'],
    ['abcd', 3, 'abc'],
    ['abc', 0, ''],
    ['ab\ud83d\ude00', 3, 'ab'],
    ['ab\ud83d\ude00', 4, 'ab\ud83d\ude00'],
    ['a\ud83d\ude00b', 3, 'a\ud83d\ude00'],
    ['abc\udc00d', 4, 'abc\udc00'],
  ])('%j to %i', (value, max, shown) => {
    expect(echoed(value, max)).toBe(shown);
  });

  it('keeps up to 10,000 characters', () => {
    expect(ECHO_MAX).toBe(10_000);
    expect(echoed('x'.repeat(10_001), ECHO_MAX)).toBe('x'.repeat(10_000));
  });
});
