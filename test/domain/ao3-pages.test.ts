import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Ao3Parse, readAo3, readAo3Listing } from '../../src/domain/ao3-import.ts';
import { countWords } from '../../src/domain/word-count.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ao3/${name}`, import.meta.url), 'utf8');
const work = (html: string): Ao3Parse => {
  const read = readAo3(html);
  if (!read.ok) throw new Error(read.errors.page);
  return read.value;
};

describe('a work page as AO3 serves it, saved with the browser or fetched', () => {
  it('reads every field from the markup, not from where it sits on the page', () => {
    expect(work(fixture('work-page.html'))).toEqual({
      source: 'ao3-work-html',
      work_id: '48151623',
      title: 'Cold Hands, Warm Heart',
      authors: ['quietlark', 'fern_and_feather (mossy)'],
      words: 139,
      words_counted: 139,
      published: '2025-10-17',
      updated: null,
      rating: 'Teen And Up Audiences',
      warnings: ['Graphic Depictions Of Violence', 'Major Character Injury'],
      categories: ['Gen'],
      fandoms: ['Marvel Cinematic Universe', 'Spider-Man: Homecoming (2017)'],
      relationships: ['Tony Stark & Peter Parker'],
      characters: ['Tony Stark', 'Peter Parker', 'May Parker'],
      tags: ['Whumptober 2025', 'Fever', 'Hurt/Comfort', 'Famous Last Words: Redux'],
      language: 'English',
      series: [
        { name: 'Whumptober 2025', part: 17 },
        { name: 'Irondad Bingo', part: 3 },
      ],
      collections: ['Whumptober 2025', 'Irondad Week & Friends'],
      summary: 'Peter runs a fever. Tony runs out of patience with thermometers.',
      notes:
        'Whumptober 2025 — Day Seventeen: “Fever”\n\nSequel to Shaking Hands, but it stands alone.\n\n' +
        'Thanks for reading! Day eighteen is here.',
      chapters: { current: 1, total: 1 },
      prompts: [{ event: 'Whumptober 2025', day: 17, text: 'Fever' }],
    });
  });

  it('counts the work text alone: not the header, navigation, notes, kudos, comments or footer', () => {
    const page = fixture('work-page.html');
    expect(countWords(page, 'html')).toBeGreaterThan(400);
    expect(work(page).words_counted).toBe(139);
  });

  it('takes the work id from the page’s own machinery, never from a link in the notes or comments', () => {
    const page = fixture('work-page.html');
    // The notes link work 999, the end notes 48160002, a comment 12345: none of them is this work.
    expect(page).toContain('/works/999');
    expect(work(page).work_id).toBe('48151623');
    const bare = page
      .replace(/<ul class="work navigation actions"[\s\S]*?<!-- END navigation -->/, '')
      .replace(/<div id="feedback"[\s\S]*?<!-- END comment section -->/, '')
      .replace(/<dd class="bookmarks">[\s\S]*?<\/dd>/, '');
    expect(work(bare).work_id).toBeUndefined();
    expect(work(`<link rel="canonical" href="https://archiveofourown.org/works/77">${bare}`).work_id).toBe(
      '77',
    );
    expect(work(`<!-- saved from url=(0041)https://archiveofourown.org/works/88 -->\n${bare}`).work_id).toBe(
      '88',
    );
  });

  it('the entire work: every chapter counted, the work’s summary and notes, each chapter’s day', () => {
    expect(work(fixture('work-full.html'))).toMatchObject({
      work_id: '50000001',
      title: 'Three Kinds of Quiet',
      authors: ['nightjar'],
      words: 95,
      words_counted: 95,
      published: '2025-10-04',
      updated: '2025-10-06',
      chapters: { current: 3, total: 3 },
      summary: 'Three nights on Christophsis, three kinds of quiet.',
      notes: 'Written for Whumptober 2025 (days four to six). The sequel to this.\n\nComments keep me going!',
      prompts: [
        { event: 'Whumptober 2025', day: 4, text: 'Blackout' },
        { event: null, day: 5, text: 'Radio silence' },
        { event: null, day: 6, text: 'Still' },
      ],
    });
  });

  it('one chapter of several: the stated count of the work beside the count of the chapter shown', () => {
    expect(work(fixture('work-chapter.html'))).toMatchObject({
      work_id: '50000001',
      words: 95,
      words_counted: 32,
      summary: '',
      notes: '',
      prompts: [{ event: null, day: 5, text: 'Radio silence' }],
    });
  });
});

describe('AO3’s download and the copied text still read as before', () => {
  it('a download gives its authors and its own work id', () => {
    expect(work(fixture('download.html'))).toMatchObject({
      source: 'ao3-html',
      work_id: '71234567',
      authors: ['lanternfish'],
    });
  });

  it('a copied page gives its byline', () => {
    expect(work(fixture('one-shot-inline.txt'))).toMatchObject({
      source: 'ao3-page',
      authors: ['quietlark'],
    });
  });
});

