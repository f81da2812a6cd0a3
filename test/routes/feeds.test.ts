import { describe, expect, it } from 'vitest';
import { events } from '../../db/schema.ts';
import { makePublic, testApp } from '../helpers.ts';
import { postPiece, writerSetup } from './progress-helpers.ts';
import { childrenNamed, childText, parseXml, type XmlNode } from './xml.ts';

const NASTY = 'Tom & "Jerry" <b>bold</b> ]]> it’s ]]> done';
const ATOM = 'http://www.w3.org/2005/Atom';

/** ann (public) and bo (private), each with a posted piece on day 2; ann also a draft. */
async function feedApp() {
  const t = testApp();
  const ann = await writerSetup(t, 'ann');
  const bo = await writerSetup(t, 'bo');
  await makePublic(t.app, ann.cookie, 'ann');
  const fill = [{ event: 'promptober-demo', day: 2, prompts: [1] }];
  const shown = await postPiece(ann.api, {
    title: NASTY,
    url: 'https://archiveofourown.org/works/1?a=1&b=2',
    summary: 'One <i>line</i>.\n\nAnd & another.',
    fandoms: ['Good Omens'],
    fills: fill,
  });
  await postPiece(ann.api, { title: 'Ann’s draft', status: 'drafting', fills: fill });
  await postPiece(bo.api, { title: 'Bo’s secret', fills: fill });
  return { ...t, ann, bo, shown };
}

