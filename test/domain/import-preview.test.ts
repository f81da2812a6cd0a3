import { describe, expect, it } from 'vitest';
import type { Ao3ListedWork } from '../../src/domain/ao3-listing.ts';
import {
  importCandidate,
  MAX_PREVIEW_WORKS,
  type PreviewWork,
  previewWorkOf,
  readPreviewWork,
} from '../../src/domain/import-preview.ts';

const WORK: PreviewWork = {
  work_id: '123456',
  title: 'Cold Comfort',
  authors: ['ann', 'bo'],
  words: 2345,
  published: '2025-10-02',
  fandoms: ['Sherlock', 'Good Omens'],
  rating: 'Teen And Up Audiences',
  summary: 'A winter story.',
  tags: ['Hurt/Comfort', 'Snow'],
  collections: ['whumptober2025'],
  series: [{ name: 'Winter', part: 2 }],
  prompts: [
    { event: 'Whumptober 2025', day: 2, text: 'Frostbite' },
    { event: null, day: 3, text: null },
  ],
};
const list = (n: number, item: string) => Array.from({ length: n }, (_, i) => `${item}${i}`);
const read = (changes: Record<string, unknown>) => readPreviewWork(JSON.stringify({ ...WORK, ...changes }));

describe('previewWorkOf: what the preview keeps of a listed work', () => {
  it('keeps the fields the preview shows and drops the rest', () => {
    const listed: Ao3ListedWork = {
      ...WORK,
      url: 'https://archiveofourown.org/works/123456',
      warnings: ['No Archive Warnings Apply'],
      categories: ['Gen'],
      relationships: ['A & B'],
      characters: ['A', 'B'],
      language: 'English',
      chapters: { current: 1, total: 1 },
    };
    expect(previewWorkOf(listed)).toEqual(WORK);
    expect(Object.keys(previewWorkOf(listed))).toEqual([
      'work_id',
      'title',
      'authors',
      'words',
      'published',
      'fandoms',
      'rating',
      'summary',
      'tags',
      'collections',
      'series',
      'prompts',
    ]);
  });
});