describe('pages that are not a readable work say what to do', () => {
  it.each([
    ['restricted.html', 'restricted', /signed-in AO3 users.*paste the page/],
    ['not-found.html', 'not-found', /no such work \(error 404\)/],
    ['adult.html', 'adult', /adult-content warning.*Yes, Continue/],
    ['cloudflare.html', 'challenge', /check for robots/],
    ['retry-later.html', 'retry-later', /retry later/],
    ['user-works-1.html', 'listing', /Import from AO3/],
  ])('%s', (name, problem, message) => {
    const read = readAo3(fixture(name));
    expect(read).toMatchObject({ ok: false, problem });
    if (!read.ok) expect(read.errors.page).toMatch(message);
  });

  it.each([
    ['Sorry!\nThis work is only available to registered users of the Archive.', 'restricted'],
    ['Error 404\nThe page you were looking for doesn’t exist.', 'not-found'],
    ['Adult Content Warning\nThis work could have adult content. If you continue…', 'adult'],
    ['archiveofourown.org\nChecking your browser before accessing archiveofourown.org.', 'challenge'],
    ['Retry later', 'retry-later'],
  ])('the same pages copied as text: %j', (text, problem) => {
    expect(readAo3(text)).toMatchObject({ ok: false, problem });
  });

  it('a work titled like a challenge page is still a work', () => {
    const page = fixture('work-page.html').replace(
      /<title>[\s\S]*?<\/title>/,
      '<title>Just a moment...</title>',
    );
    expect(readAo3(page).ok).toBe(true);
  });
});

describe('listing pages', () => {
  const listing = (name: string) => {
    const read = readAo3Listing(fixture(name));
    if (!read.ok) throw new Error(read.errors.page);
    return read.value;
  };

  it('a writer’s works: every blurb’s fields, and the pages of the list', () => {
    const page = listing('user-works-1.html');
    expect(page).toMatchObject({ kind: 'user-works', page: 1, pages: 2, total: 5, skipped: [] });
    expect(page.works[2]).toEqual({
      work_id: '60000003',
      url: 'https://archiveofourown.org/works/60000003',
      title: 'Ice',
      authors: ['quietlark', 'mossy'],
      fandoms: ['Marvel Cinematic Universe', 'Spider-Man (Tom Holland Movies)'],
      rating: 'Teen And Up Audiences',
      warnings: ['Graphic Depictions Of Violence'],
      categories: ['Gen', 'M/M'],
      relationships: [],
      characters: [],
      tags: ['Whumptober 2025', '#no.3', 'Hypothermia'],
      language: 'English',
      words: 987,
      published: '2025-10-03',
      chapters: { current: 1, total: 1 },
      summary: 'Prompt Day 03: “Frostbite” — the lake was not as frozen as it looked.',
      series: [],
      collections: [],
      prompts: [{ event: null, day: 3, text: 'Frostbite' }],
    });
    expect(page.works.map((w) => [w.title, w.prompts.map((p) => p.day)])).toEqual([
      ['Paper Boats', [1]],
      ['Day 2: Shaking Hands', [2]],
      ['Ice', [3]],
    ]);
    expect(listing('user-works-2.html')).toMatchObject({ page: 2, pages: 2 });
    expect(listing('user-works-2.html').works[0]).toMatchObject({ chapters: { current: 2, total: 2 } });
  });

  it('a collection’s works filtered to a writer: the collection named, a mystery work skipped', () => {
    const page = listing('collection-works.html');
    expect(page).toMatchObject({ kind: 'collection-works', total: 4 });
    expect(page.works.map((w) => w.collections)).toEqual([
      ['Whumptober 2025'],
      ['Whumptober 2025'],
      ['Whumptober 2025'],
    ]);
    expect(page.skipped).toEqual([{ title: 'Mystery Work', reason: 'an unrevealed work' }]);
  });

  it('a series page', () => {
    const page = listing('series.html');
    expect(page).toMatchObject({ kind: 'series', heading: 'Whumptober 2025' });
    expect(page.works.map((w) => [w.work_id, w.series])).toEqual([
      ['60000001', [{ name: 'Whumptober 2025', part: 1 }]],
      ['60000002', [{ name: 'Whumptober 2025', part: 2 }]],
    ]);
  });

  it('bookmarks: the work’s fields, not the bookmarker’s tags and notes; series, external and deleted skipped', () => {
    const page = listing('bookmarks.html');
    expect(page.kind).toBe('bookmarks');
    expect(page.works).toHaveLength(1);
    expect(page.works[0]).toMatchObject({
      work_id: '60000004',
      published: '2025-10-05',
      tags: ['Whumptober 2025', 'Trapped'],
      prompts: [{ event: null, day: 4, text: 'Trapped' }],
    });
    expect(page.skipped.map((s) => s.reason)).toEqual([
      'a series, not a work',
      'a work posted elsewhere',
      'not a work (deleted, or hidden)',
    ]);
  });

  it.each([
    ['work-page.html', 'work'],
    ['adult.html', 'adult'],
    ['restricted.html', 'restricted'],
    ['cloudflare.html', 'challenge'],
    ['one-shot-inline.txt', 'not-a-listing'],
  ])('%s is not a listing', (name, problem) => {
    expect(readAo3Listing(fixture(name))).toMatchObject({ ok: false, problem });
  });
});
