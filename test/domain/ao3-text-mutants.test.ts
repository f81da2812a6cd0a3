import { describe, expect, it } from 'vitest';
import { parseCopiedPage, readHeader, readMeta } from '../../src/domain/ao3-text.ts';

const HEAD = 'Rating: General Audiences\nFandom: Original Work\nStats: Published: 2025-10-02 Words: 12\n\n';
const meta = (values: Record<string, string[]>) =>
  readMeta(new Map(Object.entries(values)) as Parameters<typeof readMeta>[0]);

/** The body fields of a copied page: what the work-text reader found below the header. */
const body = (text: string) => {
  const p = parseCopiedPage(text);
  return (
    p && {
      title: p.title,
      authors: p.authors,
      counted: p.words_counted,
      summary: p.summary,
      notes: p.notes,
      prompts: p.prompts,
    }
  );
};

describe('readHeader: values', () => {
  it('trims a value even when its line is not trimmed', () => {
    const found = readHeader(['Rating: Teen And Up Audiences  ', 'Fandom: Original Work\t']);
    expect(found && Object.fromEntries(found.meta)).toEqual({
      rating: ['Teen And Up Audiences'],
      fandoms: ['Original Work'],
    });
  });
});

describe('readMeta: the header’s series', () => {
  it.each<[string, string[], { name: string; part: number }[]]>([
    [
      'one series a line, each name ending with its line',
      ['Part 1 of Rain', 'Part 4 of Snow'],
      [
        { name: 'Rain', part: 1 },
        { name: 'Snow', part: 4 },
      ],
    ],
    [
      'white space inside a name is one space',
      ['Part 2 of Whumptober  2025'],
      [{ name: 'Whumptober 2025', part: 2 }],
    ],
    ['a two-digit part number', ['Part 12 of Whumptober 2025'], [{ name: 'Whumptober 2025', part: 12 }]],
    [
      'a two-digit part after another series on the line',
      ['Part 1 of Rain, Part 12 of Whumptober 2025'],
      [
        { name: 'Rain', part: 1 },
        { name: 'Whumptober 2025', part: 12 },
      ],
    ],
  ])('%s', (_, series, expected) => {
    expect(meta({ series }).series).toEqual(expected);
  });
});

describe('parseCopiedPage: title and byline', () => {
  it('a header and nothing below it: no title, no byline, no text', () => {
    expect(parseCopiedPage('Rating: General Audiences\nFandom: Original Work')).toEqual({
      source: 'ao3-page',
      title: '',
      authors: [],
      words: 0,
      words_counted: 0,
      published: null,
      updated: null,
      rating: 'General Audiences',
      warnings: [],
      categories: [],
      fandoms: ['Original Work'],
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

  it('a title as the last line: no byline', () => {
    expect(body(`${HEAD}Rain Again`)).toEqual({
      title: 'Rain Again',
      authors: [],
      counted: 0,
      summary: '',
      notes: '',
      prompts: [],
    });
  });

  it('blank lines between the title and the byline, as a copy can leave them', () => {
    expect(body(`${HEAD}Rain Again\n\n\nquietlark\n\nWork Text:\none two`)).toEqual({
      title: 'Rain Again',
      authors: ['quietlark'],
      counted: 2,
      summary: '',
      notes: '',
      prompts: [],
    });
  });

  it('names in a byline with doubled spaces', () => {
    expect(body(`${HEAD}Rain Again\nann,  bee  and cat\nWork Text:\none`)?.authors).toEqual([
      'ann',
      'bee',
      'cat',
    ]);
  });

  it.each(['Notes: On Leaving', 'Missing Chapter Text'])(
    'a title %j that begins or ends like a section heading is still the title',
    (title) => {
      expect(body(`${HEAD}${title}\nquietlark\nWork Text:\none two`)).toEqual({
        title,
        authors: ['quietlark'],
        counted: 2,
        summary: '',
        notes: '',
        prompts: [],
      });
    },
  );
});

describe('parseCopiedPage: the landmarks', () => {
  it('a copy that goes from the header straight into "Work Text:" keeps its end notes whole', () => {
    expect(
      body(`${HEAD}Work Text:\none two three\nNotes:\nFirst note.\n\nSecond note.\nKudos ♥\nmore words`),
    ).toEqual({
      title: '',
      authors: [],
      counted: 3,
      summary: '',
      notes: 'First note.\n\nSecond note.',
      prompts: [],
    });
  });

  it.each(['Chapter Texts', 'Missing Chapter Text'])(
    'without landmarks, a title %j is not the "Chapter Text" landmark: the story after the summary counts',
    (title) => {
      expect(body(`${HEAD}${title}\nquietlark\nSummary:\nGroup chat chaos.\n\none two three`)).toEqual({
        title,
        authors: ['quietlark'],
        counted: 3,
        summary: 'Group chat chaos.',
        notes: '',
        prompts: [],
      });
    },
  );

  it('one "Chapter Text" right below the header still makes "Chapter N" lines chapter headings', () => {
    expect(body(`${HEAD}Chapter Text\none two\nChapter 2: Day 5: Echo`)).toEqual({
      title: '',
      authors: [],
      counted: 2,
      summary: '',
      notes: '',
      prompts: [{ event: null, day: 5, text: 'Echo' }],
    });
  });

  it('a "Summary:" ending a line of the story is the story’s', () => {
    expect(
      body(
        `${HEAD}Field Report\nquietlark\nWork Text:\nAgent report follows.\nMission Summary:\nThe asset was recovered.`,
      ),
    ).toEqual({
      title: 'Field Report',
      authors: ['quietlark'],
      counted: 9,
      summary: '',
      notes: '',
      prompts: [],
    });
  });
});

describe('parseCopiedPage: chapter headings', () => {
  const page = (chapters: string) => `${HEAD}Big Work\nwriter\n${chapters}`;

  it('"Chapter 2" without a title is a heading, not text', () => {
    expect(body(page('Chapter 1\nChapter Text\none two\nChapter 2\nChapter Text\nthree'))?.counted).toBe(3);
  });

  it('a twelfth chapter’s heading, with its prompt', () => {
    const chapters = Array.from(
      { length: 12 },
      (_, k) => `Chapter ${k + 1}: Day ${k + 1}: Word${k + 1}\nChapter Text\nword`,
    ).join('\n');
    const parsed = body(page(chapters));
    expect(parsed?.counted).toBe(12);
    expect(parsed?.prompts).toEqual(
      Array.from({ length: 12 }, (_, k) => ({ event: null, day: k + 1, text: `Word${k + 1}` })),
    );
  });

  it('story lines that begin or end with "Chapter 3" are text', () => {
    expect(
      body(
        page(
          'Chapter 1: Exams\nChapter Text\nChapter 3 of her thesis was due Monday.\nShe had only reached Chapter 3\nso she slept.',
        ),
      )?.counted,
    ).toBe(17);
  });
});
