import { describe, expect, it } from 'vitest';
import { atomFeed, type FeedEntry, type FeedHead, linkOr } from '../../src/domain/atom-feed.ts';

const HEAD: FeedHead = {
  self: 'https://p.example/f.atom',
  title: 'T',
  page: 'https://p.example/f',
  author: { name: 'A' },
  since: '2025-10-01T00:00:00.000Z',
};
const ENTRY: FeedEntry = {
  id: 'urn:1',
  title: 'x',
  link: 'https://p.example/1',
  updated: '2025-10-03T00:00:00.000Z',
};
const entryXml = (inner: string) => `    <entry>
        <title type="html"><![CDATA[x]]></title>
        <id>urn:1</id>
        <link href="https://p.example/1"/>
        <updated>2025-10-03T00:00:00.000Z</updated>
${inner}    </entry>`;
/** The one entry of a feed of `entry`, as written. */
const onlyEntry = (entry: Partial<FeedEntry>) =>
  /( {4}<entry>[\s\S]*<\/entry>)/.exec(atomFeed(HEAD, [{ ...ENTRY, ...entry }]))?.[1];
const summaryOf = (summary: string) =>
  /<summary type="html"><!\[CDATA\[(.*)\]\]><\/summary>/.exec(atomFeed(HEAD, [{ ...ENTRY, summary }]))?.[1];
const updatedOf = (xml: string) => /^ {4}<updated>(.*)<\/updated>$/m.exec(xml)?.[1];

describe('linkOr: an http(s) address, else the fallback', () => {
  it.each([
    ['an https address', 'https://archiveofourown.org/works/1', 'https://archiveofourown.org/works/1'],
    ['an http address', 'http://example.com/story', 'http://example.com/story'],
    ['an HTTPS address in capitals', 'HTTPS://EXAMPLE.COM/', 'HTTPS://EXAMPLE.COM/'],
    ['null', null, 'FALLBACK'],
    ['the empty string', '', 'FALLBACK'],
    ['text that is no address', 'my fic on ao3', 'FALLBACK'],
    ['a relative path', '/works/1', 'FALLBACK'],
    ['a javascript: address', 'javascript:alert(1)', 'FALLBACK'],
    ['a data: address', 'data:text/html,<b>hi</b>', 'FALLBACK'],
    ['an ftp address', 'ftp://example.com/fic.txt', 'FALLBACK'],
    ['a mailto: address', 'mailto:ann@example.com', 'FALLBACK'],
    ['"https" without its colon', 'https//example.com', 'FALLBACK'],
  ])('%s', (_label, url, expected) => {
    expect(linkOr(url, 'FALLBACK')).toBe(expected);
  });
});

describe('atomFeed: the head', () => {
  it('writes a feed with nothing in it, updated when its subject began', () => {
    expect(atomFeed(HEAD, [])).toBe(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
    <id>https://p.example/f.atom</id>
    <title>T</title>
    <updated>2025-10-01T00:00:00.000Z</updated>
    <generator>Promptly</generator>
    <author>
        <name>A</name>
    </author>
    <link rel="alternate" href="https://p.example/f"/>
    <link rel="self" href="https://p.example/f.atom"/>
</feed>`);
  });

  it('is updated when its newest entry was, wherever it is in the list', () => {
    const at = (updated: string) => ({ ...ENTRY, updated });
    const entries = [
      at('2025-10-03T00:00:00.000Z'),
      at('2025-10-05T09:30:00.000Z'),
      at('2025-10-04T00:00:00.000Z'),
    ];
    expect(updatedOf(atomFeed(HEAD, entries))).toBe('2025-10-05T09:30:00.000Z');
    expect(updatedOf(atomFeed(HEAD, [at('2025-10-02T00:00:00.000Z')]))).toBe('2025-10-02T00:00:00.000Z');
  });

  it('is updated when its subject began if every entry is older', () => {
    const old = { ...ENTRY, updated: '2025-09-01T00:00:00.000Z' };
    expect(updatedOf(atomFeed(HEAD, [old, old]))).toBe('2025-10-01T00:00:00.000Z');
  });

  it('writes the subtitle and the author’s address when given, escaped, without what XML cannot hold', () => {
    const xml = atomFeed(
      {
        ...HEAD,
        title: 'T & <x>\u0001\uffff',
        subtitle: 'Sub & <y>\u0002',
        author: { name: 'Ann & <co>\u0003', uri: 'https://p.example/@ann' },
      },
      [],
    );
    expect(xml).toBe(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
    <id>https://p.example/f.atom</id>
    <title>T &amp; &lt;x&gt;</title>
    <updated>2025-10-01T00:00:00.000Z</updated>
    <generator>Promptly</generator>
    <author>
        <name>Ann &amp; &lt;co&gt;</name>
        <uri>https://p.example/@ann</uri>
    </author>
    <link rel="alternate" href="https://p.example/f"/>
    <link rel="self" href="https://p.example/f.atom"/>
    <subtitle>Sub &amp; &lt;y&gt;</subtitle>
</feed>`);
  });

  it('writes no subtitle for an empty one', () => {
    expect(atomFeed({ ...HEAD, subtitle: '' }, [])).toBe(atomFeed(HEAD, []));
  });
});

