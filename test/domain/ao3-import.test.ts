import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Ao3Parse, parseAo3 } from '../../src/domain/ao3-import.ts';
import { countWords } from '../../src/domain/word-count.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ao3/${name}`, import.meta.url), 'utf8');
const between = (text: string, from: string, to: string) => {
  const start = text.indexOf(from) + from.length;
  return text.slice(start, text.indexOf(to, start));
};

describe('parseAo3: work pages as a browser copies them, and downloaded HTML', () => {
  it.each<[string, Partial<Ao3Parse>]>([
    [
      'one-shot-inline.txt',
      {
        source: 'ao3-page',
        title: 'Shaking Hands',
        words: 341,
        published: '2025-10-02',
        updated: null,
        rating: 'Teen And Up Audiences',
        series: [{ name: 'Whumptober 2025', part: 2 }],
        collections: ['Whumptober 2025'],
        prompts: [{ event: 'Whumptober 2025', day: 2, text: 'Shaking Hands' }],
      },
    ],
    [
      'one-shot-lines.txt',
      {
        source: 'ao3-page',
        title: 'A Small Flood',
        words: 263,
        published: '2025-10-05',
        categories: ['Gen', 'M/M'],
        fandoms: ['Good Omens (TV)', 'Good Omens - Neil Gaiman & Terry Pratchett'],
        series: [],
        collections: [],
        chapters: { current: 1, total: 1 },
        prompts: [{ event: 'Fictober', day: 5, text: 'I can’t let you do that' }],
      },
    ],
    [
      'empty-labels.txt',
      {
        source: 'ao3-page',
        title: 'The Quiet Hour',
        words: 109,
        published: '2025-10-09',
        rating: 'Not Rated',
        categories: [],
        relationships: [],
        characters: [],
        tags: [],
        series: [],
        collections: [],
        summary: '',
        notes: '',
        prompts: [],
      },
    ],
    [
      'multi-chapter.txt',
      {
        source: 'ao3-page',
        title: 'Nine Lives (Give or Take)',
        words: 1057, // the page says "1,057"
        published: '2025-10-04',
        updated: '2025-10-06',
        chapters: { current: 3, total: null },
        series: [
          { name: 'Whumptober 2025', part: 4 },
          { name: 'The Long Road to Kaer Morhen', part: 1 },
        ],
        collections: ['Whumptober 2025', 'Hurt/Comfort Bingo 2025'],
        prompts: [
          { event: 'Whumptober 2025', day: 4, text: 'Trapped' },
          { event: 'Whumptober 2025', day: 5, text: 'Falling' },
          { event: 'Whumptober 2025', day: 6, text: 'Stitches' },
        ],
      },
    ],
    [
      'download.html',
      {
        source: 'ao3-html',
        work_id: '71234567',
        title: 'Paper Cranes',
        words: 269,
        published: '2025-10-03',
        updated: '2025-10-04',
        relationships: ['Hinata Shōyō & Kageyama Tobio'],
        series: [
          { name: 'Flufftober 2025', part: 3 },
          { name: 'small kindnesses', part: 1 },
        ],
        collections: ['Flufftober 2025', 'Karasuno Week & Friends'],
        summary: 'Kageyama sprains his wrist. Hinata folds a thousand paper cranes, or tries to.',
        chapters: { current: 1, total: 1 },
        prompts: [{ event: 'Flufftober', day: 3, text: 'A thousand wishes' }],
      },
    ],
    [
      'download-chapters.html',
      {
        source: 'ao3-html',
        work_id: '70111222',
        title: 'Small Hours',
        words: 63,
        updated: '2025-10-08',
        warnings: ['Graphic Depictions Of Violence', 'Major Character Injury'],
        chapters: { current: 2, total: 3 },
        prompts: [
          { event: 'Whumptober 2025', day: 7, text: 'Fever dream' },
          { event: 'Whumptober 2025', day: 8, text: 'Radio silence' },
        ],
      },
    ],
  ])('%s', (name, expected) => {
    const parsed = parseAo3(fixture(name));
    expect(parsed).toMatchObject(expected);
    // A real page states the count AO3 made of its work text, and so do the fixtures.
    expect(parsed.words_counted).toBe(parsed.words);
  });
});

