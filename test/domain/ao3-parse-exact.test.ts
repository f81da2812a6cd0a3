import { describe, expect, it } from 'vitest';
import {
  type Ao3Meta,
  emptyParse,
  finishParse,
  readChapters,
  readCount,
} from '../../src/domain/ao3-parse.ts';

describe('readChapters', () => {
  it.each<[string, { current: number; total: number | null } | undefined]>([
    ['2/3', { current: 2, total: 3 }],
    ['2/?', { current: 2, total: null }],
    [' 2 / 3 ', { current: 2, total: 3 }],
    ['12/120', { current: 12, total: 120 }],
    ['1 /?', { current: 1, total: null }],
    ['2/', undefined],
    ['/3', undefined],
    ['a/3', undefined],
    ['2/3/4', undefined],
    ['2/3 chapters', undefined],
    ['2 of 3', undefined],
    ['', undefined],
  ])('%j', (text, expected) => {
    expect(readChapters(text)).toEqual(expected);
  });
});

describe('readCount', () => {
  it.each<[string | undefined, number | null]>([
    [undefined, null],
    ['', null],
    ['  ', null],
    ['0', 0],
    [' 7 ', 7],
    ['12,345', 12345],
    ['12 345', 12345],
    ['12.345', 12345],
    ['1,234,567', 1234567],
    ['a1', null],
    ['1a', null],
    [',1', null],
    ['-1', null],
  ])('%j', (text, expected) => {
    expect(readCount(text)).toBe(expected);
  });
});

const meta = (over: Partial<Ao3Meta> = {}): Ao3Meta => ({
  stated: null,
  published: null,
  updated: null,
  rating: null,
  warnings: [],
  categories: [],
  fandoms: [],
  relationships: [],
  characters: [],
  tags: [],
  language: null,
  series: [],
  collections: [],
  ...over,
});
const work = { title: 'T', authors: ['a'], summary: 'S', notes: 'N', counted: 9, extra: [] };

describe('emptyParse and finishParse', () => {
  it('an empty parse holds only its word count', () => {
    expect(emptyParse('text', 5)).toEqual({
      source: 'text',
      title: '',
      authors: [],
      words: 5,
      words_counted: 5,
      published: null,
      rating: null,
      warnings: [],
      categories: [],
      fandoms: [],
      relationships: [],
      characters: [],
      tags: [],
      language: null,
      series: [],
      collections: [],
      summary: '',
      notes: '',
      prompts: [],
    });
  });

  it('every field of the header and the work, the stated count first', () => {
    const parse = finishParse(
      'ao3-html',
      meta({
        stated: 1200,
        published: '2025-10-01',
        updated: '2025-10-03',
        rating: 'Mature',
        warnings: ['W'],
        categories: ['Gen'],
        fandoms: ['F'],
        relationships: ['R'],
        characters: ['C'],
        tags: ['Day 4: Rain'],
        language: 'English',
        series: [{ name: 'S', part: 1 }],
        collections: ['K'],
        chapters: { current: 2, total: null },
      }),
      { ...work, workId: '77', title: 'Day 3: Fever', extra: ['', 'Day 5: Snow'] },
    );
    expect(parse).toEqual({
      source: 'ao3-html',
      work_id: '77',
      title: 'Day 3: Fever',
      authors: ['a'],
      words: 1200,
      words_counted: 9,
      published: '2025-10-01',
      updated: '2025-10-03',
      rating: 'Mature',
      warnings: ['W'],
      categories: ['Gen'],
      fandoms: ['F'],
      relationships: ['R'],
      characters: ['C'],
      tags: ['Day 4: Rain'],
      language: 'English',
      series: [{ name: 'S', part: 1 }],
      collections: ['K'],
      summary: 'S',
      notes: 'N',
      chapters: { current: 2, total: null },
      prompts: [
        { event: null, day: 3, text: 'Fever' },
        { event: null, day: 5, text: 'Snow' },
        { event: null, day: 4, text: 'Rain' },
      ],
    });
  });

  it('without a stated count, a work id or chapters', () => {
    const parse = finishParse('ao3-page', meta(), { ...work, workId: '' });
    expect(parse).toEqual({
      source: 'ao3-page',
      title: 'T',
      authors: ['a'],
      words: 9,
      words_counted: 9,
      published: null,
      updated: null,
      rating: null,
      warnings: [],
      categories: [],
      fandoms: [],
      relationships: [],
      characters: [],
      tags: [],
      language: null,
      series: [],
      collections: [],
      summary: 'S',
      notes: 'N',
      prompts: [],
    });
    expect(Object.keys(parse)).not.toContain('work_id');
    expect(Object.keys(parse)).not.toContain('chapters');
    expect(finishParse('ao3-page', meta({ stated: 0 }), work).words).toBe(0);
  });

  it('prompts from the summary and the notes', () => {
    expect(
      finishParse('ao3-work-html', meta(), { ...work, summary: 'Day 1: Ash', notes: 'Day 2: Bone' }).prompts,
    ).toEqual([
      { event: null, day: 1, text: 'Ash' },
      { event: null, day: 2, text: 'Bone' },
    ]);
  });
});