describe('atomFeed: entries', () => {
  it('writes every field of an entry, newest first as given, escaped', () => {
    const xml = atomFeed({ ...HEAD, since: '2025-10-01T00:00:00.000Z' }, [
      {
        id: 'urn:1',
        title: 'A <b>x</b> & "q"',
        link: 'https://p.example/1',
        updated: '2025-10-03T12:00:00.000Z',
        published: '2025-10-02T12:00:00.000Z',
        summary: 'Para one\nline two\n\n  \n second <i>p</i>\u0001 &',
        author: { name: 'Bo & <c>', uri: 'https://b.example' },
        categories: [
          { term: 'a<b&"c', label: 'L <1> & "2"', scheme: 'https://s.example' },
          { term: 't', label: 'l' },
        ],
      },
      { id: 'urn:2', title: 'B', link: 'https://p.example/2', updated: '2025-10-02T00:00:00.000Z' },
    ]);
    expect(xml).toBe(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
    <id>https://p.example/f.atom</id>
    <title>T</title>
    <updated>2025-10-03T12:00:00.000Z</updated>
    <generator>Promptly</generator>
    <author>
        <name>A</name>
    </author>
    <link rel="alternate" href="https://p.example/f"/>
    <link rel="self" href="https://p.example/f.atom"/>
    <entry>
        <title type="html"><![CDATA[A &lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot;]]></title>
        <id>urn:1</id>
        <link href="https://p.example/1"/>
        <updated>2025-10-03T12:00:00.000Z</updated>
        <summary type="html"><![CDATA[<p>Para one<br>line two</p><p>second &lt;i&gt;p&lt;/i&gt; &amp;</p>]]></summary>
        <author>
            <name>Bo &amp; &lt;c&gt;</name>
            <uri>https://b.example/</uri>
        </author>
        <category label="L &lt;1> &amp; &quot;2&quot;" scheme="https://s.example/" term="a&lt;b&amp;&quot;c"/>
        <category label="l" term="t"/>
        <published>2025-10-02T12:00:00.000Z</published>
    </entry>
    <entry>
        <title type="html"><![CDATA[B]]></title>
        <id>urn:2</id>
        <link href="https://p.example/2"/>
        <updated>2025-10-02T00:00:00.000Z</updated>
    </entry>
</feed>`);
  });

  it('writes only id, title, link and updated when nothing else is given', () => {
    expect(onlyEntry({})).toBe(entryXml(''));
  });

  it('writes an entry’s author without an address, and a published date', () => {
    expect(onlyEntry({ author: { name: 'Bo' }, published: '2025-10-02T00:00:00.000Z' })).toBe(
      entryXml(`        <author>
            <name>Bo</name>
        </author>
        <published>2025-10-02T00:00:00.000Z</published>
`),
    );
  });

  it('takes out of titles, names and categories what XML cannot hold, U+FFFF too', () => {
    expect(
      onlyEntry({
        title: 'x\u0001\uffff',
        author: { name: 'B\u0003\uffff' },
        categories: [{ term: 'a\uffffb\u0001<', label: 'c\u0000' }],
        published: '',
      }),
    ).toBe(
      entryXml(`        <author>
            <name>B</name>
        </author>
        <category label="c" term="ab&lt;"/>
`),
    );
  });

  it('writes an empty list of categories as none', () => {
    expect(onlyEntry({ categories: [] })).toBe(entryXml(''));
  });

  it('escapes a title that would end the CDATA section', () => {
    expect(onlyEntry({ title: 'a]]>b' })).toContain('<title type="html"><![CDATA[a]]&gt;b]]></title>');
  });
});

describe('atomFeed: a summary as paragraphs of plain text', () => {
  it.each([
    ['one line', 'Hello', '<p>Hello</p>'],
    ['line breaks within a paragraph', 'one\ntwo\nthree', '<p>one<br>two<br>three</p>'],
    ['paragraphs split at an empty line', 'a\n\nb', '<p>a</p><p>b</p>'],
    ['a line of one space between', 'a\n \nb', '<p>a</p><p>b</p>'],
    ['a line of spaces and tabs between', 'a\n \t \nb', '<p>a</p><p>b</p>'],
    ['several empty lines between', 'a\n\n\n\nb', '<p>a</p><p>b</p>'],
    ['three paragraphs', 'a\n\nb\n\nc', '<p>a</p><p>b</p><p>c</p>'],
    ['paragraphs trimmed, blank ones dropped', '\n\n  A  \n\n\n', '<p>A</p>'],
    ['leading spaces of a paragraph trimmed', 'a\n\n   b', '<p>a</p><p>b</p>'],
    ['markup escaped, controls taken out', 'x\u0001<y> & "z"', '<p>x&lt;y&gt; &amp; &quot;z&quot;</p>'],
  ])('%s', (_label, summary, expected) => {
    expect(summaryOf(summary)).toBe(expected);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['only empty lines', '\n\n \n'],
  ])('writes none for a summary %s', (_label, summary) => {
    expect(onlyEntry({ summary })).toBe(entryXml(''));
  });
});
