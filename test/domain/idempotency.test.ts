import { describe, expect, it } from 'vitest';
import {
  IDEMPOTENCY_HOURS,
  IDEMPOTENCY_KEY_MAX,
  idempotencyKeyError,
  isSubmissionToken,
  newSubmissionToken,
  requestHash,
} from '../../src/domain/idempotency.ts';

const MESSAGE = 'Idempotency-Key must be 1 to 255 visible ASCII characters, such as a UUID.';

describe('idempotencyKeyError: 1 to 255 visible ASCII characters', () => {
  it('keeps answers a day and keys to 255 characters', () => {
    expect(IDEMPOTENCY_HOURS).toBe(24);
    expect(IDEMPOTENCY_KEY_MAX).toBe(255);
  });

  it.each([
    ['a UUID', '6f1c3a52-9a8e-4c1b-b7d2-0f3e5a7c9d11'],
    ['one character', 'a'],
    ['exactly 255 characters', 'k'.repeat(255)],
    ['"!", the first visible character', '!'],
    ['"~", the last visible character', '~'],
    [
      'every visible ASCII character',
      Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i)).join(''),
    ],
  ])('accepts %s', (_label, key) => {
    expect(idempotencyKeyError(key)).toBeUndefined();
  });

  it.each([
    ['the empty key', ''],
    ['256 characters', 'k'.repeat(256)],
    ['a space alone', ' '],
    ['a leading space', ' abc'],
    ['a trailing space', 'abc '],
    ['a space inside', 'ab cd'],
    ['a tab', 'ab\tcd'],
    ['DEL', 'ab\u007fcd'],
    ['a line break at the end', 'abc\n'],
    ['a non-ASCII letter', 'clé'],
    ['an emoji', 'key😀'],
  ])('refuses %s, with the message', (_label, key) => {
    expect(idempotencyKeyError(key)).toBe(MESSAGE);
  });
});

describe('requestHash: SHA-256 of method, path and body', () => {
  it('is the hex SHA-256 of "METHOD path\\nbody"', () => {
    expect(requestHash('POST', '/api/events', '{"a":1}')).toBe(
      'e39ffd8ec8dc62e72367666673acfb474ab3a99d95921398899f6da7569fc2d4',
    );
    expect(requestHash('POST', '/api/events', '')).toBe(
      '0013ac1cf1f7e8bc0ca39389ec4f0857b0c2cbcb52f01fdd570ea9ba911fd12e',
    );
  });

  it('is the same for the same request, whatever the case of the method', () => {
    const hash = requestHash('POST', '/api/events', '{"a":1}');
    expect(requestHash('POST', '/api/events', '{"a":1}')).toBe(hash);
    expect(requestHash('post', '/api/events', '{"a":1}')).toBe(hash);
    expect(requestHash('Post', '/api/events', '{"a":1}')).toBe(hash);
  });

  it('differs by method, by path and by body', () => {
    const hash = requestHash('POST', '/api/events', '{"a":1}');
    expect(requestHash('PUT', '/api/events', '{"a":1}')).not.toBe(hash);
    expect(requestHash('POST', '/api/events/x', '{"a":1}')).not.toBe(hash);
    expect(requestHash('POST', '/api/events', '{"a":2}')).not.toBe(hash);
  });

  it('keeps the path apart from the body', () => {
    expect(requestHash('POST', '/a', 'b')).not.toBe(requestHash('POST', '/ab', ''));
  });
});

describe('submission tokens', () => {
  it('makes 22 base64url characters (128 bits) that isSubmissionToken accepts, new each time', () => {
    const tokens = Array.from({ length: 20 }, newSubmissionToken);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(isSubmissionToken(token)).toBe(true);
    }
    expect(new Set(tokens).size).toBe(20);
  });

  it.each([
    ['22 letters and digits', 'AbCdEfGhIjKlMnOpQrStUv', true],
    ['22 with "-" and "_"', 'abc-def_ghi-jkl_mno-12', true],
    ['22 digits', '0123456789012345678901', true],
    ['21 characters', 'AbCdEfGhIjKlMnOpQrStU', false],
    ['23 characters', 'AbCdEfGhIjKlMnOpQrStUvW', false],
    ['the empty string', '', false],
    ['a "+" (base64, not base64url)', 'AbCdEfGhIjKlMnOpQrSt+v', false],
    ['a "/"', 'AbCdEfGhIjKlMnOpQrSt/v', false],
    ['"=" padding', 'AbCdEfGhIjKlMnOpQrStU=', false],
    ['a space inside', 'AbCdEfGhIjK MnOpQrStUv', false],
    ['a leading character too many', ' AbCdEfGhIjKlMnOpQrStUv', false],
    ['a trailing line break', 'AbCdEfGhIjKlMnOpQrStUv\n', false],
    ['a non-ASCII letter', 'AbCdEfGhIjKlMnOpQrStUé', false],
  ])('%s: %s', (_label, token, expected) => {
    expect(isSubmissionToken(token)).toBe(expected);
  });
});
