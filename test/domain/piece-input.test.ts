import { describe, expect, it } from 'vitest';
import {
  isHttpUrl,
  PIECE_LIMITS,
  type PieceCandidate,
  parseWordCount,
  splitFandoms,
  validatePiece,
} from '../../src/domain/piece-input.ts';

const WORDS = 'Words must be a whole number from 0 to 10,000,000.';
const NO_WORDS = 'Enter the word count (0 if you have not started).';
const POSTED_ON = 'Posted on must be a real date, written as YYYY-MM-DD.';
const LINK =
  'The link must start with http:// or https:// (for example https://archiveofourown.org/works/1).';

describe('PIECE_LIMITS', () => {
  it('are the limits the messages name', () => {
    expect(PIECE_LIMITS).toEqual({
      title: 300,
      url: 2000,
      words: 10_000_000,
      fandom: 200,
      fandoms: 50,
      summary: 5000,
      notes: 10_000,
      fills: 31,
    });
  });
});

describe('splitFandoms', () => {
  it.each([
    ['', []],
    [' , ,', []],
    ['Good Omens', ['Good Omens']],
    ['Good Omens, Sherlock', ['Good Omens', 'Sherlock']],
    ['  A ,B,, A ,b', ['A', 'B', 'b']],
  ])('%j → %j', (value, names) => {
    expect(splitFandoms(value)).toEqual(names);
  });
});

describe('parseWordCount', () => {
  it.each([
    ['0', 0],
    ['1234', 1234],
    ['  1234  ', 1234],
    ['1,234', 1234],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1\u202f234', 1234],
    ['1,234,567', 1234567],
    ['12 345 678', 12345678],
    ['999999999', 999999999],
    ['007', 7],
    // Not whole numbers, or grouped wrongly.
    ['', null],
    ['   ', null],
    ['1000000000', null],
    ['1,000,000,000', null],
    ['12,34', null],
    ['1,2345', null],
    ['1,234x', null],
    ['1, 234', null],
    ['1\t234', null],
    ['1_234', null],
    ['1.5', null],
    ['-1', null],
    ['+1', null],
    ['1e3', null],
    ['ten', null],
    // A leading separator before three digits is taken as grouping too.
    [',123', 123],
  ])('%j → %j', (value, n) => {
    expect(parseWordCount(value)).toBe(n);
  });
});

