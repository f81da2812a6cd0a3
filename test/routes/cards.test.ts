import { describe, expect, it } from 'vitest';
import { form, makePublic, post, testApp } from '../helpers.ts';
import { postPiece, writerSetup } from './progress-helpers.ts';
import { childrenNamed, parseXml, type XmlNode } from './xml.ts';

const CARD = '/@ann/events/promptober-demo/card.svg';

/** ann, public, named with markup, with two days of the demo filled (1,234 words); bo private. */
async function cardApp() {
  const t = testApp();
  const ann = await writerSetup(t, 'ann');
  const bo = await writerSetup(t, 'bo');
  await makePublic(t.app, ann.cookie, 'ann');
  const name = {
    display_name: 'Ann <&> "Q"',
    email: '',
    time_zone: 'UTC',
    week_start: '1',
    profile_public: 'on',
  };
  expect((await ann.request('/settings', post(form(name)))).status).toBe(303);
  await postPiece(ann.api, { title: 'One', words: 1000, fills: [{ event: 'promptober-demo', day: 1 }] });
  await postPiece(ann.api, { title: 'Two', words: 234, fills: [{ event: 'promptober-demo', day: 2 }] });
  await postPiece(ann.api, {
    title: 'Draft',
    words: 999,
    status: 'drafting',
    fills: [{ event: 'promptober-demo', day: 3 }],
  });
  return { ...t, ann, bo };
}

const texts = (svg: XmlNode): string[] => childrenNamed(svg, 'text').map((t) => t.text);

describe('the progress card', () => {
  it('is an SVG with the event, days filled of days, words, a bar and the name, escaped, with a <title>', async () => {
    const t = await cardApp();
    const res = await t.app.request(CARD);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('image/svg+xml; charset=utf-8');
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
    const body = await res.text();
    expect(body).not.toMatch(/<script|on\w+=|href=/i);
    const svg = parseXml(body);
    expect(svg.name).toBe('svg');
    expect(svg.attrs).toMatchObject({ width: '400', height: '110', role: 'img' });
    expect(childrenNamed(svg, 'title')[0]?.text).toBe(
      'Ann <&> "Q" in Promptober October 2025 (demo): 2 of 31 days filled, 1,234 words',
    );
    const shown = texts(svg).join(' | ');
    for (const part of ['Promptober October 2025', 'by Ann <&> "Q"', '2 of 31 days', '1,234 words', '6%'])
      expect(shown).toContain(part);
    expect(childrenNamed(svg, 'rect')).toHaveLength(3);
  });

  it('comes light and dark, wide and narrow', async () => {
    const t = await cardApp();
    const fill = async (path: string) =>
      childrenNamed(parseXml(await (await t.app.request(path)).text()), 'rect')[0]?.attrs.fill;
    expect(await fill(CARD)).toBe('#ffffff');
    expect(await fill(`${CARD}?theme=dark`)).toBe('#221e27');
    const narrow = parseXml(await (await t.app.request(`${CARD}?size=narrow`)).text());
    expect(narrow.attrs).toMatchObject({ width: '240', height: '140' });
  });

  it('exists only for public profiles and real events', async () => {
    const t = await cardApp();
    expect((await t.app.request('/@bo/events/promptober-demo/card.svg')).status).toBe(404);
    expect((await t.bo.request('/@bo/events/promptober-demo/card.svg')).status).toBe(404);
    expect((await t.app.request('/@ann/events/nope/card.svg')).status).toBe(404);
    expect((await t.app.request('/@nobody/events/promptober-demo/card.svg')).status).toBe(404);
  });

  it('carries an ETag: 304 while nothing changed, a new one after a fill', async () => {
    const t = await cardApp();
    const etag = (await t.app.request(CARD)).headers.get('ETag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await t.app.request(CARD, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect((await t.app.request(`${CARD}?theme=dark`, { headers: { 'If-None-Match': etag } })).status).toBe(
      200,
    );
    await postPiece(t.ann.api, { title: 'Three', fills: [{ event: 'promptober-demo', day: 3 }] });
    const after = await t.app.request(CARD, { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('3 of 31 days');
  });

  it('the event and stats pages offer its code to copy for AO3, Tumblr, Dreamwidth and Markdown', async () => {
    const t = await cardApp();
    for (const page of ['/events/promptober-demo', '/stats?event=promptober-demo']) {
      const html = await (await t.ann.request(page)).text();
      for (const key of ['ao3', 'tumblr', 'dreamwidth', 'markdown'])
        expect(html, page).toContain(`id="embed-${key}"`);
      expect(html).toContain('&lt;img src=&quot;http://localhost/@ann/events/promptober-demo/card.svg&quot;');
      expect(html).toContain('data-copy="#embed-ao3"');
    }
    // A private writer is told how to get one; a visitor gets nothing.
    expect(await (await t.bo.request('/events/promptober-demo')).text()).toContain('make yours public');
    expect(await (await t.app.request('/events/promptober-demo')).text()).not.toContain('embed-title');
  });
});
