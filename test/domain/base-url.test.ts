import { describe, expect, it } from 'vitest';
import { parseBaseUrl } from '../../src/domain/base-url.ts';

describe('parseBaseUrl', () => {
  it.each([
    ['https://promptly.example', 'https://promptly.example'],
    ['https://promptly.example/', 'https://promptly.example'],
    ['http://localhost:3000', 'http://localhost:3000'],
    ['HTTPS://Promptly.Example:443/', 'https://promptly.example'],
  ])('takes %s as %s', (text, origin) => {
    expect(parseBaseUrl(text)).toEqual({ ok: true, value: origin });
  });

  it.each([
    'promptly.example',
    'ftp://promptly.example',
    'javascript:alert(1)',
    'https://promptly.example/promptly',
    'https://promptly.example/?x=1',
    'https://promptly.example/#top',
    'https://user:pass@promptly.example',
  ])('refuses %s, saying what it should be', (text) => {
    const result = parseBaseUrl(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join(' ')).toContain('https://promptly.example');
  });
});
