import { describe, expect, it } from 'vitest';
import { readAo3 } from '../../src/domain/ao3-import.ts';
import { emptyParse } from '../../src/domain/ao3-parse.ts';
import { PROBLEM_MESSAGES } from '../../src/domain/ao3-problems.ts';

describe('readAo3: text or HTML', () => {
  it('a paste whose first word runs into a tag is plain text, not HTML', () => {
    // Counted as plain text, "br" is a word of its own.
    expect(readAo3('Draft<br>one two')).toEqual({ ok: true, value: emptyParse('text', 4) });
  });

  it('a copied retry page after a long run of blank lines is still the retry page', () => {
    expect(readAo3(`${'\n'.repeat(200)}Retry later`)).toEqual({
      ok: false,
      problem: 'retry-later',
      errors: { page: PROBLEM_MESSAGES['retry-later'] },
    });
  });
});
