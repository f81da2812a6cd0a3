import { describe, expect, it } from 'vitest';
import { parseCopiedPage } from '../../src/domain/ao3-text.ts';

const ONE_SHOT = `https://archiveofourown.org/works/321
Rating:
Mature
Archive Warnings:
No Archive Warnings Apply
Category:
F/F, Gen
Fandom:
Original Work
Relationship:
A/B
Characters:
A, B
Additional Tags:
Day 9: Rain, Fluff
Language:
English
Series:
← Previous Work Part 3 of Rainy Days Next Work →
Collections:
Fictober 2025
Stats:
Published: 2025-10-09 Completed: 2025-10-10 Words: 1,005 Chapters: 1/1 Comments: 2 Kudos: 5 Bookmarks: 1 Hits: 40

Rain Again
ann and bee
Summary:
It rains.

Twice.
Notes:
A note.
(See the end of the work for more notes.)
Work Text:
One two three four.
Notes:
End note.
Actions
Kudos ♥
More words here`;

const CHAPTERS = `Rating: Teen
Fandom: X
Stats: Published: 2025-10-01 Updated: 2025-10-03 Words: 10 Chapters: 2/?

Big Work
writer
Summary:
Work summary.
Notes:
Work note.
Chapter 1: Day 1: Ash
Summary:
Day 2: Bone
Notes:
Day 3: Clay
Chapter Text
one two
Notes:
Day 4: Dust
Chapter 2
Chapter Text
three four five
Notes:
Day 5: Echo`;

const none = { warnings: [], categories: [], relationships: [], characters: [], tags: [], collections: [] };

describe('parseCopiedPage: whole pages', () => {
  it('a one-shot: every field, the work id from the address above the header, the text up to the chrome', () => {
    expect(parseCopiedPage(ONE_SHOT)).toEqual({
      source: 'ao3-page',
      work_id: '321',
      title: 'Rain Again',
      authors: ['ann', 'bee'],
      words: 1005,
      words_counted: 4,
      published: '2025-10-09',
      updated: '2025-10-10',
      rating: 'Mature',
      warnings: ['No Archive Warnings Apply'],
      categories: ['F/F', 'Gen'],
      fandoms: ['Original Work'],
      relationships: ['A/B'],
      characters: ['A', 'B'],
      tags: ['Day 9: Rain', 'Fluff'],
      language: 'English',
      series: [{ name: 'Rainy Days', part: 3 }],
      collections: ['Fictober 2025'],
      summary: 'It rains.\n\nTwice.',
      notes: 'A note.\n\nEnd note.',
      chapters: { current: 1, total: 1 },
      prompts: [{ event: null, day: 9, text: 'Rain' }],
    });
  });

  it('chapters: each chapter’s title, summary, notes and end notes are extra texts; the last end notes are the work’s', () => {
    expect(parseCopiedPage(CHAPTERS)).toEqual({
      source: 'ao3-page',
      title: 'Big Work',
      authors: ['writer'],
      words: 10,
      words_counted: 5,
      published: '2025-10-01',
      updated: '2025-10-03',
      rating: 'Teen',
      fandoms: ['X'],
      ...none,
      language: null,
      series: [],
      summary: 'Work summary.',
      notes: 'Work note.\n\nDay 5: Echo',
      chapters: { current: 2, total: null },
      prompts: [
        { event: null, day: 5, text: 'Echo' },
        { event: null, day: 1, text: 'Ash' },
        { event: null, day: 2, text: 'Bone' },
        { event: null, day: 3, text: 'Clay' },
        { event: null, day: 4, text: 'Dust' },
      ],
    });
  });

  it('is null without a header', () => {
    expect(parseCopiedPage('Title\nsomeone\nstory')).toBeNull();
    expect(parseCopiedPage('')).toBeNull();
  });
});

const HEAD = 'Rating: General Audiences\nFandom: X\nStats: Words: 5\n\n';
type Fields = {
  work_id?: string;
  title: string;
  authors: string[];
  counted: number;
  summary: string;
  notes: string;
};
const fields = (text: string): Fields | null => {
  const p = parseCopiedPage(text);
  return (
    p && {
      ...(p.work_id ? { work_id: p.work_id } : {}),
      title: p.title,
      authors: p.authors,
      counted: p.words_counted,
      summary: p.summary,
      notes: p.notes,
    }
  );
};
const f = (title: string, authors: string[], counted: number, summary = '', notes = ''): Fields => ({
  title,
  authors,
  counted,
  summary,
  notes,
});

