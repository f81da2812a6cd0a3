import { describe, expect, it } from 'vitest';
import { readLine } from '../../src/domain/prompt-lines.ts';

describe('readLine: Markdown around the text', () => {
  it('drops bold markers that are opened and never closed', () => {
    expect(readLine('**Day 1: Ghosts', 0)).toStrictEqual({
      index: 0,
      shown: '**Day 1: Ghosts',
      text: 'Day 1: Ghosts',
      bullet: false,
      quote: false,
      num: { n: 1, family: 'day', rest: 'Ghosts' },
      range: false,
    });
  });

  it('drops every space after a heading’s hashes', () => {
    expect(readLine('##  Alternates', 3)).toStrictEqual({
      index: 3,
      shown: '##  Alternates',
      text: 'Alternates',
      bullet: false,
      quote: false,
      range: false,
    });
  });
});