describe('isHttpUrl', () => {
  it.each([
    ['https://archiveofourown.org/works/1', true],
    ['http://example.org', true],
    ['HTTPS://EXAMPLE.ORG/x', true],
    ['ftp://example.org', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['mailto:ink@example.org', false],
    ['archiveofourown.org/works/1', false],
    ['/works/1', false],
    ['http://', false],
    ['', false],
  ])('%j → %s', (value, ok) => {
    expect(isHttpUrl(value)).toBe(ok);
  });
});

describe('validatePiece', () => {
  const piece: PieceCandidate = { title: 'Stitches', words: '1,200' };
  const saved = {
    title: 'Stitches',
    url: null,
    words: 1200,
    fandoms: [],
    rating: 'Not Rated',
    summary: '',
    notes: '',
    status: 'posted',
    postedOn: null,
    fills: [],
  };
  const check = (change: PieceCandidate) => validatePiece({ ...piece, ...change }, null);

  it('fills in what was left out: not rated, posted, no link, no date', () => {
    expect(validatePiece(piece, null)).toEqual({ ok: true, value: saved });
    expect(check({ url: null, fandoms: null, rating: null, status: null, posted_on: null })).toEqual({
      ok: true,
      value: saved,
    });
  });

  it('measures a one-line field as it is saved, trimmed', () => {
    expect(check({ title: `${'t'.repeat(PIECE_LIMITS.title)} `, posted_on: ' 2025-10-02 ' })).toEqual({
      ok: true,
      value: { ...saved, title: 't'.repeat(PIECE_LIMITS.title), postedOn: '2025-10-02' },
    });
    expect(check({ title: `${'t'.repeat(PIECE_LIMITS.title + 1)} ` })).toEqual({
      ok: false,
      errors: { title: `Title is too long: at most ${PIECE_LIMITS.title.toLocaleString('en')} characters.` },
    });
  });

  it('keeps every field, one-line ones trimmed and the long texts as typed', () => {
    const value = check({
      title: '\t Stitches \n',
      url: ' https://archiveofourown.org/works/1 ',
      words: 0,
      fandoms: ['Good Omens', 'Sherlock, Good Omens'],
      rating: 'Explicit',
      summary: ' A\tsummary\r\n',
      notes: '\nNotes ',
      status: 'drafting',
      posted_on: '2025-10-02',
      fills: [],
    });
    expect(value).toEqual({
      ok: true,
      value: {
        title: 'Stitches',
        url: 'https://archiveofourown.org/works/1',
        words: 0,
        fandoms: ['Good Omens', 'Sherlock'],
        rating: 'Explicit',
        summary: ' A\tsummary\r\n',
        notes: '\nNotes ',
        status: 'drafting',
        postedOn: '2025-10-02',
        fills: [],
      },
    });
  });

  it.each([
    [{ words: 0 }, { words: 0 }],
    [{ words: '0' }, { words: 0 }],
    [{ words: ' 12 ' }, { words: 12 }],
    [{ words: 10_000_000 }, { words: 10_000_000 }],
    [{ words: '10,000,000' }, { words: 10_000_000 }],
    [{ title: 't'.repeat(300) }, { title: 't'.repeat(300) }],
    [{ url: '' }, { url: null }],
    [{ url: '   ' }, { url: null }],
    [{ url: `https://a.org/${'a'.repeat(1986)}` }, { url: `https://a.org/${'a'.repeat(1986)}` }],
    [{ fandoms: '' }, { fandoms: [] }],
    [{ fandoms: [] }, { fandoms: [] }],
    [{ fandoms: 'A, B, A' }, { fandoms: ['A', 'B'] }],
    [
      { fandoms: Array.from({ length: 50 }, (_, i) => `F${i}`) },
      { fandoms: Array.from({ length: 50 }, (_, i) => `F${i}`) },
    ],
    [{ fandoms: ['f'.repeat(200)] }, { fandoms: ['f'.repeat(200)] }],
    [{ rating: 'Not Rated' }, { rating: 'Not Rated' }],
    [{ rating: 'General Audiences' }, { rating: 'General Audiences' }],
    [{ rating: 'Teen And Up Audiences' }, { rating: 'Teen And Up Audiences' }],
    [{ rating: 'Mature' }, { rating: 'Mature' }],
    [{ status: 'planned' }, { status: 'planned' }],
    [{ status: 'posted' }, { status: 'posted' }],
    [{ summary: 's'.repeat(5000) }, { summary: 's'.repeat(5000) }],
    [{ notes: 'n'.repeat(10_000) }, { notes: 'n'.repeat(10_000) }],
    [{ summary: null, notes: undefined }, {}],
    [{ posted_on: '' }, { postedOn: null }],
    [{ posted_on: '2024-02-29' }, { postedOn: '2024-02-29' }],
  ])('%s is saved as %s', (change, value) => {
    expect(check(change)).toEqual({ ok: true, value: { ...saved, ...value } });
  });

  it.each([
    [{ title: undefined }, { title: 'Give the piece a title.' }],
    [{ title: null }, { title: 'Give the piece a title.' }],
    [{ title: '' }, { title: 'Give the piece a title.' }],
    [{ title: ' \t ' }, { title: 'Give the piece a title.' }],
    [{ title: 42 }, { title: 'Title must be text.' }],
    [{ title: ['Stitches'] }, { title: 'Title must be text.' }],
    [{ title: 't'.repeat(301) }, { title: 'Title is too long: at most 300 characters.' }],
    [{ title: `${'t'.repeat(301)}\u0000` }, { title: 'Title is too long: at most 300 characters.' }],
    [{ title: 'A\u0000B' }, { title: 'Title contains a NUL character; remove it.' }],
    [{ title: 'A\tB' }, { title: 'Title contains a control character (U+0009); remove it.' }],
    [{ url: 'archiveofourown.org/works/1' }, { url: LINK }],
    [{ url: 'ftp://example.org' }, { url: LINK }],
    [{ url: 42 }, { url: 'Link must be text.' }],
    [{ url: `https://a.org/${'a'.repeat(1987)}` }, { url: 'Link is too long: at most 2,000 characters.' }],
    [{ url: 'https://a.org/\u0000' }, { url: 'Link contains a NUL character; remove it.' }],
    // What is wrong with the text is said before whether it is a link.
    [{ url: 'nope\u0000' }, { url: 'Link contains a NUL character; remove it.' }],
    [{ url: 'x'.repeat(2001) }, { url: 'Link is too long: at most 2,000 characters.' }],
    [{ words: undefined }, { words: NO_WORDS }],
    [{ words: '' }, { words: NO_WORDS }],
    [{ words: '  ' }, { words: NO_WORDS }],
    [{ words: null }, { words: WORDS }],
    [{ words: true }, { words: WORDS }],
    [{ words: [12] }, { words: WORDS }],
    [{ words: -1 }, { words: WORDS }],
    [{ words: 1.5 }, { words: WORDS }],
    [{ words: Number.NaN }, { words: WORDS }],
    [{ words: Number.POSITIVE_INFINITY }, { words: WORDS }],
    [{ words: 10_000_001 }, { words: WORDS }],
    [{ words: '10,000,001' }, { words: WORDS }],
    [{ words: 'lots' }, { words: WORDS }],
    [{ fandoms: 42 }, { fandoms: 'Fandoms must be text, separated by commas.' }],
    [{ fandoms: ['A', 1] }, { fandoms: 'Fandoms must be text, separated by commas.' }],
    [{ fandoms: { a: 'A' } }, { fandoms: 'Fandoms must be text, separated by commas.' }],
    [{ fandoms: Array.from({ length: 51 }, (_, i) => `F${i}`) }, { fandoms: 'At most 50 fandoms.' }],
    [{ fandoms: ['f'.repeat(201)] }, { fandoms: 'Each fandom has at most 200 characters.' }],
    [{ fandoms: ['A\u0001', 'f'.repeat(201)] }, { fandoms: 'Each fandom has at most 200 characters.' }],
    [{ fandoms: 'A, B\u0001' }, { fandoms: 'A fandom contains a control character (U+0001); remove it.' }],
    [
      { rating: 'mature' },
      {
        rating:
          'Rating must be one of: Not Rated, General Audiences, Teen And Up Audiences, Mature, Explicit.',
      },
    ],
    [{ status: 'Posted' }, { status: 'Status must be planned, drafting or posted.' }],
    [{ status: '' }, { status: 'Status must be planned, drafting or posted.' }],
    [{ summary: 's'.repeat(5001) }, { summary: 'Summary is too long: at most 5,000 characters.' }],
    [{ summary: 42 }, { summary: 'Summary must be text.' }],
    [{ summary: 'a\u0000' }, { summary: 'Summary contains a NUL character; remove it.' }],
    [{ summary: 'a\u000b' }, { summary: 'Summary contains a control character (U+000B); remove it.' }],
    [{ notes: 'n'.repeat(10_001) }, { notes: 'Notes is too long: at most 10,000 characters.' }],
    [{ notes: '\u0085' }, { notes: 'Notes contains a control character (U+0085); remove it.' }],
    [{ posted_on: '2025-02-29' }, { posted_on: POSTED_ON }],
    [{ posted_on: '2025-10-2' }, { posted_on: POSTED_ON }],
    [{ posted_on: 'yesterday' }, { posted_on: POSTED_ON }],
    [{ posted_on: 20251002 }, { posted_on: POSTED_ON }],
    [{ posted_on: '2025-10-02T12' }, { posted_on: POSTED_ON }],
    [{ posted_on: '2025-10\u00000' }, { posted_on: POSTED_ON }],
    [{ fills: 'day 1' }, { fills: 'The days filled are not in the expected form.' }],
    [{ fills: [{ day: 1 }] }, { fills: 'Choose the event first.' }],
  ])('%s → %s', (change, errors) => {
    expect(check(change)).toEqual({ ok: false, errors });
  });

  it('reports every field at once', () => {
    expect(
      validatePiece(
        {
          title: '',
          url: 'nope',
          words: -5,
          fandoms: 7,
          rating: 'R',
          summary: 1,
          notes: 2,
          status: 'done',
          posted_on: 'soon',
          fills: {},
        },
        null,
      ),
    ).toEqual({
      ok: false,
      errors: {
        title: 'Give the piece a title.',
        url: LINK,
        words: WORDS,
        fandoms: 'Fandoms must be text, separated by commas.',
        rating:
          'Rating must be one of: Not Rated, General Audiences, Teen And Up Audiences, Mature, Explicit.',
        summary: 'Summary must be text.',
        notes: 'Notes must be text.',
        status: 'Status must be planned, drafting or posted.',
        posted_on: POSTED_ON,
        fills: 'The days filled are not in the expected form.',
      },
    });
  });

  it('checks the fills against the event’s days and gives them in order', () => {
    const days = new Map([
      [1, [1, 2]],
      [2, [1]],
    ]);
    expect(validatePiece({ ...piece, fills: [{ day: 2 }, { day: 1, prompts: [2, 1] }] }, days)).toEqual({
      ok: true,
      value: {
        ...saved,
        fills: [
          { day: 1, prompts: [1, 2] },
          { day: 2, prompts: [] },
        ],
      },
    });
    expect(validatePiece({ ...piece, fills: [{ day: 3 }] }, days)).toEqual({
      ok: false,
      errors: { fills: 'Day 3 is not a day of this event.' },
    });
  });
});
