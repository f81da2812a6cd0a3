import { describe, expect, it } from 'vitest';
import { TOKEN_NAME_MAX, tokenNameError } from '../../src/domain/api-token.ts';

describe('tokenNameError: 1 to 100 characters, no control character', () => {
  it('allows names to 100 characters', () => {
    expect(TOKEN_NAME_MAX).toBe(100);
  });

  it.each([
    ['a short name', 'My phone'],
    ['one character', 'x'],
    ['exactly 100 characters', 'x'.repeat(100)],
    ['100 emoji (200 UTF-16 units, 100 characters)', '😀'.repeat(100)],
    ['a name with spaces and punctuation', 'Script: sync AO3 → Promptly'],
  ])('accepts %s', (_label, name) => {
    expect(tokenNameError(name)).toBeUndefined();
  });

  it.each([
    ['the empty name', '', 'Give the token a name, such as the app or script that will use it.'],
    ['101 characters', 'x'.repeat(101), 'A token name has at most 100 characters.'],
    ['101 emoji', '😀'.repeat(101), 'A token name has at most 100 characters.'],
    ['a NUL', 'my\u0000token', 'The token name contains a NUL character; remove it.'],
    ['a tab', 'my\ttoken', 'The token name contains a control character (U+0009); remove it.'],
    ['a line break', 'my\ntoken', 'The token name contains a control character (U+000A); remove it.'],
    [
      'a lone surrogate',
      'my\ud800token',
      'The token name contains a broken character (a lone surrogate, U+D800); remove it.',
    ],
    [
      'a control character in a name of 101 characters: the length first',
      `\u0001${'x'.repeat(100)}`,
      'A token name has at most 100 characters.',
    ],
  ])('refuses %s', (_label, name, message) => {
    expect(tokenNameError(name)).toBe(message);
  });
});
