import { describe, expect, it } from 'vitest';
import { formLimitProblem, mimeParameter } from '../../src/domain/form-fields.ts';

const repeated = (name: string) => `The form sends “${name}” more than 1,000 times. Nothing was saved.`;

/** A multipart body of `count` fields named `a`, delimited by `boundary`. */
const multipart = (boundary: string, count: number) =>
  new TextEncoder().encode(
    `${`--${boundary}\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue\r\n`.repeat(count)}--${boundary}--\r\n`,
  );

// Each content type, and the boundary the form parser behind Hono's parseBody (the platform's
// Request.formData, which reads MIME types as WHATWG's mimesniff does) finds in it.
const TYPES: [string, string][] = [
  ['multipart/form-data; boundary=plain', 'plain'],
  ['multipart/form-data; boundary="a;b"', 'a;b'],
  ['multipart/form-data; boundary="a\\"b"', 'a"b'],
  ['multipart/form-data; boundary="a\\\\b"', 'a\\b'],
  ['multipart/form-data; boundary="x"junk; charset=utf-8', 'x'],
  ['multipart/form-data; boundary=x ; charset=utf-8', 'x'],
  ['multipart/form-data;charset=utf-8;BOUNDARY=Up', 'Up'],
  ['multipart/form-data; boundary=first; boundary=second', 'first'],
  ['multipart/form-data; x="; boundary=fake"; boundary=real', 'real'],
  ['multipart/form-data; boundary=bell\x07; boundary=real', 'real'],
  ['multipart/form-data; boundary="tab\there"', 'tab\there'],
];

describe('the boundary of a multipart form, read as the form parser reads it', () => {
  it.each(TYPES)('%s: the parser reads its fields with boundary %s', async (type, boundary) => {
    const form = await new Response(multipart(boundary, 2), { headers: { 'content-type': type } }).formData();
    expect(form.getAll('a')).toEqual(['value', 'value']);
    expect(mimeParameter(type, 'boundary')).toBe(boundary);
  });

  it.each(TYPES)('%s: 1,001 fields under that boundary are refused', (type, boundary) => {
    expect(formLimitProblem(multipart(boundary, 1001), type)).toBe(repeated('a'));
  });

  it('finds no parameter where there is none, or no value', () => {
    for (const type of [
      'multipart/form-data',
      'multipart/form-data; boundary',
      'multipart/form-data; boundary=',
      'multipart/form-data; boundary = x',
      'multipart/form-data; boundary=;x=1',
    ])
      expect(mimeParameter(type, 'boundary')).toBeUndefined();
    expect(mimeParameter('multipart/form-data; boundary=""', 'boundary')).toBe('');
    expect(mimeParameter('text/plain; boundary="open', 'boundary')).toBe('open');
    expect(mimeParameter('text/plain; boundary="end\\', 'boundary')).toBe('end\\');
  });
});