describe('parseAo3: a one-shot page, field by field', () => {
  it('reads every field and leaves the page chrome out', () => {
    expect(parseAo3(fixture('one-shot-inline.txt'))).toEqual({
      source: 'ao3-page',
      title: 'Shaking Hands',
      authors: ['quietlark'],
      words: 341,
      words_counted: 341,
      published: '2025-10-02',
      updated: null,
      rating: 'Teen And Up Audiences',
      warnings: ['No Archive Warnings Apply'],
      categories: ['Gen'],
      fandoms: ['Marvel Cinematic Universe'],
      relationships: ['Tony Stark & Peter Parker'],
      characters: ['Tony Stark', 'Peter Parker', 'Pepper Potts', 'FRIDAY (Marvel)'],
      tags: [
        'Whumptober 2025',
        'Whumptober 2025 No. 2',
        'Hurt/Comfort',
        'Irondad',
        'Tremors',
        'Not Beta Read',
      ],
      language: 'English',
      series: [{ name: 'Whumptober 2025', part: 2 }],
      collections: ['Whumptober 2025'],
      summary: 'Tony’s hands haven’t stopped shaking since Brooklyn. Peter notices. Of course he does.',
      notes:
        'Whumptober 2025 Prompt Day 02: “Shaking Hands” | Whumptober 2025 No. 2\n\n' +
        'Late, as always — thank you to everyone who commented on day one!\n\n' +
        'Come yell at me on tumblr. The full prompt list is on the Whumptober blog, and day three is already half written.',
      prompts: [{ event: 'Whumptober 2025', day: 2, text: 'Shaking Hands' }],
    });
  });
});

describe('parseAo3: words_counted is the work text alone', () => {
  it.each([
    ['one-shot-inline.txt', 'Work Text:\n', '\nNotes:\n'],
    ['one-shot-lines.txt', 'Work Text:\n', '\nNotes:\n'],
    ['empty-labels.txt', 'Work Text:\n', 'Kudos ♥'],
  ])('%s: not the summary, notes, labels or end notes', (name, from, to) => {
    const page = fixture(name);
    const parsed = parseAo3(page);
    expect(parsed.words_counted).toBe(countWords(between(page, from, to)));
    expect(parsed.words_counted).toBeLessThan(countWords(page));
  });

  it('multi-chapter: the chapter texts, not the chapter headings and notes between them', () => {
    const page = fixture('multi-chapter.txt');
    const chapters = page.split('Chapter Text\n').slice(1);
    const texts = chapters.map((c) => c.split(/\nNotes:\n|\nChapter \d/)[0]!);
    expect(texts).toHaveLength(3);
    expect(parseAo3(page).words_counted).toBe(texts.reduce((sum, t) => sum + countWords(t), 0));
  });

  it('downloaded HTML: counted as HTML, chapter contents only', () => {
    const html = fixture('download-chapters.html');
    const contents = [...html.matchAll(/<!--chapter content-->([\s\S]*?)<!--\/chapter content-->/g)];
    const expected = contents.reduce((sum, m) => sum + countWords(m[1]!, 'html'), 0);
    expect(parseAo3(html).words_counted).toBe(expected);
  });

  it('multi-chapter: only the work’s summary and notes, not the chapters’', () => {
    const parsed = parseAo3(fixture('multi-chapter.txt'));
    expect(parsed.summary).toBe(
      "Geralt has survived a great many things. A cave-in, a cliff, and Jaskier's first aid are just the latest.",
    );
    expect(parsed.notes).not.toContain('Sorry, Roach.');
    expect(parsed.notes).not.toContain('Getting out is the easy part.');
    expect(parsed.notes).toContain('Three prompts, one very unlucky witcher.');
  });
});

const page = (stats: string, rest = '') =>
  `Rating:\nGeneral Audiences\nFandom:\nOriginal Work\nStats:\n${stats}\n\nA Title\nsomeone\nWork Text:\n\nOne two three.\n${rest}`;

