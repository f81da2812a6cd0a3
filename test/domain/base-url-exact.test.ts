import { describe, expect, it } from 'vitest';
import { parseBaseUrl } from '../../src/domain/base-url.ts';

const NOT_AN_ADDRESS = (text: string) =>
  `PROMPTLY_BASE_URL must be an address like https://promptly.example, not "${text}".`;
const SCHEME = 'PROMPTLY_BASE_URL must start with https:// or http:// (like https://promptly.example).';
const ORIGIN_ONLY =
  'PROMPTLY_BASE_URL is where Promptly is served, like https://promptly.example: no path, query or password.';

describe('parseBaseUrl: every message', () => {
  it.each<[string, string]>([
    ['', NOT_AN_ADDRESS('')],
    ['promptly.example', NOT_AN_ADDRESS('promptly.example')],
    ['https://', NOT_AN_ADDRESS('https://')],
    ['ftp://promptly.example', SCHEME],
    ['file:///srv', SCHEME],
    ['mailto:a@promptly.example', SCHEME],
    ['https://promptly.example/app', ORIGIN_ONLY],
    ['https://promptly.example//', ORIGIN_ONLY],
    ['https://promptly.example/?a', ORIGIN_ONLY],
    ['https://promptly.example/#x', ORIGIN_ONLY],
    ['https://user@promptly.example', ORIGIN_ONLY],
    ['https://:secret@promptly.example', ORIGIN_ONLY],
  ])('refuses %j', (text, message) => {
    expect(parseBaseUrl(text)).toEqual({ ok: false, errors: [message] });
  });

  it.each<[string, string]>([
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080'],
    ['https://promptly.example:8443', 'https://promptly.example:8443'],
    ['http://promptly.example:80', 'http://promptly.example'],
    ['https://promptly.example/?', 'https://promptly.example'],
    ['https://promptly.example/#', 'https://promptly.example'],
    ['https://[::1]:3000', 'https://[::1]:3000'],
  ])('takes %j as %j', (text, origin) => {
    expect(parseBaseUrl(text)).toEqual({ ok: true, value: origin });
  });
});
