import { describe, expect, it } from 'vitest';
import { type ExportPiece, pieceFingerprint } from '../../src/domain/export.ts';
import { csvCell, piecesCsv } from '../../src/domain/export-csv.ts';
import { missingFills, readExport } from '../../src/domain/import-plan.ts';

const PIECE: ExportPiece = {
  id: 1,
  title: 'Frostbite, "again"',
  url: 'https://archiveofourown.org/works/1',
  words: 1234,
  status: 'posted',
  posted_on: '2025-10-02',
  fandoms: ['Good Omens', 'Sherlock'],
  rating: 'Not Rated',
  summary: 'Two\nlines',
  notes: '',
  fills: [
    { event: 'whumptober', day: 2, prompts: [1, 3] },
    { event: 'fictober', day: 5, prompts: [] },
  ],
  created_at: '2025-10-02T12:00:00.000Z',
  updated_at: '2025-10-03T12:00:00.000Z',
};

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-2 degrees', "'-2 degrees"],
    ['@home', "'@home"],
    [' =1+1', "' =1+1"],
    ['  \t@SUM(A1)', "'  \t@SUM(A1)"],
    ['\n=HYPERLINK("x")', '"\'\n=HYPERLINK(""x"")"'],
    ['\u3000+1', "'\u3000+1"],
    ['\u00a0-1', "'\u00a0-1"],
    ['＝HYPERLINK()', "'＝HYPERLINK()"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠home', "'＠home"],
    ['  plain', '  plain'],
    ['a = b', 'a = b'],
    [1234, '1234'],
    [null, ''],
  ])('cell %j → %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes one row per piece with fandoms and fills joined', () => {
    const csv = piecesCsv([PIECE]);
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe(
      'id,title,url,words,status,posted_on,rating,fandoms,fills,summary,notes,created_at,updated_at',
    );
    expect(row).toBe(
      '1,"Frostbite, ""again""",https://archiveofourown.org/works/1,1234,posted,2025-10-02,Not Rated,' +
        '"Good Omens, Sherlock","whumptober day 2 (prompts 1, 3); fictober day 5","Two\nlines",,' +
        '2025-10-02T12:00:00.000Z,2025-10-03T12:00:00.000Z',
    );
    expect(end).toBe('');
  });
});

describe('reading an import', () => {
  const doc = (extra: Record<string, unknown>) => ({ format: 'promptly-export', version: 1, ...extra });

  it.each([
    [{ format: 'other', version: 1 }, 'format'],
    [doc({ version: 2 }), 'version'],
    [doc({ pieces: {} }), 'pieces'],
    [doc({ pieces: ['x'] }), 'pieces[0]'],
    [doc({ pieces: [{ id: 1, created_at: 'yesterday' }] }), 'pieces[0].created_at'],
    [doc({ word_logs: [{ date: '2025-13-01', words: 1 }] }), 'word_logs[0]'],
    [doc({ word_logs: [{ date: '2025-10-01', words: 1, piece_id: 9 }] }), 'word_logs[0].piece_id'],
    [doc({ goals: [{ fills: 3 }] }), 'goals[0]'],
  ])('refuses %j at %s', (body, field) => {
    const result = readExport(body);
    expect(result.ok ? [] : Object.keys(result.errors)).toEqual([field]);
  });

  it('keeps each piece’s API fields apart from its id and timestamps', () => {
    const result = readExport(
      doc({ pieces: [PIECE], word_logs: [{ date: '2025-10-01', words: 5, piece_id: 1 }] }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [piece] = result.value.pieces;
    expect(piece?.ref).toBe(1);
    expect(piece?.createdAt).toBe(PIECE.created_at);
    expect(Object.keys(piece?.fields ?? {})).not.toContain('id');
    expect(result.value.wordLogs).toEqual([{ date: '2025-10-01', words: 5, pieceRef: 1, createdAt: null }]);
  });

  it('names the events and days this instance lacks', () => {
    const result = readExport(
      doc({ pieces: [PIECE], goals: [{ event: 'nanowrimo', fills: null, words: 50_000 }] }),
    );
    if (!result.ok) throw new Error('unreadable');
    const known = new Map([['whumptober', new Set([1, 3])]]);
    expect(missingFills(result.value, known)).toEqual({
      events: ['fictober', 'nanowrimo'],
      days: ['whumptober day 2'],
    });
  });
});

describe('piece fingerprints', () => {
  it('ignore the order of fills and prompts, and the creation time only when asked', () => {
    const shuffled = {
      ...PIECE,
      fills: [
        { event: 'fictober', day: 5, prompts: [] },
        { event: 'whumptober', day: 2, prompts: [3, 1] },
      ],
    };
    expect(pieceFingerprint(shuffled, true)).toBe(pieceFingerprint(PIECE, true));
    const later = { ...PIECE, created_at: '2026-01-01T00:00:00.000Z' };
    expect(pieceFingerprint(later, true)).not.toBe(pieceFingerprint(PIECE, true));
    expect(pieceFingerprint(later, false)).toBe(pieceFingerprint(PIECE, false));
    expect(pieceFingerprint({ ...PIECE, words: 1235 }, false)).not.toBe(pieceFingerprint(PIECE, false));
  });
});
