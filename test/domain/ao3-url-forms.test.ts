import { describe, expect, it } from 'vitest';
import {
  AO3_HOSTS,
  ao3WorkIdOf,
  pagePath,
  readAo3Link,
  workFetchPath,
  workIdInHref,
  workUrl,
} from '../../src/domain/ao3-url.ts';

const NOT_A_WORK =
  'That AO3 page is not a work or a list of works. Link a work, your works (optionally in a collection), a collection’s works, a series or your bookmarks.';
const otherSite = (host: string) => ({
  ok: false,
  error: `Promptly only fetches pages from AO3 (archiveofourown.org), not ${host}.`,
});
const work = (workId: string) => ({
  ok: true,
  value: { kind: 'work', workId, path: `/works/${workId}?view_adult=true&view_full_work=true` },
});
const listing = (kind: string, path: string) => ({
  ok: true,
  value: { kind: 'listing', listing: kind, path },
});

describe('readAo3Link: what is not a link at all', () => {
  it.each([
    '',
    '   ',
    'hello',
    'works/123',
    '/works/123',
    'archiveofourown.org',
    'xarchiveofourown.org/works/1',
    'ftp://archiveofourown.org/works/1',
    'mailto:someone@archiveofourown.org',
    'https://archiveofourown.org/works/1 and more',
    'https://archiveofourown.org/works/1\tx',
    'https://',
    'http://[::1/works/1',
  ])('%j', (text) => {
    expect(readAo3Link(text)).toBeNull();
  });

  it('a link of 2000 characters is read, one of 2001 is not', () => {
    const base = 'https://archiveofourown.org/works/1?x=';
    const at = (n: number) => base + 'a'.repeat(n - base.length);
    expect(readAo3Link(at(2000))).toEqual(work('1'));
    expect(readAo3Link(`  ${at(2000)}  `)).toEqual(work('1'));
    expect(readAo3Link(at(2001))).toBeNull();
  });
});

describe('readAo3Link: works', () => {
  it.each([
    ['https://archiveofourown.org/works/123', '123'],
    ['http://archiveofourown.org/works/123', '123'],
    ['HTTPS://ARCHIVEOFOUROWN.ORG/works/123', '123'],
    ['https://www.archiveofourown.org/works/123', '123'],
    ['https://ao3.org/works/123', '123'],
    ['https://www.ao3.org/works/123', '123'],
    ['archiveofourown.org/works/123', '123'],
    ['www.archiveofourown.org/works/123', '123'],
    ['ao3.org/works/123', '123'],
    ['WWW.AO3.ORG/works/123', '123'],
    ['https://archiveofourown.org/works/123/', '123'],
    ['https://archiveofourown.org/works/123/chapters/456', '123'],
    ['https://archiveofourown.org/works/123/chapters/456/', '123'],
    ['https://archiveofourown.org/works/123?view_adult=true', '123'],
    ['https://archiveofourown.org/works/123#main', '123'],
    ['https://archiveofourown.org/collections/Whump_2025/works/123', '123'],
    ['https://archiveofourown.org/collections/Whump_2025/works/123/chapters/4', '123'],
    ['https://archiveofourown.org/works/123456789012', '123456789012'],
    ['\n https://archiveofourown.org/works/7 \n', '7'],
  ])('%s', (text, id) => {
    expect(readAo3Link(text)).toEqual(work(id));
  });
});

describe('readAo3Link: listings of works', () => {
  it.each([
    ['https://archiveofourown.org/users/lark/works', 'user-works', '/users/lark/works'],
    ['https://archiveofourown.org/users/lark/works/', 'user-works', '/users/lark/works'],
    ['archiveofourown.org/users/lark/pseuds/mossy/works', 'user-works', '/users/lark/pseuds/mossy/works'],
    ['https://archiveofourown.org/users/lark/works?page=3', 'user-works', '/users/lark/works'],
    [
      'https://archiveofourown.org/users/lark/works?fandom_id=12&page=2',
      'user-works',
      '/users/lark/works?fandom_id=12',
    ],
    [
      'https://archiveofourown.org/users/lark/works?page=2&fandom_id=12#x',
      'user-works',
      '/users/lark/works?fandom_id=12',
    ],
    [
      'https://archiveofourown.org/collections/Whump_2025/works',
      'collection-works',
      '/collections/Whump_2025/works',
    ],
    [
      'https://archiveofourown.org/collections/Whump_2025/works/',
      'collection-works',
      '/collections/Whump_2025/works',
    ],
    ['https://archiveofourown.org/series/42', 'series', '/series/42'],
    ['https://www.ao3.org/series/42/', 'series', '/series/42'],
    ['https://archiveofourown.org/users/lark/bookmarks', 'bookmarks', '/users/lark/bookmarks'],
    ['https://archiveofourown.org/users/lark/bookmarks/', 'bookmarks', '/users/lark/bookmarks'],
    [
      'https://archiveofourown.org/users/lark/pseuds/mossy/bookmarks?page=9',
      'bookmarks',
      '/users/lark/pseuds/mossy/bookmarks',
    ],
  ])('%s', (text, kind, path) => {
    expect(readAo3Link(text)).toEqual(listing(kind, path));
  });
});

