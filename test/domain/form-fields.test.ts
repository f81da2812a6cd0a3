import { describe, expect, it } from 'vitest';
import { FORM_LIMITS, formLimitProblem, formValues } from '../../src/domain/form-fields.ts';

const URL_ENCODED = 'application/x-www-form-urlencoded';
const bytes = (text: string) => new TextEncoder().encode(text);
const repeat = (part: string, n: number) => Array.from({ length: n }, () => part).join('&');

describe('formLimitProblem', () => {
  it.each([
    ['a few fields', 'title=A&words=12&day=1&day=2', null],
    ['empty parts, as URLSearchParams skips them', `${'&'.repeat(5000)}title=A`, null],
    ['exactly the limit', repeat('f=1', FORM_LIMITS.repeats), null],
    ['one field too many', repeat('f=1', FORM_LIMITS.repeats + 1), /“f” more than 1,000 times/],
    ['a name spelled with escapes and +', `${repeat('d%61y=1', 600)}&${repeat('day=2', 401)}`, /“day”/],
    ['spaces as +', repeat('a+b=1', 1001), /“a b”/],
    ['a stray %', repeat('%zz=1', 1001), /“%zz”/],
    [
      'too many fields',
      Array.from({ length: 10_001 }, (_, i) => `f${i}=1`).join('&'),
      /more than 10,000 fields/,
    ],
    ['730,000 fields', repeat('day=2', 730_000), /more than 10,000 fields/],
  ])('%s', (_, body, expected) => {
    const problem = formLimitProblem(bytes(body), `${URL_ENCODED}; charset=UTF-8`);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it('counts the parts of a multipart body and reads their names', async () => {
    const body = new FormData();
    for (let i = 0; i < 1001; i++) body.append('json', 'x');
    const req = new Request('http://x/', { method: 'POST', body });
    const type = req.headers.get('Content-Type') as string;
    expect(formLimitProblem(new Uint8Array(await req.arrayBuffer()), type)).toMatch(/“json” more than 1,000/);
    const few = new Request('http://x/', {
      method: 'POST',
      body: (() => {
        const f = new FormData();
        f.append('json', 'a');
        f.append('file', new Blob(['{}']), 'name="x".json');
        return f;
      })(),
    });
    const fewType = few.headers.get('Content-Type') as string;
    expect(formLimitProblem(new Uint8Array(await few.arrayBuffer()), fewType)).toBeNull();
  });

  it('leaves other bodies alone', () => {
    expect(formLimitProblem(bytes(repeat('f=1', 5000)), 'application/json')).toBeNull();
    expect(formLimitProblem(bytes(repeat('f=1', 5000)), 'text/plain')).toBeNull();
  });
});

describe('formValues', () => {
  it('gives each text value once, in the order first sent, without files', () => {
    const body = { day: ['2', '1', '2', new File([], 'x'), '1'], title: 'A' };
    expect(formValues(body, 'day')).toEqual(['2', '1']);
    expect(formValues(body, 'title')).toEqual(['A']);
    expect(formValues(body, 'none')).toEqual([]);
  });
});