describe('parseCopiedPage: the body below the header', () => {
  it.each<[string, string, Fields]>([
    [
      'without landmarks, a summary ends at its blank line',
      'Title\nsomeone\nSummary:\nA summary.\n\nThe story itself goes here.',
      f('Title', ['someone'], 5, 'A summary.'),
    ],
    [
      'without landmarks, notes end at their blank line',
      'Title\nsomeone\nNotes:\n\nA note.\n\nStory text here.',
      f('Title', ['someone'], 3, '', 'A note.'),
    ],
    [
      'without landmarks or sections, all is text',
      'Title\nsomeone\nJust the story.',
      f('Title', ['someone'], 3),
    ],
    ['a byline of three', 'Title\nann, bee and cat\nWork Text:\none', f('Title', ['ann', 'bee', 'cat'], 1)],
    ['an empty name in a byline', 'Title\nann, , bee\nWork Text:\none', f('Title', ['ann', 'bee'], 1)],
    ['no title or byline', 'Work Text:\none two', f('', [], 2)],
    ['a title and no byline', 'Title\nWork Text:\none two', f('Title', [], 2)],
    ['chrome is not a byline', 'Title\nKudos ♥\none two', f('Title', [], 0)],
    [
      'without chapters, "Chapter 1" is text',
      'T\nme\nWork Text:\nChapter 1\nthe text\nChapter 2: Two',
      f('T', ['me'], 7),
    ],
    [
      'end notes, of the work or a chapter',
      'T\nme\nWork Text:\none\nEnd Notes\nDay 4: Dust\nChapter End Notes:\nmore',
      f('T', ['me'], 1, '', 'Day 4: Dust\nmore'),
    ],
    [
      'what the end notes pointer hides',
      'T\nme\nNotes:\nA.\n(See the end of the chapter for more notes.)\nhidden\nWork Text:\none',
      f('T', ['me'], 1, '', 'A.'),
    ],
    [
      'a summary after the text is not the work’s',
      'T\nme\nWork Text:\none\nSummary:\nnot it\nNotes:\nnote',
      f('T', ['me'], 1, '', 'note'),
    ],
    [
      'the work’s address in the text',
      'T\nme\nWork Text:\none\nhttps://archiveofourown.org/works/9/chapters/2',
      { work_id: '9', ...f('T', ['me'], 8) },
    ],
    [
      'an address in the summary is not the work’s',
      'T\nme\nSummary:\nhttps://archiveofourown.org/works/9\nWork Text:\none',
      f('T', ['me'], 1, 'https://archiveofourown.org/works/9'),
    ],
    [
      'more than two blank lines become one',
      'T\nme\nSummary:\na\n\n\n\nb\nWork Text:\none',
      f('T', ['me'], 1, 'a\n\nb'),
    ],
  ])('%s', (_, body, expected) => {
    expect(fields(HEAD + body)).toEqual(expected);
  });

  it.each([
    'Actions',
    '↑ Top',
    'Top',
    'Kudos ♥',
    'Kudos',
    'Bookmark',
    'Share',
    'Download',
    'Comments',
    'Hide Comments',
    'Comments (12)',
    'Hide Comments (3)',
    'Post Comment',
    'Footer',
    '← Previous Chapter',
    'Next Chapter →',
    'Entire Work',
    'Chapter Index',
    'lark and 3 more users left kudos on this work!',
  ])('the page chrome %j ends the body', (chrome) => {
    expect(fields(`${HEAD}T\nme\nWork Text:\none two\n${chrome}\nthree four`)?.counted).toBe(2);
  });

  it.each(['Kudos to you', 'Comments (x)', 'Top secret'])('%j is text', (line) => {
    expect(fields(`${HEAD}T\nme\nWork Text:\none two\n${line}`)?.counted).toBe(2 + line.split(' ').length);
  });

  it('the address of a listing is not the work’s, a work’s above it is', () => {
    const text = `https://archiveofourown.org/users/me/works\nhttps://archiveofourown.org/works/8\n${HEAD}T\nme\nWork Text:\none`;
    expect(fields(text)?.work_id).toBe('8');
    expect(fields(`https://archiveofourown.org/users/me/works\n${HEAD}T\nme\nWork Text:\none`)).toEqual(
      f('T', ['me'], 1),
    );
  });

  it('reads Windows line ends and no-break spaces', () => {
    const parsed = parseCopiedPage(
      'Rating:\u00a0Teen\r\nFandom: X\r\n\r\nT\r\nme\r\nWork Text:\r\na\u00a0b\r\nc',
    );
    expect(parsed).toMatchObject({ rating: 'Teen', fandoms: ['X'], title: 'T', authors: ['me'], words: 3 });
  });

  it('the series from the end of the page when the header names none', () => {
    const end =
      'T\nme\nWork Text:\none\nSeries this work belongs to:\nPart 2 of the Rain series\nPart 1 of Snow';
    expect(parseCopiedPage(HEAD + end)?.series).toEqual([
      { name: 'Rain', part: 2 },
      { name: 'Snow', part: 1 },
    ]);
    expect(parseCopiedPage(`Series: Part 4 of Hail\n${HEAD}${end}`)?.series).toEqual([
      { name: 'Hail', part: 4 },
    ]);
  });
});