describe('parseAo3: label variants', () => {
  it.each<[string, string, Partial<Ao3Parse>]>([
    ['grouped digits', 'Words: 12,345', { words: 12345, words_counted: 3 }],
    ['no stated count', 'Published: 2025-10-01', { words: 3, words_counted: 3, published: '2025-10-01' }],
    ['an empty Words label', 'Words:\nChapters: 1/1', { words: 3, chapters: { current: 1, total: 1 } }],
    [
      'stats run together',
      'Published:2025-10-01Completed:2025-10-03Words:1,000Chapters:2/2Hits:40',
      { published: '2025-10-01', updated: '2025-10-03', words: 1000, chapters: { current: 2, total: 2 } },
    ],
    ['a work in progress', 'Updated: 2025-10-03 Chapters: 2/?', { chapters: { current: 2, total: null } }],
    [
      'values below, indented',
      'Published:\n\t2025-10-01\nWords:\n\t 3',
      { published: '2025-10-01', words: 3 },
    ],
  ])('%s', (_, stats, expected) => {
    expect(parseAo3(page(stats))).toMatchObject({ source: 'ao3-page', title: 'A Title', ...expected });
  });

  it('reads tags on one line, on their own lines, and both', () => {
    const text =
      'Archive Warnings: Graphic Depictions Of Violence, Major Character Injury\n' +
      'Additional Tags:\nAngst\nHurt/Comfort, Whump\n  Found Family  \nFamous Last Words: Redux\n' +
      'Language: Deutsch\nStats:\nWords: 3\n\nT\nby x\nWork Text:\na b c';
    expect(parseAo3(text)).toMatchObject({
      warnings: ['Graphic Depictions Of Violence', 'Major Character Injury'],
      tags: ['Angst', 'Hurt/Comfort', 'Whump', 'Found Family', 'Famous Last Words: Redux'],
      language: 'Deutsch',
      title: 'T',
      words_counted: 3,
    });
  });

  it('keeps the page’s chrome out of every field', () => {
    const parsed = parseAo3(
      `Entire Work\nNext Chapter →\nShare\n${page('Words: 3', '\nActions\n↑ Top\nKudos ♥\nComments (5)\nFooter\n')}`,
    );
    expect(parsed).toMatchObject({ title: 'A Title', summary: '', notes: '', words_counted: 3 });
    expect(JSON.stringify(parsed)).not.toMatch(/Kudos|Comments|Footer|Share|Next Chapter/);
  });

  it('finds the work text without the "Work Text:" landmark', () => {
    const text = `${page('Words: 5').replace('Work Text:\n\nOne two three.\n', '')}Summary:\n\nA summary.\n\nThe story itself.`;
    expect(parseAo3(text)).toMatchObject({ summary: 'A summary.', words_counted: 3, words: 5 });
  });

  it('reads the work id when the paste carries the work’s address', () => {
    expect(parseAo3(page('Words: 3', '\nhttps://archiveofourown.org/works/555/chapters/9')).work_id).toBe(
      '555',
    );
  });
});

describe('parseAo3: a work URL is only an id, never fetched', () => {
  it.each([
    ['https://archiveofourown.org/works/123456', '123456'],
    ['archiveofourown.org/works/123456', '123456'],
    ['http://www.archiveofourown.org/works/123456/', '123456'],
    ['https://archiveofourown.org/works/123456/chapters/7890123', '123456'],
    ['https://archiveofourown.org/works/123456/chapters/7890123#workskin', '123456'],
    ['https://archiveofourown.org/works/123456?view_full_work=true', '123456'],
    ['https://archiveofourown.org/collections/Whumptober2025/works/123456', '123456'],
    ['  https://ao3.org/works/42  \n', '42'],
  ])('%s', (url, id) => {
    expect(parseAo3(url)).toMatchObject({ source: 'url', work_id: id, title: '', prompts: [] });
  });

  it.each(['https://example.com/works/123456', 'https://archiveofourown.org/users/someone/works'])(
    '%s is not a work URL',
    (url) => {
      expect(parseAo3(url).source).toBe('text');
    },
  );
});

describe('parseAo3: a story without AO3’s labels', () => {
  it('is plain text: its AO3 word count, nothing else', () => {
    const story = 'The lab was quiet.\n\n"You okay, Mr. Stark?"\n\n"Fine. Peachy." Tony didn\'t look up.';
    expect(parseAo3(story)).toEqual({
      source: 'text',
      title: '',
      authors: [],
      words: 14,
      words_counted: 14,
      published: null,
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
      summary: '',
      notes: '',
      prompts: [],
    });
  });

  it('counts pasted HTML as AO3 counts HTML', () => {
    expect(parseAo3('<p>one</p><p>two&nbsp;three <em>four</em>s</p>')).toMatchObject({
      source: 'text',
      words: 5,
    });
  });

  it('is not fooled by one label-like line', () => {
    expect(parseAo3('Words: are wind.\nAnd so on.').source).toBe('text');
  });

  it('is empty when nothing was pasted', () => {
    expect(parseAo3('  \n ')).toMatchObject({ source: 'text', words: 0 });
  });
});
