import { describe, expect, it } from 'vitest';
import { FORM_LIMITS, formLimitProblem, formValue, formValues } from '../../src/domain/form-fields.ts';

const URL_ENCODED = 'application/x-www-form-urlencoded';
const bytes = (text: string) => new TextEncoder().encode(text);
const repeat = (part: string, n: number) => Array.from({ length: n }, () => part).join('&');
const distinct = (n: number) => Array.from({ length: n }, (_, i) => `f${i}=1`).join('&');
const TOO_MANY = 'The form has more than 10,000 fields. Nothing was saved.';
const repeated = (name: string) => `The form sends “${name}” more than 1,000 times. Nothing was saved.`;

/** A multipart body by hand: each part's header lines, then its value. */
const multipart = (boundary: string, parts: string[], close = true) =>
  bytes(
    parts.map((headers) => `--${boundary}\r\n${headers}\r\n\r\nvalue\r\n`).join('') +
      (close ? `--${boundary}--\r\n` : ''),
  );

describe('FORM_LIMITS', () => {
  it('are 10,000 fields and 1,000 repeats', () => {
    expect(FORM_LIMITS).toEqual({ fields: 10_000, repeats: 1_000 });
  });
});

describe('formLimitProblem: URL-encoded', () => {
  it.each<[string, string, string | null]>([
    ['no body', '', null],
    ['exactly 10,000 fields', distinct(10_000), null],
    ['10,001 fields', distinct(10_001), TOO_MANY],
    ['exactly 1,000 repeats', repeat('day=1', 1000), null],
    ['1,001 repeats', repeat('day=1', 1001), repeated('day')],
    ['names without values', repeat('day', 1001), repeated('day')],
    ['empty names', repeat('=1', 1001), repeated('')],
    ['a value holding = and escapes', repeat('a=b=c%26d', 1001), repeated('a')],
    ['escaped names', `${repeat('%64ay=1', 500)}&${repeat('day=1', 501)}`, repeated('day')],
    ['+ as a space', repeat('my+day=1', 1001), repeated('my day')],
    ['a stray % kept', repeat('50%=1', 1001), repeated('50%')],
    ['a long name, cut to 100 characters', repeat(`${'n'.repeat(150)}=1`, 1001), repeated('n'.repeat(100))],
    ['repeats of two names apart', `${repeat('a=1', 1000)}&${repeat('b=1', 1000)}`, null],
  ])('%s', (_, body, problem) => {
    expect(formLimitProblem(bytes(body), URL_ENCODED)).toBe(problem);
  });

  it('reads the type whatever its case and parameters', () => {
    const body = bytes(repeat('day=1', 1001));
    expect(formLimitProblem(body, 'Application/X-WWW-Form-URLEncoded ; charset=utf-8')).toBe(repeated('day'));
    expect(formLimitProblem(body, 'application/json')).toBeNull();
    expect(formLimitProblem(body, '')).toBeNull();
  });
});

describe('formLimitProblem: multipart', () => {
  const field = (name: string) => `Content-Disposition: form-data; name="${name}"`;

  it('reads each part’s name, stopping at the closing delimiter', () => {
    const type = 'multipart/form-data; boundary=XyZ';
    expect(formLimitProblem(multipart('XyZ', Array(1000).fill(field('a'))), type)).toBeNull();
    expect(formLimitProblem(multipart('XyZ', Array(1001).fill(field('a'))), type)).toBe(repeated('a'));
    expect(formLimitProblem(multipart('XyZ', Array(1001).fill(field('a')), false), type)).toBe(repeated('a'));
  });

  it('takes a quoted boundary, and any case of the parameter', () => {
    const body = multipart('a b', Array(1001).fill(field('x')));
    expect(formLimitProblem(body, 'multipart/form-data; BOUNDARY="a b"')).toBe(repeated('x'));
    expect(formLimitProblem(body, 'Multipart/Form-Data; boundary="a b"')).toBe(repeated('x'));
  });

  it('reads a part without a name (or only a filename) as the empty name', () => {
    const type = 'multipart/form-data; boundary=B';
    const parts = Array(1001).fill('Content-Disposition: form-data; filename="f.txt"');
    expect(formLimitProblem(multipart('B', parts), type)).toBe(repeated(''));
    const named = Array(1001).fill('Content-Disposition: form-data; NAME="Up"');
    expect(formLimitProblem(multipart('B', named), type)).toBe(repeated('Up'));
  });

  it('reads a name only from headers that end within the first 1,024 bytes', () => {
    const type = 'multipart/form-data; boundary=B';
    const long = `${field('a')}\r\nX-Pad: ${'p'.repeat(1100)}`;
    expect(formLimitProblem(multipart('B', Array(1001).fill(long)), type)).toBe(repeated(''));
  });

  it('counts parts up to the field limit', () => {
    const type = 'multipart/form-data; boundary=B';
    const names = (n: number) => Array.from({ length: n }, (_, i) => field(`f${i}`));
    expect(formLimitProblem(multipart('B', names(10_000)), type)).toBeNull();
    expect(formLimitProblem(multipart('B', names(10_001)), type)).toBe(TOO_MANY);
  });

  it('leaves multipart without a boundary alone', () => {
    expect(formLimitProblem(multipart('B', Array(1001).fill(field('a'))), 'multipart/form-data')).toBeNull();
    expect(
      formLimitProblem(multipart('B', Array(1001).fill(field('a'))), 'multipart/form-data; boundary='),
    ).toBeNull();
  });
});

describe('formValues and formValue', () => {
  const file = new File(['x'], 'x.txt');
  it.each<[string, string[], string]>([
    ['one', ['A'], 'A'],
    ['list', ['2', '1'], '2'],
    ['file', [], ''],
    ['files', ['b'], 'b'],
    ['missing', [], ''],
    ['empty', [''], ''],
  ])('%s', (key, values, first) => {
    const body = { one: 'A', list: ['2', '1', '2'], file, files: [file, 'b', file], empty: '' };
    expect(formValues(body, key)).toEqual(values);
    expect(formValue(body, key)).toBe(first);
  });
});
