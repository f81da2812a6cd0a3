import { describe, expect, it } from 'vitest';
import type { FieldErrors } from '../../src/domain/piece-input.ts';
import { checkTagPattern, promptTag, TAG_PATTERN_MAX, tagLine } from '../../src/domain/tag-line.ts';

const check = (value: unknown) => {
  const errors: FieldErrors = {};
  const pattern = checkTagPattern(errors, value);
  return { pattern, errors };
};
const TOO_LONG = 'The tag pattern is too long: at most 200 characters.';

describe('checkTagPattern: whole answers', () => {
  it.each<[unknown, string, FieldErrors]>([
    [undefined, '', {}],
    [null, '', {}],
    ['', '', {}],
    ['   ', '', {}],
    [7, '', { tag_pattern: 'The tag pattern must be text.' }],
    [['#a'], '', { tag_pattern: 'The tag pattern must be text.' }],
    [' #a \n\t #b{day} ', '#a #b{day}', {}],
    ['{day}{prompt}', '{day}{prompt}', {}],
    ['x'.repeat(200), 'x'.repeat(200), {}],
    ['x'.repeat(201), 'x'.repeat(201), { tag_pattern: TOO_LONG }],
    ['🎃'.repeat(200), '🎃'.repeat(200), {}],
    ['🎃'.repeat(201), '🎃'.repeat(201), { tag_pattern: TOO_LONG }],
    ['#a\u0000', '#a\u0000', { tag_pattern: 'The tag pattern contains a NUL character; remove it.' }],
    [
      `${'x'.repeat(201)}\u0000`,
      `${'x'.repeat(201)}\u0000`,
      { tag_pattern: 'The tag pattern contains a NUL character; remove it.' },
    ],
    ['#{}', '#{}', { tag_pattern: 'The tag pattern knows {day} and {prompt}, not {}.' }],
    ['{Day}', '{Day}', { tag_pattern: 'The tag pattern knows {day} and {prompt}, not {Day}.' }],
    ['{day} {a} {b}', '{day} {a} {b}', { tag_pattern: 'The tag pattern knows {day} and {prompt}, not {a}.' }],
    ['{x {day}', '{x {day}', {}],
    ['{day', '{day', {}],
  ])('%j', (value, pattern, errors) => {
    expect(check(value)).toEqual({ pattern, errors });
  });

  it('allows 200 characters', () => {
    expect(TAG_PATTERN_MAX).toBe(200);
  });
});

describe('promptTag', () => {
  it.each([
    ['Broken bones!', 'brokenbones'],
    ['snake_case 2', 'snake_case2'],
    ['ÉTÉ à Paris', 'étéàparis'],
    ['!!!', ''],
    ['', ''],
  ])('%j → %j', (prompt, tag) => {
    expect(promptTag(prompt)).toBe(tag);
  });
});

describe('tagLine', () => {
  it.each<[string, number, string[], string]>([
    ['#a  #b', 1, [], '#a #b'],
    ['#{prompt}', 1, [], ''],
    ['#{prompt}', 1, ['!!!', 'Fever'], '#fever'],
    ['{day}-{day}', 4, [], '4-4'],
    ['#{prompt}-{prompt}', 2, ['A b'], '#ab-ab'],
    ['#d{day}{prompt}', 30, ['X', 'Y'], '#d30x #d30y'],
    ['{prompt} #end', 9, ['Cold', 'Heat'], 'cold heat #end'],
    ['#x', 3, ['Fever'], '#x'],
  ])('%j on day %i with %j', (pattern, day, prompts, line) => {
    expect(tagLine(pattern, day, prompts)).toBe(line);
  });
});
