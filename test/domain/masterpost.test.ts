import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  escapeMarkdown,
  type MasterpostFill,
  masterpostHtml,
  masterpostLines,
  masterpostMarkdown,
  masterpostText,
} from '../../src/domain/masterpost.ts';

const NASTY = 'Ice <script>alert(1)</script> & *stars* [brackets] _under_ `tick`';

const fill = (day: number, title: string, extra: Partial<MasterpostFill> = {}): MasterpostFill => ({
  day,
  dayTitle: null,
  prompts: [{ position: 1, text: `Prompt ${day}` }],
  piece: { id: day, title, url: `https://archiveofourown.org/works/${day}`, words: 1234 },
  ...extra,
});

describe('masterpost lines', () => {
  it('puts one line per day in day order, pieces of a day together, prompts in position order', () => {
    const lines = masterpostLines('No.', [
      fill(5, 'Five'),
      fill(2, 'Two', { prompts: [{ position: 2, text: 'Shared warmth' }] }),
      fill(2, 'Two again', { prompts: [{ position: 1, text: 'Frostbite' }] }),
      fill(3, 'Three', { prompts: [], dayTitle: 'A theme' }),
      fill(4, 'Four', { prompts: [], piece: { id: 4, title: 'Four', url: null, words: 1 } }),
    ]);
    expect(lines.map((l) => [l.label, l.prompt, l.pieces.map((p) => p.title)])).toEqual([
      ['No. 2', 'Frostbite + Shared warmth', ['Two', 'Two again']],
      ['No. 3', 'A theme', ['Three']],
      ['No. 4', null, ['Four']],
      ['No. 5', 'Prompt 5', ['Five']],
    ]);
  });
});

describe('masterpost formats', () => {
  const lines = masterpostLines('No.', [
    fill(2, NASTY),
    fill(1, 'Plain', { piece: { id: 1, title: 'Plain', url: null, words: 1 } }),
    fill(3, 'Paren', { piece: { id: 3, title: 'Paren', url: 'https://example.org/a_(b)', words: 99 } }),
  ]);

  it('Markdown: escaped titles, linked where there is a link, one list item per day', () => {
    const md = masterpostMarkdown('Whumptober *2025*', lines);
    expect(md).toBe(
      [
        '**Whumptober \\*2025\\***',
        '',
        '- No. 1 — Prompt 1 — Plain (1 word)',
        '- No. 2 — Prompt 2 — [Ice \\<script\\>alert(1)\\</script\\> \\& \\*stars\\* \\[brackets\\] \\_under\\_ \\`tick\\`](https://archiveofourown.org/works/2) (1,234 words)',
        '- No. 3 — Prompt 3 — [Paren](https://example.org/a_%28b%29) (99 words)',
        '',
      ].join('\n'),
    );
  });

  it('HTML: a plain <ul> of <a>s, everything escaped', () => {
    const html = masterpostHtml('Whumptober <2025>', lines);
    expect(html).toContain('<p><strong>Whumptober &lt;2025&gt;</strong></p>\n<ul>\n');
    expect(html).toContain('  <li>No. 1 — Prompt 1 — Plain (1 word)</li>');
    expect(html).toContain(
      '  <li>No. 2 — Prompt 2 — <a href="https://archiveofourown.org/works/2">Ice &lt;script&gt;alert(1)&lt;/script&gt; &amp; *stars* [brackets] _under_ `tick`</a> (1,234 words)</li>',
    );
    expect(html).not.toContain('<script>');
    expect(html.match(/<li>/g)).toHaveLength(3);
  });

  it('plain text: titles as written, links after them', () => {
    expect(masterpostText('Whumptober', lines)).toBe(
      [
        'Whumptober',
        '',
        'No. 1 — Prompt 1 — Plain (1 word)',
        `No. 2 — Prompt 2 — ${NASTY} (1,234 words) <https://archiveofourown.org/works/2>`,
        'No. 3 — Prompt 3 — Paren (99 words) <https://example.org/a_(b)>',
        '',
      ].join('\n'),
    );
  });

  it('escapes attribute quotes and keeps titles on one line', () => {
    expect(escapeHtml(`"a" 'b' <c>`)).toBe('&quot;a&quot; &#39;b&#39; &lt;c&gt;');
    expect(escapeMarkdown('two\nlines # and + more')).toBe('two lines \\# and \\+ more');
  });
});
