import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportPiece,
  pieceFingerprint,
  wordLogFingerprint,
} from '../../src/domain/export.ts';
import { csvCell, piecesCsv } from '../../src/domain/export-csv.ts';

const HEADER = 'id,title,url,words,status,posted_on,rating,fandoms,fills,summary,notes,created_at,updated_at';

const piece = (extra: Partial<ExportPiece> = {}): ExportPiece => ({
  id: 7,
  title: 'Fever',
  url: null,
  words: 0,
  status: 'draft',
  posted_on: null,
  fandoms: [],
  rating: 'General Audiences',
  summary: '',
  notes: '',
  fills: [],
  created_at: '2025-10-01T00:00:00.000Z',
  updated_at: '2025-10-01T00:00:00.000Z',
  ...extra,
});

describe('csvCell: the formula guard and quoting', () => {
  it.each<[string | number | null, string]>([
    ['', ''],
    ['=', "'="],
    ['+', "'+"],
    ['-', "'-"],
    ['@', "'@"],
    ['\t', "'\t"],
    ['\tplain', "'\tplain"],
    ['\r', `"'\r"`],
    ['\rplain', `"'\rplain"`],
    ['\r\n=1', `"'\r\n=1"`],
    [' \t\u00a0\u3000=1', "' \t\u00a0\u3000=1"],
    ['\u2003＠x', "'\u2003＠x"],
    ['x=1', 'x=1'],
    ['1-2', '1-2'],
    ['a@b.example', 'a@b.example'],
    ['plain\t', 'plain\t'],
    [' ', ' '],
    ['"', '""""'],
    [',', '","'],
    ['\n', '"\n"'],
    ['a\rb', '"a\rb"'],
    ['=a,"b"', `"'=a,""b"""`],
    [0, '0'],
    [-5, '-5'],
    [1.5, '1.5'],
    [null, ''],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('piecesCsv', () => {
  it('writes only the header for no pieces', () => {
    expect(piecesCsv([])).toBe(`${HEADER}\r\n`);
  });

  it('writes empty cells for nulls and empty lists, and one CRLF row a piece', () => {
    const csv = piecesCsv([piece(), piece({ id: 8, title: '@home', words: 12, fandoms: ['One'] })]);
    expect(csv).toBe(
      `${HEADER}\r\n` +
        '7,Fever,,0,draft,,General Audiences,,,,,2025-10-01T00:00:00.000Z,2025-10-01T00:00:00.000Z\r\n' +
        "8,'@home,,12,draft,,General Audiences,One,,,,2025-10-01T00:00:00.000Z,2025-10-01T00:00:00.000Z\r\n",
    );
  });

  it('writes each kind of fill in words', () => {
    const fills = [
      { event: 'inktober', day: 1, prompts: [] },
      { event: 'inktober', day: 2, prompts: [4] },
      { event: 'inktober', day: 3, prompts: [1, 2, 3] },
      { event: 'bingo', square: { row: 2, col: 5 } },
      { event: 'old', day: 4 } as unknown as ExportPiece['fills'][number],
    ];
    const [, row] = piecesCsv([piece({ fills })]).split('\r\n');
    expect(row).toBe(
      '7,Fever,,0,draft,,General Audiences,,' +
        '"inktober day 1; inktober day 2 (prompt 4); inktober day 3 (prompts 1, 2, 3); bingo row 2 column 5; old day 4",' +
        ',,2025-10-01T00:00:00.000Z,2025-10-01T00:00:00.000Z',
    );
  });

  it('guards every text column, summary and notes included', () => {
    const [, row] = piecesCsv([
      piece({ summary: '-1', notes: '+x', status: '=s', rating: '@r', fandoms: ['=A', 'B'] }),
    ]).split('\r\n');
    expect(row).toBe(
      `7,Fever,,0,'=s,,'@r,"'=A, B",,'-1,'+x,2025-10-01T00:00:00.000Z,2025-10-01T00:00:00.000Z`,
    );
  });
});

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('fingerprints', () => {
  it('names the export format and version', () => {
    expect([EXPORT_FORMAT, EXPORT_VERSION]).toEqual(['promptly-export', 1]);
  });

  it('hashes the canonical content: fills sorted by event then day or square, prompts sorted', () => {
    const p = piece({
      url: 'https://ao3.example/works/1',
      words: 5,
      posted_on: '2025-10-02',
      fandoms: ['B', 'A'],
      summary: 'S',
      notes: 'N',
      fills: [
        { event: 'zeta', day: 3, prompts: [3, 1, 2] },
        { event: 'bingo', square: { row: 2, col: 1 } },
        { event: 'alpha', day: 10, prompts: [] },
        { event: 'alpha', day: 9, prompts: [10, 2] },
        { event: 'bingo', square: { row: 1, col: 5 } },
      ],
    });
    const content = ['Fever', 'https://ao3.example/works/1', 5, 'draft', '2025-10-02', ['B', 'A']];
    const fills = [
      ['alpha', 9, [2, 10]],
      ['alpha', 10, []],
      ['bingo', 1005, 'square'],
      ['bingo', 2001, 'square'],
      ['zeta', 3, [1, 2, 3]],
    ];
    const rest = ['General Audiences', 'S', 'N', fills];
    expect(pieceFingerprint(p, false)).toBe(sha([...content, ...rest, null]));
    expect(pieceFingerprint(p, true)).toBe(sha([...content, ...rest, '2025-10-01T00:00:00.000Z']));
    expect(p.fills[0]).toEqual({ event: 'zeta', day: 3, prompts: [3, 1, 2] });
  });

  it('reads fills without prompts as none, and a missing creation time as null', () => {
    const { created_at: _, ...p } = piece({
      fills: [{ event: 'e', day: 1 } as unknown as ExportPiece['fills'][number]],
    });
    const expected = sha([
      'Fever',
      null,
      0,
      'draft',
      null,
      [],
      'General Audiences',
      '',
      '',
      [['e', 1, []]],
      null,
    ]);
    expect(pieceFingerprint(p, true)).toBe(expected);
    expect(pieceFingerprint({ ...p, created_at: null }, true)).toBe(expected);
  });

  it('word logs: date, words and creation time', () => {
    expect(wordLogFingerprint({ date: '2025-10-01', words: 5 })).toBe('2025-10-01|5|');
    expect(wordLogFingerprint({ date: '2025-10-01', words: 5, created_at: null })).toBe('2025-10-01|5|');
    expect(wordLogFingerprint({ date: '2025-10-01', words: 0, created_at: '2025-10-01T09:00:00Z' })).toBe(
      '2025-10-01|0|2025-10-01T09:00:00Z',
    );
  });
});
