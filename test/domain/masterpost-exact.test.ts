import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  escapeMarkdown,
  MASTERPOST_FORMATS,
  MASTERPOST_TYPES,
  type MasterpostFill,
  type MasterpostLine,
  masterpostHtml,
  masterpostLines,
  masterpostMarkdown,
  masterpostText,
  renderMasterpost,
} from '../../src/domain/masterpost.ts';

const fill = (
  day: number,
  id: number,
  prompts: { position: number; text: string }[],
  dayTitle: string | null = null,
  url: string | null = `https://ao3.example/works/${id}`,
  words = 100,
): MasterpostFill => ({ day, dayTitle, prompts, piece: { id, title: `Piece ${id}`, url, words } });

describe('masterpostLines: whole lines', () => {
  it('sorts days as numbers, keeps the first fill’s theme, merges prompts by position and drops piece ids', () => {
    const lines = masterpostLines('Day', [
      fill(10, 1, [{ position: 3, text: 'Three' }], 'Theme ten'),
      fill(9, 2, [], 'Theme nine'),
      fill(10, 3, [{ position: 1, text: 'One' }], 'Another theme'),
      fill(2, 4, [], null, null, 1),
      fill(10, 5, [{ position: 3, text: 'Three again' }]),
    ]);
    expect(lines).toEqual([
      {
        day: 2,
        label: 'Day 2',
        prompt: null,
        parts: [],
        pieces: [{ title: 'Piece 4', url: null, words: 1 }],
      },
      {
        day: 9,
        label: 'Day 9',
        prompt: 'Theme nine',
        parts: ['Theme nine'],
        pieces: [{ title: 'Piece 2', url: 'https://ao3.example/works/2', words: 100 }],
      },
      {
        day: 10,
        label: 'Day 10',
        prompt: 'One + Three again',
        parts: ['One', 'Three again'],
        pieces: [
          { title: 'Piece 1', url: 'https://ao3.example/works/1', words: 100 },
          { title: 'Piece 3', url: 'https://ao3.example/works/3', words: 100 },
          { title: 'Piece 5', url: 'https://ao3.example/works/5', words: 100 },
        ],
      },
    ]);
  });

  it('gives no lines for no fills, and an empty theme is no theme', () => {
    expect(masterpostLines('No.', [])).toEqual([]);
    expect(masterpostLines('No.', [fill(1, 1, [], '')])[0]).toMatchObject({ prompt: null, parts: [] });
  });
});

const line = (extra: Partial<MasterpostLine> = {}): MasterpostLine => ({
  day: 1,
  label: 'No. 1',
  prompt: 'Fever',
  parts: ['Fever'],
  pieces: [{ title: 'Hot', url: 'https://ao3.example/works/1', words: 1 }],
  ...extra,
});

const TWO: MasterpostLine[] = [
  line(),
  line({
    day: 2,
    label: 'No.\n2',
    prompt: null,
    parts: [],
    pieces: [
      { title: 'A\n  b', url: null, words: 0 },
      { title: 'C', url: 'https://x.example/a b<c>(d)\te\n', words: 12_345 },
    ],
  }),
];

describe('the three formats, whole', () => {
  it('Markdown', () => {
    expect(masterpostMarkdown('Ink\ntober', TWO)).toBe(
      '**Ink tober**\n\n' +
        '- No. 1 — Fever — [Hot](https://ao3.example/works/1) (1 word)\n' +
        '- No. 2 — A b (0 words); [C](https://x.example/a%20b%3Cc%3E%28d%29%09e%0A) (12,345 words)\n',
    );
  });

  it('HTML', () => {
    expect(masterpostHtml('Ink\ntober & co', TWO)).toBe(
      '<p><strong>Ink tober &amp; co</strong></p>\n<ul>\n' +
        '  <li>No. 1 — Fever — <a href="https://ao3.example/works/1">Hot</a> (1 word)</li>\n' +
        '  <li>No. 2 — A b (0 words); <a href="https://x.example/a b&lt;c&gt;(d)\te\n">C</a> (12,345 words)</li>\n' +
        '</ul>\n',
    );
  });

  it('plain text', () => {
    expect(masterpostText('Ink\ntober', TWO)).toBe(
      'Ink tober\n\n' +
        'No. 1 — Fever — Hot (1 word) <https://ao3.example/works/1>\n' +
        'No. 2 — A b (0 words); C (12,345 words) <https://x.example/a b<c>(d)\te\n>\n',
    );
  });

  it('with no lines', () => {
    expect(masterpostMarkdown('E', [])).toBe('**E**\n\n\n');
    expect(masterpostHtml('E', [])).toBe('<p><strong>E</strong></p>\n<ul>\n\n</ul>\n');
    expect(masterpostText('E', [])).toBe('E\n\n\n');
  });

  it('escapes the label and prompt of each format its own way', () => {
    const odd = [line({ label: '#1 <b>', prompt: 'a*b & "c"\td', pieces: [] })];
    expect(masterpostMarkdown('E', odd)).toBe('**E**\n\n- \\#1 \\<b\\> — a\\*b \\& "c" d — \n');
    expect(masterpostHtml('E', odd)).toBe(
      '<p><strong>E</strong></p>\n<ul>\n  <li>#1 &lt;b&gt; — a*b &amp; &quot;c&quot; d — </li>\n</ul>\n',
    );
    expect(masterpostText('E', odd)).toBe('E\n\n#1 <b> — a*b & "c" d — \n');
  });

  it('renderMasterpost picks the format', () => {
    const lines = [line()];
    expect(renderMasterpost('md', 'E', lines)).toBe(masterpostMarkdown('E', lines));
    expect(renderMasterpost('html', 'E', lines)).toBe(masterpostHtml('E', lines));
    expect(renderMasterpost('txt', 'E', lines)).toBe(masterpostText('E', lines));
    expect(renderMasterpost('md', 'E', lines)).not.toBe(renderMasterpost('txt', 'E', lines));
  });

  it('names its formats and content types', () => {
    expect(MASTERPOST_FORMATS).toEqual(['md', 'html', 'txt']);
    expect(MASTERPOST_TYPES).toEqual({
      md: 'text/markdown; charset=utf-8',
      html: 'text/html; charset=utf-8',
      txt: 'text/plain; charset=utf-8',
    });
  });
});

describe('escapes', () => {
  it('escapes every Markdown character, and runs of blanks become one space', () => {
    expect(escapeMarkdown('\\`*_{}[]<>#+|~&')).toBe('\\\\\\`\\*\\_\\{\\}\\[\\]\\<\\>\\#\\+\\|\\~\\&');
    expect(escapeMarkdown('a \t\r\n b')).toBe('a b');
    expect(escapeMarkdown('plain - text! (ok) = "x"')).toBe('plain - text! (ok) = "x"');
  });

  it('escapes the five HTML characters, ampersand first', () => {
    expect(escapeHtml(`&lt; <a href="x">'y'</a>`)).toBe(
      '&amp;lt; &lt;a href=&quot;x&quot;&gt;&#39;y&#39;&lt;/a&gt;',
    );
    expect(escapeHtml('plain')).toBe('plain');
  });
});