describe('readPreviewWork: a preview work read back from the form', () => {
  it('reads back what the preview wrote', () => {
    expect(readPreviewWork(JSON.stringify(WORK))).toEqual(WORK);
    expect(MAX_PREVIEW_WORKS).toBe(500);
  });

  it.each([
    ['not JSON', '{"work_id":'],
    ['the empty string', ''],
    ['null', 'null'],
    ['a number', '5'],
    ['a string', '"123"'],
    ['an array', '[]'],
    ['an empty object', '{}'],
  ])('refuses %s', (_label, json) => {
    expect(readPreviewWork(json)).toBeNull();
  });

  it.each<[string, Record<string, unknown>]>([
    ['a one-digit work id', { work_id: '1' }],
    ['a twelve-digit work id', { work_id: '123456789012' }],
    ['a title of 1000 characters', { title: 't'.repeat(1000) }],
    ['an empty title', { title: '' }],
    ['50 authors', { authors: list(50, 'a') }],
    ['no authors', { authors: [] }],
    ['an author of 300 characters', { authors: ['a'.repeat(300)] }],
    ['no word count', { words: null }],
    ['zero words', { words: 0 }],
    ['the largest safe word count', { words: Number.MAX_SAFE_INTEGER }],
    ['no date', { published: null }],
    ['100 fandoms', { fandoms: list(100, 'f') }],
    ['a fandom of 300 characters', { fandoms: ['f'.repeat(300)] }],
    ['no rating', { rating: null }],
    ['a rating of 100 characters', { rating: 'r'.repeat(100) }],
    ['a summary of 20,000 characters', { summary: 's'.repeat(20_000) }],
    ['500 tags', { tags: list(500, 't') }],
    ['a tag of 300 characters', { tags: ['t'.repeat(300)] }],
    ['100 collections', { collections: list(100, 'c') }],
    ['a collection of 300 characters', { collections: ['c'.repeat(300)] }],
    ['50 series', { series: Array.from({ length: 50 }, (_, i) => ({ name: `s${i}`, part: i })) }],
    ['a series name of 300 characters', { series: [{ name: 's'.repeat(300), part: 1 }] }],
    [
      '100 prompts',
      { prompts: Array.from({ length: 100 }, (_, i) => ({ event: null, day: i, text: null })) },
    ],
    ['a prompt event of 300 characters', { prompts: [{ event: 'e'.repeat(300), day: 1, text: null }] }],
    ['a prompt text of 300 characters', { prompts: [{ event: null, day: 1, text: 'p'.repeat(300) }] }],
  ])('accepts %s', (_label, changes) => {
    expect(read(changes)).toEqual({ ...WORK, ...changes });
  });

  it.each<[string, Record<string, unknown>]>([
    ['no work id', { work_id: undefined }],
    ['a numeric work id', { work_id: 123456 }],
    ['an empty work id', { work_id: '' }],
    ['a thirteen-digit work id', { work_id: '1234567890123' }],
    ['a work id with a letter after', { work_id: '123a' }],
    ['a work id with a letter before', { work_id: 'a123' }],
    ['a work id that is a path', { work_id: '12/../34' }],
    ['a title of 1001 characters', { title: 't'.repeat(1001) }],
    ['a numeric title', { title: 5 }],
    ['no title', { title: null }],
    ['51 authors', { authors: list(51, 'a') }],
    ['an author of 301 characters', { authors: ['a'.repeat(301)] }],
    ['authors as one string', { authors: 'ann' }],
    ['a numeric author', { authors: ['ann', 7] }],
    ['a negative word count', { words: -1 }],
    ['a fractional word count', { words: 1.5 }],
    ['a word count as text', { words: '2345' }],
    ['an unsafe word count', { words: 2 ** 53 }],
    ['no word count field', { words: undefined }],
    ['a date that is not real', { published: '2025-02-30' }],
    ['a date with a time', { published: '2025-10-02T00:00:00Z' }],
    ['a numeric date', { published: 20251002 }],
    ['no date field', { published: undefined }],
    ['101 fandoms', { fandoms: list(101, 'f') }],
    ['a fandom of 301 characters', { fandoms: ['f'.repeat(301)] }],
    ['no fandoms field', { fandoms: undefined }],
    ['a rating of 101 characters', { rating: 'r'.repeat(101) }],
    ['a numeric rating', { rating: 3 }],
    ['no rating field', { rating: undefined }],
    ['a summary of 20,001 characters', { summary: 's'.repeat(20_001) }],
    ['no summary', { summary: null }],
    ['501 tags', { tags: list(501, 't') }],
    ['a tag of 301 characters', { tags: ['t'.repeat(301)] }],
    ['no tags field', { tags: undefined }],
    ['101 collections', { collections: list(101, 'c') }],
    ['a collection of 301 characters', { collections: ['c'.repeat(301)] }],
    ['no collections field', { collections: undefined }],
    ['series as an object', { series: { name: 'Winter', part: 2 } }],
    ['51 series', { series: Array.from({ length: 51 }, (_, i) => ({ name: `s${i}`, part: i })) }],
    ['a series name of 301 characters', { series: [{ name: 's'.repeat(301), part: 1 }] }],
    ['a series without a name', { series: [{ part: 1 }] }],
    ['a series part that is not whole', { series: [{ name: 'Winter', part: 1.5 }] }],
    ['a series part as text', { series: [{ name: 'Winter', part: '2' }] }],
    ['a null series', { series: [null] }],
    ['prompts as an object', { prompts: { day: 1 } }],
    [
      '101 prompts',
      { prompts: Array.from({ length: 101 }, (_, i) => ({ event: null, day: i, text: null })) },
    ],
    ['a prompt event of 301 characters', { prompts: [{ event: 'e'.repeat(301), day: 1, text: null }] }],
    ['a prompt without its event', { prompts: [{ day: 1, text: null }] }],
    ['a prompt with a numeric event', { prompts: [{ event: 1, day: 1, text: null }] }],
    ['a prompt day that is not whole', { prompts: [{ event: null, day: 1.5, text: null }] }],
    ['a prompt without its day', { prompts: [{ event: null, text: null }] }],
    ['a prompt text of 301 characters', { prompts: [{ event: null, day: 1, text: 'p'.repeat(301) }] }],
    ['a prompt without its text', { prompts: [{ event: null, day: 1 }] }],
    ['a null prompt', { prompts: [null] }],
    ['a second prompt that is bad', { prompts: [WORK.prompts[0], { event: null, day: 'x', text: null }] }],
  ])('refuses %s', (_label, changes) => {
    expect(read(changes)).toBeNull();
  });
});

describe('importCandidate: the piece a chosen work becomes', () => {
  const fills = [{ day: 2, prompts: [1] }];

  it('is posted on its date at its link, with its days', () => {
    expect(importCandidate(WORK, fills)).toEqual({
      title: 'Cold Comfort',
      url: 'https://archiveofourown.org/works/123456',
      words: '2345',
      fandoms: 'Sherlock, Good Omens',
      rating: 'Teen And Up Audiences',
      summary: 'A winter story.',
      notes: '',
      status: 'posted',
      posted_on: '2025-10-02',
      fills,
    });
  });

  it('counts no words as 0, no date as blank, no fandoms as blank', () => {
    expect(importCandidate({ ...WORK, words: null, published: null, fandoms: [] }, [])).toEqual({
      title: 'Cold Comfort',
      url: 'https://archiveofourown.org/works/123456',
      words: '0',
      fandoms: '',
      rating: 'Teen And Up Audiences',
      summary: 'A winter story.',
      notes: '',
      status: 'posted',
      posted_on: '',
      fills: [],
    });
  });

  it.each([
    ['Not Rated', 'Not Rated'],
    ['General Audiences', 'General Audiences'],
    ['Teen And Up Audiences', 'Teen And Up Audiences'],
    ['Mature', 'Mature'],
    ['Explicit', 'Explicit'],
    ['explicit', 'Not Rated'],
    ['Adult', 'Not Rated'],
    ['', 'Not Rated'],
    [null, 'Not Rated'],
  ])('takes the rating %j as %s', (rating, expected) => {
    expect(importCandidate({ ...WORK, rating }, fills).rating).toBe(expected);
  });

  it('keeps the first 5,000 characters of the summary', () => {
    const long = `${'a'.repeat(4999)}bc`;
    expect(importCandidate({ ...WORK, summary: long }, fills).summary).toBe(`${'a'.repeat(4999)}b`);
    const exact = 's'.repeat(5000);
    expect(importCandidate({ ...WORK, summary: exact }, fills).summary).toBe(exact);
  });
});
