import { describe, expect, it } from 'vitest';
import { readLine, toLines } from '../../src/domain/prompt-lines.ts';
import {
  altHeading,
  isHeading,
  isWeekHeading,
  readSections,
  sectionEnd,
} from '../../src/domain/prompt-sections.ts';

const line = (text: string) => readLine(text, 0);
const U = undefined;

describe('altHeading', () => {
  it.each([
    ['Alternates:', ''],
    ['Alternates', ''],
    ['ALTERNATES', ''],
    ['Alts', ''],
    ['Alternatives', ''],
    ['Backups', ''],
    ['Extras', ''],
    ['Wildcards', ''],
    ['Spares', ''],
    ['Alternate prompts', ''],
    ['Alt prompts:', ''],
    ['Alt. prompts', ''],
    ['Alt prompt list', ''],
    ['Bonus prompts', ''],
    ['Bonus words', ''],
    ['Extra options', ''],
    ['Spare ideas', ''],
    ['Backup days', ''],
    ['Wildcard pool', ''],
    ['Alternate list', ''],
    ['Alternates (any day)', ''],
    ['Alternates (any day):', ''],
    ['Alternates (oops', ''],
    ['Alt prompts: Fever', 'Fever'],
    ['Alternates: Fever | Chills', 'Fever | Chills'],
    ['Alternates - Fever', 'Fever'],
    ['Alternates – Fever', 'Fever'],
    ['Alternates — Fever', 'Fever'],
    ['Alternate: Fever', 'Fever'],
    ['Bonus: Fever', 'Fever'],
    ['Extra: Fever', 'Fever'],
    ['Spare - Fever', 'Fever'],
    ['Alt: Fever', 'Fever'],
    ['Alternates (any day): Fever', 'Fever'],
    ['Alternates :', ''],
    ['**Alternates:**', ''],
  ])('%j opens a pool: %j', (text, rest) => {
    expect(altHeading(line(text))).toBe(rest);
  });

  it.each([
    ['Alternate'],
    ['Alternate universe'],
    ['Bonus'],
    ['Extra credit'],
    ['Alt prompt list pool'],
    ['Alternates are welcome'],
    ['Alternates Fever'],
    ['Others:'],
    ['- Alternates:'],
    ['1. Alternates:'],
    ['Oct 1 alternates:'],
    [''],
  ])('%j does not', (text) => {
    expect(altHeading(line(text))).toBeUndefined();
  });
});

describe('isWeekHeading and isHeading', () => {
  it.each([
    ['Week 1', true],
    ['week 12', true],
    ['WEEK TWO: SPOOKY', true],
    ['Week three', true],
    ['Week Four - Angst', true],
    ['Week five', true],
    ['Part 3 - Angst', true],
    ['Act 1', true],
    ['Section 2', true],
    ['Chapter 5', true],
    ['Week 1 fun times', false],
    ['Week 1 of fun', false],
    ['Week 1 fun', true],
    [`Week 1: ${'x'.repeat(51)}`, true],
    [`Week 1: ${'x'.repeat(52)}`, false],
    ['Week 123', false],
    ['Week six', false],
    ['Weekend 1', false],
    ['Week1', false],
    ['Week one two three four', false],
    ['Week one, two and three', false],
    ['Week one – two and three', true],
    ['- Week 1', false],
    ['My week 1', false],
  ])('%j: %s', (text, week) => {
    expect(isWeekHeading(line(text))).toBe(week);
  });

  it.each([
    ['Prompts:', true],
    ['The prompts for this month:', true],
    ['Prompts', false],
    ['a | b:', false],
    ['a / b:', false],
    ['- Prompts:', false],
  ])('isHeading(%j): %s', (text, heading) => {
    expect(isHeading(line(text))).toBe(heading);
  });
});

describe('sectionEnd', () => {
  it.each([
    ['Rules:', 1],
    ['Rules:\n\n', 1],
    ['Rules:\nBe kind.\nTag fills.\n\n1. a', 3],
    ['Rules:\nBe kind\nPrompts:\nx', 2],
    ['Rules:\nBe kind\nDay 1: a', 2],
    ['Rules:\nBe kind\n- a', 2],
    ['Rules:\n\n\nBe kind\n\nx', 4],
    ['Rules:\n- a\n- b\nc', 3],
    ['Rules:\n\n- a', 3],
    ['Rules:\n- a\n\n- b', 2],
    ['Rules:\n- a\n1. b', 2],
    ['Rules:\n1. a\n2. b\n1. c', 3],
    ['Rules:\n1. a\n3. b', 2],
    ['Rules:\n1. a\n- b', 2],
    ['Rules:\n1. a\n2. b\n3. c', 4],
    ['Rules:\n3. a\n4. b\nx', 3],
    ['Rules:\nDay 1: a', 1],
    ['Rules:\n1 a\n2 b', 1],
  ])('%j ends at %i', (text, end) => {
    expect(sectionEnd(toLines(text), 0)).toBe(end);
  });
});

