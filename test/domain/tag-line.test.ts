import { describe, expect, it } from 'vitest';
import { checkTagPattern, promptTag, tagLine } from '../../src/domain/tag-line.ts';

describe('tag lines', () => {
  it.each([
    ['#whumptober2026 #no.{day} #{prompt}', 7, ['Drowning'], '#whumptober2026 #no.7 #drowning'],
    [
      '#whumptober2026 #no.{day} #{prompt}',
      7,
      ['Broken bones!', 'Fever'],
      '#whumptober2026 #no.7 #brokenbones #fever',
    ],
    ['#whumptober2026 #no.{day} #{prompt}', 3, [], '#whumptober2026 #no.3'],
    ['#whumptober2026 #no.{day}', 12, ['Drowning'], '#whumptober2026 #no.12'],
    ['#fictober{day}', 1, [], '#fictober1'],
    ['#prompt:{prompt}', 2, ['Café au lait', '“I’m fine”'], '#prompt:caféaulait #prompt:imfine'],
    ['', 7, ['Drowning'], ''],
  ] as const)('%s on day %i with %j is %s', (pattern, day, prompts, line) => {
    expect(tagLine(pattern, day, prompts)).toBe(line);
  });

  it.each([
    ['  #a   #no.{day}  ', '#a #no.{day}', undefined],
    ['#a {days}', '#a {days}', 'The tag pattern knows {day} and {prompt}, not {days}.'],
    ['#a\tb', '#a b', undefined],
    ['x'.repeat(201), 'x'.repeat(201), 'The tag pattern is too long: at most 200 characters.'],
  ])('checks %j', (value, pattern, error) => {
    const errors: Record<string, string> = {};
    expect(checkTagPattern(errors, value)).toBe(pattern);
    expect(errors.tag_pattern).toBe(error);
  });

  it('refuses a pattern that is not text, and reads none as none', () => {
    const errors: Record<string, string> = {};
    expect(checkTagPattern(errors, undefined)).toBe('');
    expect(errors).toEqual({});
    checkTagPattern(errors, 7);
    expect(errors.tag_pattern).toBe('The tag pattern must be text.');
  });

  it('makes a tag of a long prompt in linear time', () => {
    const long = 'a, '.repeat(100_000);
    const started = performance.now();
    expect(promptTag(long)).toBe('a'.repeat(100_000));
    expect(tagLine('{prompt} '.repeat(20), 1, [long]).length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