/** The feed at `path`, checked as Atom: well-formed, the required elements of the feed and of each entry. */
async function atom(app: ReturnType<typeof testApp>['app'], path: string): Promise<XmlNode> {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8');
  const feed = parseXml(await res.text());
  expect(feed.name).toBe('feed');
  expect(feed.attrs.xmlns).toBe(ATOM);
  for (const name of ['id', 'title', 'updated']) expect(childText(feed, name), name).toBeTruthy();
  const links = childrenNamed(feed, 'link');
  expect(links.find((l) => l.attrs.rel === 'self')?.attrs.href).toBe(`http://localhost${path}`);
  expect(links.some((l) => l.attrs.rel === 'alternate')).toBe(true);
  const feedAuthor = childrenNamed(feed, 'author').length > 0;
  for (const entry of childrenNamed(feed, 'entry')) {
    for (const name of ['id', 'title', 'updated']) expect(childText(entry, name), name).toBeTruthy();
    expect(childrenNamed(entry, 'link')[0]?.attrs.href).toMatch(/^https?:\/\//);
    expect(feedAuthor || childrenNamed(entry, 'author').length > 0).toBe(true);
    expect(Number.isNaN(Date.parse(childText(entry, 'updated') ?? ''))).toBe(false);
  }
  return feed;
}

const entries = (feed: XmlNode) => childrenNamed(feed, 'entry');
const titles = (feed: XmlNode) => entries(feed).map((e) => childText(e, 'title'));
/** An html-typed text as a reader shows it. */
const shown = (html = '') =>
  html
    .replace(/<[^>]*>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

describe('the Atom feeds', () => {
  it('an event’s feed: its public pieces with title, author, link, date, summary and categories, escaped', async () => {
    const t = await feedApp();
    const feed = await atom(t.app, '/events/promptober-demo/pieces.atom');
    expect(entries(feed)).toHaveLength(1);
    const entry = entries(feed)[0] as XmlNode;
    expect(childrenNamed(entry, 'title')[0]?.attrs.type).toBe('html');
    // Escaped as HTML, so a reader shows the title as typed, not bold.
    expect(childText(entry, 'title')).not.toContain('<b>');
    expect(shown(childText(entry, 'title'))).toBe(NASTY);
    expect(childrenNamed(entry, 'link')[0]?.attrs.href).toBe('https://archiveofourown.org/works/1?a=1&b=2');
    expect(childText(entry, 'id')).toBe(`http://localhost/pieces/${t.shown}`);
    expect(childText(childrenNamed(entry, 'author')[0] as XmlNode, 'name')).toBe('ann');
    expect(childText(entry, 'summary')).toContain('&lt;i&gt;line&lt;/i&gt;');
    expect(shown(childText(entry, 'summary'))).toContain('100 words · Good Omens');
    expect(childText(entry, 'published')).toBe('2025-10-02T00:00:00.000Z');
    const categories = childrenNamed(entry, 'category').map((c) => [c.attrs.term, c.attrs.label]);
    expect(categories).toEqual([
      ['day-2', 'Day 2'],
      ['Frostbite', 'Frostbite'],
    ]);
  });

  it('leaves out drafts, private profiles’ pieces and other events’ pieces; holds the newest 50', async () => {
    const t = await feedApp();
    const text = await (await t.app.request('/events/promptober-demo/pieces.atom')).text();
    expect(text).not.toContain('draft');
    expect(text).not.toContain('secret');
    for (let i = 1; i <= 51; i++)
      await postPiece(t.ann.api, {
        title: `Piece ${i}`,
        posted_on: `2025-10-${String(1 + (i % 20)).padStart(2, '0')}`,
        fills: [{ event: 'promptober-demo', day: 1 + (i % 20) }],
      });
    const feed = await atom(t.app, '/events/promptober-demo/pieces.atom');
    expect(entries(feed)).toHaveLength(50);
    const published = entries(feed).map((e) => childText(e, 'published') ?? '');
    expect([...published].sort().reverse()).toEqual(published);
    expect(await (await t.app.request('/events/nope/pieces.atom')).status).toBe(404);
  });

  it('a writer’s feed: public profiles only, posted pieces only', async () => {
    const t = await feedApp();
    const feed = await atom(t.app, '/@ann.atom');
    expect(titles(feed).map(shown)).toEqual([NASTY]);
    expect(childText(childrenNamed(feed, 'author')[0] as XmlNode, 'name')).toBe('ann');
    expect(childrenNamed(entries(feed)[0] as XmlNode, 'category')[0]?.attrs.label).toBe(
      'Promptober October 2025 (demo): Day 2',
    );
    expect((await t.app.request('/@bo.atom')).status).toBe(404);
    // Not even its writer gets a private profile's feed.
    expect((await t.bo.request('/@bo.atom')).status).toBe(404);
    expect((await t.app.request('/@nobody.atom')).status).toBe(404);
  });

  it('new events: hidden ones left out, names escaped; a prompt with < and & stays well-formed', async () => {
    const t = await feedApp();
    const made = await t.ann.api.post('/events', {
      slug: 'fun-2026',
      name: 'Fic & <Fun> "2026"',
      first_day: '2026-01-01',
      days: [{ day: 1, prompts: ['<3 & "love"'] }],
    });
    expect(made.status, await made.clone().text()).toBe(201);
    t.db
      .insert(events)
      .values({
        slug: 'secret',
        name: 'Hidden one',
        firstDay: '2026-02-01',
        lastDay: '2026-02-02',
        hidden: true,
      })
      .run();
    const feed = await atom(t.app, '/events.atom');
    expect(titles(feed).map(shown)).toEqual(['Fic & <Fun> "2026"', 'Promptober October 2025 (demo)']);
    await postPiece(t.ann.api, { title: 'Heart', fills: [{ event: 'fun-2026', day: 1, prompts: [1] }] });
    const fun = await atom(t.app, '/events/fun-2026/pieces.atom');
    expect(childText(fun, 'title')).toBe('Fic & <Fun> "2026": new pieces');
    const terms = childrenNamed(entries(fun)[0] as XmlNode, 'category').map((c) => c.attrs.term);
    expect(terms).toEqual(['day-1', '<3 & "love"']);
    // Another event's piece stays out of this one's feed.
    expect(titles(await atom(t.app, '/events/promptober-demo/pieces.atom')).map(shown)).not.toContain(
      'Heart',
    );
  });

  it('carry an ETag and Last-Modified, answer 304 to either, and change with the feed', async () => {
    const t = await feedApp();
    for (const path of ['/events/promptober-demo/pieces.atom', '/@ann.atom', '/events.atom']) {
      const first = await t.app.request(path);
      const etag = first.headers.get('ETag') ?? '';
      const modified = first.headers.get('Last-Modified') ?? '';
      expect(etag, path).toMatch(/^"[\w-]+"$/);
      expect(Number.isNaN(Date.parse(modified))).toBe(false);
      const again = await t.app.request(path, { headers: { 'If-None-Match': etag } });
      expect(again.status, path).toBe(304);
      expect(await again.text()).toBe('');
      expect((await t.app.request(path, { headers: { 'If-Modified-Since': modified } })).status).toBe(304);
      expect((await t.app.request(path, { headers: { 'If-None-Match': '"other"' } })).status).toBe(200);
    }
    const path = '/events/promptober-demo/pieces.atom';
    const before = (await t.app.request(path)).headers.get('ETag') ?? '';
    await postPiece(t.ann.api, { title: 'Newer', fills: [{ event: 'promptober-demo', day: 3 }] });
    const after = await t.app.request(path, { headers: { 'If-None-Match': before } });
    expect(after.status).toBe(200);
    expect(after.headers.get('ETag')).not.toBe(before);
    expect(titles(parseXml(await after.text())).map(shown)).toContain('Newer');
  });

  it('are linked from their pages with rel="alternate"', async () => {
    const t = await feedApp();
    const link = '<link rel="alternate" type="application/atom+xml"';
    const pages: [string, string][] = [
      ['/events', '/events.atom'],
      ['/events/promptober-demo', '/events/promptober-demo/pieces.atom'],
      ['/events/promptober-demo/pieces', '/events/promptober-demo/pieces.atom'],
      ['/@ann', '/@ann.atom'],
    ];
    for (const [page, feed] of pages) {
      const html = await (await t.app.request(page)).text();
      expect(html, page).toContain(link);
      expect(html, page).toContain(`href="${feed}"`);
    }
    // bo's own view of his private profile offers no feed.
    expect(await (await t.bo.request('/@bo')).text()).not.toContain('application/atom+xml');
  });
});
