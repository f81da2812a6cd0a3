import { describe, expect, it } from 'vitest';
import { textProblem } from '../../src/domain/ao3-problems.ts';

describe('textProblem', () => {
  it('a short note that ends with "retry later" is not the retry page', () => {
    expect(textProblem('The upload failed, I’ll retry later.')).toBeNull();
  });

  it('a copied retry page with many blank lines after it is the retry page', () => {
    expect(textProblem(`\n\nRetry later.\n${'\n'.repeat(40)}`)).toBe('retry-later');
  });

  it('a story line that begins "Error 404" is not the 404 page', () => {
    expect(textProblem('Error 404: sleep not found.\nShe doesn’t even try any more.')).toBeNull();
  });
});
