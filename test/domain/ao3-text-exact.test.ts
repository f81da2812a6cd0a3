import { describe, expect, it } from 'vitest';
import { readHeader, readMeta } from '../../src/domain/ao3-text.ts';

const header = (lines: string[]) => {
  const found = readHeader(lines);
  return found && { meta: Object.fromEntries(found.meta), start: found.start, end: found.end };
};
const meta = (values: Record<string, string[]>) =>
  readMeta(new Map(Object.entries(values)) as Parameters<typeof readMeta>[0]);

describe('readHeader', () => {
  it.each<[string, string[], ReturnType<typeof header>]>([
    [
      'labels with values below and beside, and a stats line cut at its labels',
      [
        'Rating:',
        'General Audiences',
        'Fandom: Original Work',
        'Stats: Published: 2025-10-02 Words: 1,234 Chapters: 1/?',
        '',
        'Title',
      ],
      {
        meta: {
          rating: ['General Audiences'],
          fandoms: ['Original Work'],
          stats: [],
          published: ['2025-10-02'],
          words: ['1,234'],
          chapters: ['1/?'],
        },
        start: 0,
        end: 5,
      },
    ],
    [
      'from the first label',
      ['Some nav', 'Rating: Teen', 'Fandom: X'],
      { meta: { rating: ['Teen'], fandoms: ['X'] }, start: 1, end: 3 },
    ],
    [
      'a value after a blank line only when the label has none yet',
      ['Rating:', '', 'Teen', 'Fandom:', 'X', '', 'Y'],
      { meta: { rating: ['Teen'], fandoms: ['X'] }, start: 0, end: 6 },
    ],
    [
      'values on the lines after a value after a blank line',
      ['Rating:', '', 'Teen', 'Mature', 'Fandom: X'],
      { meta: { rating: ['Teen', 'Mature'], fandoms: ['X'] }, start: 0, end: 5 },
    ],
    [
      'a stat takes one value',
      ['Rating: T', 'Words:', '1,000', '2,000'],
      { meta: { rating: ['T'], words: ['1,000'] }, start: 0, end: 3 },
    ],
    [
      'a stat takes a value of its shape',
      ['Rating: T', 'Words:', 'many'],
      { meta: { rating: ['T'], words: [] }, start: 0, end: 2 },
    ],
    [
      'stats run together',
      ['Words:12', 'Chapters:1/1Hits:4'],
      { meta: { words: ['12'], chapters: ['1/1'], hits: ['4'] }, start: 0, end: 2 },
    ],
    [
      'only a stats line is cut inside',
      [
        'Additional Tags: Famous Last Words: Redux, Published: no',
        'Stats:',
        'Published:2025-10-01Words: 12Chapters: 1/?Hits: 4 Kudos: 3xWords: 9',
      ],
      {
        meta: {
          tags: ['Famous Last Words: Redux, Published: no'],
          stats: [],
          published: ['2025-10-01'],
          words: ['12'],
          chapters: ['1/?'],
          hits: ['4'],
          kudos: ['3xWords: 9'],
        },
        start: 0,
        end: 3,
      },
    ],
    [
      'a label again adds to its values',
      ['Category:', 'Gen', 'Rating: x', 'Category: M/M'],
      { meta: { categories: ['Gen', 'M/M'], rating: ['x'] }, start: 0, end: 4 },
    ],
    [
      'singular and plural labels, and every stat',
      [
        'Archive Warning: W1',
        'Archive Warnings: W2',
        'Categories: C',
        'Fandoms: F',
        'Relationship: R1',
        'Relationships: R2',
        'Character: C1',
        'Characters: C2',
        'Language: L',
        'Series: S',
        'Collection: K1',
        'Collections: K2',
        'Stats: Updated: 2025-01-02 Comments: 1 Kudos: 2 Bookmarks: 3 Hits: 4',
      ],
      {
        meta: {
          warnings: ['W1', 'W2'],
          categories: ['C'],
          fandoms: ['F'],
          relationships: ['R1', 'R2'],
          characters: ['C1', 'C2'],
          language: ['L'],
          series: ['S'],
          collections: ['K1', 'K2'],
          stats: [],
          updated: ['2025-01-02'],
          comments: ['1'],
          kudos: ['2'],
          bookmarks: ['3'],
          hits: ['4'],
        },
        start: 0,
        end: 13,
      },
    ],
    [
      'Completed: is the update',
      ['Completed: 2025-01-03', 'Words: 4'],
      { meta: { updated: ['2025-01-03'], words: ['4'] }, start: 0, end: 2 },
    ],
    ['one label is not a header', ['Rating: T', 'text'], null],
    ['a label must be followed by space, a digit or nothing', ['Rating:T', 'Fandom: X'], null],
    ['labels are AO3’s own', ['Ratings: T', 'Fandoms: X'], null],
    ['no labels', ['Once', 'upon a time'], null],
    ['nothing', [], null],
  ])('%s', (_, lines, expected) => {
    expect(header(lines)).toEqual(expected);
  });
});

describe('readMeta', () => {
  it('splits tags at commas, takes the first rating, reads dates, counts and chapters', () => {
    expect(
      meta({
        rating: ['Teen And Up Audiences, Mature'],
        warnings: ['A, B', ' , C '],
        categories: ['Gen'],
        fandoms: ['F1,F2'],
        relationships: ['R'],
        characters: ['X', 'Y'],
        tags: ['T'],
        language: ['English, Deutsch'],
        series: ['← Previous Work Part 2 of Whumptober 2025 Next Work →', 'Part 1 of Other, Part 3 of Third'],
        collections: ['K1, K2'],
        published: ['on 2025-10-02 at noon'],
        updated: ['2025-10-04'],
        words: ['12 345'],
        chapters: ['3 / 5'],
      }),
    ).toEqual({
      stated: 12345,
      published: '2025-10-02',
      updated: '2025-10-04',
      rating: 'Teen And Up Audiences',
      warnings: ['A', 'B', 'C'],
      categories: ['Gen'],
      fandoms: ['F1', 'F2'],
      relationships: ['R'],
      characters: ['X', 'Y'],
      tags: ['T'],
      language: 'English, Deutsch',
      series: [
        { name: 'Whumptober 2025', part: 2 },
        { name: 'Other', part: 1 },
        { name: 'Third', part: 3 },
      ],
      collections: ['K1', 'K2'],
      chapters: { current: 3, total: 5 },
    });
  });

  it('a header’s series keeps its words as AO3 prints them', () => {
    expect(meta({ series: ['Part 2 of the Rain series'] }).series).toEqual([
      { name: 'the Rain series', part: 2 },
    ]);
  });

  it('each field missing or malformed', () => {
    expect(
      meta({
        rating: [' , '],
        published: ['soon'],
        words: ['many'],
        chapters: ['3'],
        series: ['Part x of Y'],
      }),
    ).toEqual({
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
      chapters: undefined,
    });
  });
});
