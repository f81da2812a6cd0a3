import { describe, expect, it } from 'vitest';
import { isUtf8Body } from '../../src/domain/utf8.ts';

const text = (s: string) => new TextEncoder().encode(s);

describe('isUtf8Body', () => {
  it.each<[string, Uint8Array, boolean, boolean]>([
    ['empty', new Uint8Array(), true, true],
    ['plain ASCII', text('title=Fever&words=12'), true, true],
    ['raw UTF-8', text('title=Café ☕'), true, true],
    ['an escaped two-byte character', text('title=Caf%C3%A9'), true, true],
    ['lowercase escapes', text('title=caf%c3%a9'), true, true],
    ['an escaped four-byte character', text('t=%F0%9F%A7%A3'), true, true],
    ['escaped ASCII', text('t=%41%20b'), true, true],
    ['an escaped lone byte', text('t=%FF'), false, true],
    ['an escaped Latin-1 é', text('t=Caf%E9'), false, true],
    ['a character cut by a letter', text('t=%C3x%A9'), false, true],
    ['a character cut in two fields', text('a=%C3&b=%A9'), false, true],
    ['an escaped overlong slash', text('t=%C0%AF'), false, true],
    ['a stray % and half an escape', text('t=100%&u=%4'), true, true],
    ['an escaped surrogate', text('t=%ED%A0%80'), false, true],
    ['raw invalid bytes', Uint8Array.from([0x74, 0x3d, 0xff]), false, false],
    ['a raw character cut short', Uint8Array.from([0x74, 0x3d, 0xc3]), false, false],
  ])('%s: %s, and read as a URL-encoded form: %s', (_, bytes, asUrlEncoded, asOther) => {
    expect(isUtf8Body(bytes, true)).toBe(asUrlEncoded);
    expect(isUtf8Body(bytes, false)).toBe(asOther);
  });
});
