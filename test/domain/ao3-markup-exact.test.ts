import { describe, expect, it } from 'vitest';
import {
  countedWords,
  definitions,
  isoDate,
  seriesInline,
  seriesList,
  seriesOf,
  tagNames,
} from '../../src/domain/ao3-markup.ts';
import { childElements, findFirst, type HtmlElement, parseHtml, textOf } from '../../src/domain/html.ts';

/** The first element of `html`. */
const el = (html: string): HtmlElement => childElements(parseHtml(html))[0]!;

describe('tagNames', () => {
  it.each<[string, string, string[]]>([
    [
      'a.tag links, the empty ones left out',
      '<ul><li><a class="tag">A</a> x</li><li><a class="tag"> </a></li><li><a class="tag">B  b</a></li></ul>',
      ['A', 'B b'],
    ],
    ['a.tag links before list items', '<ul><li><a class="tag">A</a> extra</li><li>plain</li></ul>', ['A']],
    ['list items without a.tag links', '<ul><li>A</li><li> </li><li>B <i>b</i></li></ul>', ['A', 'B b']],
    ['list items before other links', '<ul><li><a>A</a> x</li></ul>', ['A x']],
    ['links without list items', '<span><a>A</a>, <a> </a>, <a>B</a></span>', ['A', 'B']],
    ['text split at commas', '<dd> A, B ,, C ,</dd>', ['A', 'B', 'C']],
    ['an empty field', '<dd> </dd>', []],
  ])('%s', (_, html, expected) => {
    expect(tagNames(el(html))).toEqual(expected);
  });

  it('is empty for no element', () => {
    expect(tagNames(undefined)).toEqual([]);
  });
});

describe('definitions', () => {
  const entries = (dl: HtmlElement | undefined) =>
    [...definitions(dl)].map(([key, { dt, dd }]) => [key, dt ? textOf(dt) : null, textOf(dd)]);

  it('keys each dd by its first class, else its dt without the colon; the first of a key wins', () => {
    const dl = el(
      '<dl><dt>Rating:</dt><dd class="  rating tags">Teen</dd>' +
        '<dt>Lang: uage:</dt><dd>English</dd><dd>second</dd>' +
        '<dt>Again</dt><dd class="rating">dup</dd>' +
        '<dt>Ignored</dt><span>x</span><dd class="words">9</dd>' +
        '<div><dd class="nested">no</dd></div></dl>',
    );
    expect(entries(dl)).toEqual([
      ['rating', 'Rating:', 'Teen'],
      ['Lang: uage', 'Lang: uage:', 'English'],
      ['', null, 'second'],
      ['words', 'Ignored', '9'],
    ]);
  });

  it('is empty for no list', () => {
    expect(definitions(undefined).size).toBe(0);
    expect(definitions(el('<dl></dl>')).size).toBe(0);
  });
});