describe('readAo3Link: links Promptly does not fetch', () => {
  it.each([
    ['https://example.com/works/123', 'example.com'],
    ['http://example.com:8080/works/123', 'example.com:8080'],
    ['https://fake.archiveofourown.org/works/123', 'fake.archiveofourown.org'],
    ['https://archiveofourown.org.evil.test/works/123', 'archiveofourown.org.evil.test'],
    ['https://www.www.ao3.org/works/1', 'www.www.ao3.org'],
  ])('%s is another site', (text, host) => {
    expect(readAo3Link(text)).toEqual(otherSite(host));
  });

  it.each([
    'https://archiveofourown.org/',
    'https://archiveofourown.org/works',
    'https://archiveofourown.org/works/abc',
    'https://archiveofourown.org/works/1234567890123',
    'https://archiveofourown.org/works/123/chapters',
    'https://archiveofourown.org/works/123/chapters/x',
    'https://archiveofourown.org/works/123/bookmarks',
    'https://archiveofourown.org/works/123//',
    'https://archiveofourown.org/x/works/123',
    'https://archiveofourown.org/collections/works/123',
    'https://archiveofourown.org/users/lark',
    'https://archiveofourown.org/users/lark/works/extra',
    'https://archiveofourown.org/users/lark/pseuds/works',
    'https://archiveofourown.org/tags/Fluff/works',
    'https://archiveofourown.org/collections/Whump_2025',
    'https://archiveofourown.org/series/abc',
    'https://archiveofourown.org/series/42/works',
  ])('%s is not a work or a listing', (text) => {
    expect(readAo3Link(text)).toEqual({ ok: false, error: NOT_A_WORK });
  });

  it('further hosts are accepted as they are given, in any case, and only whole', () => {
    expect(readAo3Link('http://127.0.0.1:4000/works/5', ['127.0.0.1:4000'])).toEqual(work('5'));
    expect(readAo3Link('http://localhost:4000/series/5', ['LOCALHOST:4000'])).toEqual(
      listing('series', '/series/5'),
    );
    expect(readAo3Link('http://127.0.0.1:4000/works/5', ['127.0.0.1'])).toEqual(otherSite('127.0.0.1:4000'));
    expect(readAo3Link('http://127.0.0.1:4000/works/5')).toEqual(otherSite('127.0.0.1:4000'));
    expect(readAo3Link('http://www.fake.test/works/5', ['fake.test'])).toEqual(otherSite('www.fake.test'));
    // A bare address is only AO3's own.
    expect(readAo3Link('fake.test/works/5', ['fake.test'])).toBeNull();
  });
});

describe('the other helpers', () => {
  it('the hosts, the canonical address and the fetch path', () => {
    expect(AO3_HOSTS).toEqual(['archiveofourown.org', 'ao3.org']);
    expect(workUrl('12')).toBe('https://archiveofourown.org/works/12');
    expect(workFetchPath('12')).toBe('/works/12?view_adult=true&view_full_work=true');
  });

  it.each([
    ['/users/a/works', 1, '/users/a/works'],
    ['/users/a/works', 0, '/users/a/works'],
    ['/users/a/works', -3, '/users/a/works'],
    ['/users/a/works', 2, '/users/a/works?page=2'],
    ['/users/a/works?fandom_id=3', 2, '/users/a/works?fandom_id=3&page=2'],
    ['/series/4', 10, '/series/4?page=10'],
  ])('pagePath(%s, %i)', (path, page, expected) => {
    expect(pagePath(path, page)).toBe(expected);
  });

  it.each<[string | null | undefined, string | null]>([
    [null, null],
    [undefined, null],
    ['', null],
    ['not a link', null],
    ['https://archiveofourown.org/works/31/chapters/7', '31'],
    ['ao3.org/works/31', '31'],
    ['https://archiveofourown.org/users/a/works', null],
    ['https://archiveofourown.org/users/a', null],
    ['https://example.com/works/31', null],
  ])('ao3WorkIdOf(%j)', (url, id) => {
    expect(ao3WorkIdOf(url)).toBe(id);
  });

  it.each<[string | undefined, string | null]>([
    [undefined, null],
    ['', null],
    ['/works/12', '12'],
    ['/works/12/', '12'],
    ['/works/12/chapters/3', '12'],
    ['/works/12?view_adult=true', '12'],
    ['/works/12#comments', '12'],
    ['  /works/12  ', '12'],
    ['/WORKS/12', '12'],
    ['/collections/Whump_2025/works/12', '12'],
    ['https://archiveofourown.org/works/12', '12'],
    ['http://www.archiveofourown.org/works/12', '12'],
    ['https://ao3.org/works/12/chapters/3', '12'],
    ['HTTPS://WWW.AO3.ORG/works/12', '12'],
    ['https://archiveofourown.org/collections/x/works/12', '12'],
    ['/works/123456789012', '123456789012'],
    ['/works/1234567890123', null],
    ['/works/12abc', null],
    ['/works/', null],
    ['/works/x', null],
    ['works/12', null],
    ['/users/a/works/12', null],
    ['/downloads/12/title.html', null],
    ['https://example.com/works/12', null],
    ['https://archiveofourown.org.evil.test/works/12', null],
    ['/collections//works/12', null],
  ])('workIdInHref(%j)', (href, id) => {
    expect(workIdInHref(href)).toBe(id);
  });
});
