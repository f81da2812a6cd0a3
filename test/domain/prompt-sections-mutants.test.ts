import { describe, expect, it } from 'vitest';
import { readLine, toLines } from '../../src/domain/prompt-lines.ts';
import { altHeading, isHeading, readSections } from '../../src/domain/prompt-sections.ts';

const line = (text: string) => readLine(text, 0);
const U = undefined;

describe('altHeading: words in parentheses after the heading', () => {
  it('reads the pool after them and their separator, spaced or not', () => {
    expect(altHeading(line('Alternates (any day) - Fever, Chills'))).toBe('Fever, Chills');
    expect(altHeading(line('Alternates (any day) : Fever'))).toBe('Fever');
  });
});

describe('isHeading', () => {
  it('takes a heading that offers a choice in words: "or" parts no alternatives there', () => {
    expect(isHeading(line('Pick a prompt or write your own:'))).toBe(true);
  });
});

describe('readSections: notes', () => {
  it('leaves the blank lines under a note’s heading blank', () => {
    expect(readSections(toLines('Rules:\n\nBe kind\nTag your work\n\n1. Ghosts\n2. Bats'))).toStrictEqual({
      roles: ['unused', U, 'unused', 'unused', U, U, U],
      alternates: [],
    });
  });

  it('reads the note on the line right after a one-line note', () => {
    expect(
      readSections(toLines('Rules: be kind\nNotes: tag your work\nDay 1: Ghosts\nDay 2: Bats')),
    ).toStrictEqual({
      roles: ['unused', 'unused', U, U],
      alternates: [],
    });
  });
});

describe('readSections: a line copied again and again between the prompts', () => {
  it('sets aside a repeated line of three words', () => {
    const text = 'Ghosts\nposted by moonwrites\nBats\nposted by moonwrites\nMoon\nposted by moonwrites';
    expect(readSections(toLines(text))).toStrictEqual({
      roles: [U, 'unused', U, 'unused', U, 'unused'],
      alternates: [],
    });
  });
});