describe('series', () => {
  const link = (html: string) => findFirst(parseHtml(html), (e) => e.name === 'a');

  it.each<[string, { name: string; part: number } | null]>([
    ['Part 2 of Whumptober 2025', { name: 'Whumptober 2025', part: 2 }],
    ['  Part\n 12   of  Whumptober  2025 ', { name: 'Whumptober 2025', part: 12 }],
    ['part 2 of Whumptober', null],
    ['Part two of Whumptober', null],
    ['Part 2 of ', null],
    ['See Part 2 of Whumptober', null],
  ])('seriesOf(%j)', (text, expected) => {
    expect(seriesOf(text)).toEqual(expected);
  });

  it('seriesOf takes the name from the link, and nothing from an empty link', () => {
    expect(seriesOf('Part 3 of Something', link('<a> The  Name </a>'))).toEqual({
      name: 'The Name',
      part: 3,
    });
    expect(seriesOf('Part 3 of Something', link('<a> </a>'))).toBeNull();
  });

  it.each<[string, string, { name: string; part: number }[]]>([
    [
      'span.position parts',
      '<dd><span class="position">Part 1 of <a href="/series/5">S</a></span> and <span class="position">Part 2 of <a href="/series/6">T</a></span></dd>',
      [
        { name: 'S', part: 1 },
        { name: 'T', part: 2 },
      ],
    ],
    [
      'list items, the name from the series link',
      '<ul><li>Part <strong>3</strong> of <a href="/works/1">not it</a> <a href="/series/7">U</a></li><li>nothing</li></ul>',
      [{ name: 'U', part: 3 }],
    ],
    ['the whole field', '<dd>Part 4 of <a href="/series/8">V</a></dd>', [{ name: 'V', part: 4 }]],
    [
      'no series link: the text',
      '<dd>Part 4 of <a href="/series/x">V</a> W</dd>',
      [{ name: 'V W', part: 4 }],
    ],
    ['other text', '<dd>Whumptober</dd>', []],
  ])('seriesList: %s', (_, html, expected) => {
    expect(seriesList(el(html))).toEqual(expected);
  });

  it('seriesList is empty for no element', () => {
    expect(seriesList(undefined)).toEqual([]);
  });

  it.each<[string, string, { name: string; part: number }[]]>([
    [
      'two series',
      '<dd>Part 3 of <a>A</a>, Part 1 of <a> B  b </a></dd>',
      [
        { name: 'A', part: 3 },
        { name: 'B b', part: 1 },
      ],
    ],
    ['a link without a part', '<dd><a>X</a> Part 2 of <a>Y</a></dd>', [{ name: 'Y', part: 2 }]],
    ['one part, one link', '<dd>Part 1 of <a>A</a><a>B</a></dd>', [{ name: 'A', part: 1 }]],
    ['other elements are passed over', '<dd>Part 1 of <b>x</b><a>A</a></dd>', [{ name: 'A', part: 1 }]],
    ['the part just before the link', '<dd>Part 1 of A Part 2 of <a>B</a></dd>', [{ name: 'B', part: 2 }]],
    ['text after "of"', '<dd>Part 1 of the <a>A</a></dd>', []],
    ['within forty characters', `<dd>Part 5 of${' '.repeat(31)}<a>A</a></dd>`, [{ name: 'A', part: 5 }]],
    ['not further', `<dd>Part 5 of${' '.repeat(32)}<a>A</a></dd>`, []],
  ])('seriesInline: %s', (_, html, expected) => {
    expect(seriesInline(el(html))).toEqual(expected);
  });

  it('seriesInline is empty for no element', () => {
    expect(seriesInline(undefined)).toEqual([]);
  });
});

describe('isoDate', () => {
  it.each<[string, string | null]>([
    ['2025-10-02', '2025-10-02'],
    ['  2025-10-02 ', '2025-10-02'],
    ['02 Oct 2025', '2025-10-02'],
    [' 2 Oct 2025 ', '2025-10-02'],
    ['2 October 2025', '2025-10-02'],
    ['02 oct 2025', '2025-10-02'],
    ['02 OCT 2025', '2025-10-02'],
    ['1 Jan 2025', '2025-01-01'],
    ['31 Dec 2025', '2025-12-31'],
    ['9 Sept 2024', '2024-09-09'],
    ['02 OCTOBER 2025', null],
    ['02 Foo 2025', null],
    ['123 Oct 2025', null],
    ['02 Oct 25', null],
    ['Oct 2, 2025', null],
    ['2025/10/02', null],
    ['2025-10-2', null],
    ['x 2025-10-02', null],
    ['', null],
  ])('%j', (text, expected) => {
    expect(isoDate(text)).toBe(expected);
  });
});

describe('countedWords', () => {
  it('counts each text node alone, not scripts, styles or landmark headings', () => {
    expect(countedWords(undefined)).toBe(0);
    expect(countedWords(el('<p>a<b>b</b>c</p>'))).toBe(3);
    expect(
      countedWords(
        el(
          '<div>one two<p>three</p><script>four five</script><style>six</style>' +
            '<h3 class="landmark heading">Chapter Text</h3><span class="landmark">x</span>seven</div>',
        ),
      ),
    ).toBe(4);
  });
});