describe('readSections: noise, notes and pools', () => {
  it.each([
    ['a\nb', { roles: [U, U], alternates: [] }],
    [
      'a\n#tag\nhttps://x.com\nWeek 1\nOctober 1 – 31\n\n* * *',
      { roles: [U, 'unused', 'unused', 'unused', 'unused', U, 'unused'], alternates: [] },
    ],
    [
      '1. a\nAlternates:\n- x\n- y | z',
      {
        roles: [U, 'alternate', 'alternate', 'alternate'],
        alternates: ['x', 'y', 'z'],
        poolAt: 1,
        poolEnd: 3,
      },
    ],
    ['Alternates: x, y', { roles: ['alternate'], alternates: ['x', 'y'], poolAt: 0, poolEnd: 0 }],
    ['Alternates: x, y | z', { roles: ['alternate'], alternates: ['x, y', 'z'], poolAt: 0, poolEnd: 0 }],
    ['Alternates: x or big y', { roles: ['alternate'], alternates: ['x', 'big y'], poolAt: 0, poolEnd: 0 }],
    // A heading with nothing under it is not a pool.
    ['Alternates:', { roles: [U], alternates: [] }],
    ['Alternates:\n\na', { roles: ['alternate', U, 'alternate'], alternates: ['a'], poolAt: 0, poolEnd: 2 }],
    [
      'Alternates:\n\n- a\nb',
      { roles: ['alternate', U, 'alternate', U], alternates: ['a'], poolAt: 0, poolEnd: 2 },
    ],
    [
      'Alternates\n1. x\n2. y\n\nSee you',
      { roles: ['alternate', 'alternate', 'alternate', U, U], alternates: ['x', 'y'], poolAt: 0, poolEnd: 2 },
    ],
    [
      'Alternates:\n\nFever\nThis is a long sentence with many words here.\nChills',
      {
        roles: ['alternate', U, 'alternate', 'unused', 'alternate'],
        alternates: ['Fever', 'Chills'],
        poolAt: 0,
        poolEnd: 4,
      },
    ],
    [
      'Alternates:\nFever | Chills\n#tag',
      { roles: ['alternate', 'alternate', 'unused'], alternates: ['Fever', 'Chills'], poolAt: 0, poolEnd: 1 },
    ],
    [
      'Alternates: x\na\nBonus prompts:\n- y',
      { roles: ['alternate', U, 'alternate', 'alternate'], alternates: ['x', 'y'], poolAt: 0, poolEnd: 3 },
    ],
    ['Rules: be kind\na', { roles: ['unused', U], alternates: [] }],
    ['Rules:\nBe kind\nTag\n\na', { roles: ['unused', 'unused', 'unused', U, U], alternates: [] }],
    ['The rules\n- Be kind\na', { roles: ['unused', 'unused', U], alternates: [] }],
    ['How it works\nPick one\n\na', { roles: ['unused', 'unused', U, U], alternates: [] }],
    ['How to participate:\nPick one\n\na', { roles: ['unused', 'unused', U, U], alternates: [] }],
    ['FAQ\nPick one\n\na', { roles: ['unused', 'unused', U, U], alternates: [] }],
    ['Guidelines:\nPick one\n\na', { roles: ['unused', 'unused', U, U], alternates: [] }],
    ['Our rules:\nBe kind\n\na', { roles: ['unused', 'unused', U, U], alternates: [] }],
    ['Event dates: Oct 1\na', { roles: ['unused', U], alternates: [] }],
    ['A few notes: be kind\na', { roles: ['unused', U], alternates: [] }],
    ['Important: be kind\na', { roles: ['unused', U], alternates: [] }],
    ['P.S. - be kind\na', { roles: [U, U], alternates: [] }],
    ['Notes\na', { roles: [U, U], alternates: [] }],
    [`Rules ${'x'.repeat(40)}: x\na`, { roles: [U, U], alternates: [] }],
    [`Rules ${'x'.repeat(39)}: x\na`, { roles: ['unused', U], alternates: [] }],
    ['- Rules: be kind\na', { roles: [U, U], alternates: [] }],
  ])('%j', (text, sections) => {
    expect(readSections(toLines(text))).toStrictEqual(sections);
  });
});

describe('readSections: buttons copied from a page', () => {
  it.each([
    ['Reblog\na\nReblog\nb', ['unused', U, 'unused', U]],
    ['Reblog\na\nb', [U, U, U]],
    ['12 notes\na\n34 notes\nb', ['unused', U, 'unused', U]],
    ['1.2k likes\na\n3,400 Likes\nb', ['unused', U, 'unused', U]],
    ['♡ 12\na\n♡ 3\nb', ['unused', U, 'unused', U]],
    ['Copy link\na\ncopy link!\nb', ['unused', U, 'unused', U]],
    ['Read more...\na\nRead more\nb', ['unused', U, 'unused', U]],
    ['0 likes 0 notes\na\n1 likes 2 notes\nb', [U, U, U, U]],
    ['12 reblogs 3\na\n1 reblogs 2\nb', ['unused', U, 'unused', U]],
    ['12\na\n13\nb', [U, U, U, U]],
    ['Good ghosts\nReblog\na\nReblog\nb', [U, 'unused', U, 'unused', U]],
    // A line said again and again between others, though no button.
    ['x y\na\nx y\nb\nx y\nc', ['unused', U, 'unused', U, 'unused', U]],
    ['x y\na\nx y\nb\nx y', [U, U, U, U, U]],
    ['x y\na\nx y\nb\nx y\nc\nd\ne\nf\ng', [U, U, U, U, U, U, U, U, U, U]],
    ['x y\na\nx y\nb\nx y\nc\nd\ne\nf', ['unused', U, 'unused', U, 'unused', U, U, U, U]],
    ['a b c d\ne\na b c d\nf\na b c d\ng', [U, U, U, U, U, U]],
    ['- x y\na\n- x y\nb\n- x y\nc', [U, U, U, U, U, U]],
    ['x\nx\nx', [U, U, U]],
    // Quoted lines are not counted.
    ['> x y\na\n> x y\nb\n> x y\nc', [U, U, U, U, U, U]],
    ['> Reblog\na\nReblog\nb\nReblog', [U, U, 'unused', U, 'unused']],
    [`Reblog ${'x'.repeat(40)}\na\nReblog ${'x'.repeat(40)}\nb`, [U, U, U, U]],
  ])('%j', (text, roles) => {
    expect(readSections(toLines(text)).roles).toStrictEqual(roles);
  });
});
