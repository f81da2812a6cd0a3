import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers.ts';
import { addShortEvent, postPiece, writerSetup } from './progress-helpers.ts';

const NASTY = 'Ice <b>&amp;</b> *stars* [x](y) _z_';

/** ann's pieces on the three-day "No." event: day 3, then 1, then 2 (with a nasty title), a draft on 2; bo's on 1. */
async function setup() {
  const t = testApp();
  addShortEvent(t.db);
  const ann = await writerSetup(t, 'ann');
  const bo = await writerSetup(t, 'bo');
  const fill = (day: number) => [{ event: 'inktober-test', day, prompts: [1] }];
  await postPiece(ann.api, {
    title: 'Third',
    words: 3000,
    url: 'https://archiveofourown.org/works/3',
    fills: fill(3),
  });
  await postPiece(ann.api, { title: 'First', words: 1, fills: fill(1) });
  await postPiece(ann.api, {
    title: NASTY,
    words: 1234,
    url: 'https://example.org/?a=1&b="2"',
    fills: fill(2),
  });
  await postPiece(ann.api, { title: 'Unfinished', status: 'drafting', fills: fill(2) });
  await postPiece(bo.api, { title: 'Bo’s piece', fills: fill(1) });
  return { ...t, ann, bo };
}

const PATH = '/events/inktober-test/masterpost';

describe('the masterpost', () => {
  it('as Markdown: every posted fill in day order, specials escaped', async () => {
    const { ann } = await setup();
    const res = await ann.request(`${PATH}?format=md`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/markdown; charset=utf-8');
    expect(await res.text()).toBe(
      [
        '**Inktober test**',
        '',
        '- No. 1 — Ink 1 — First (1 word)',
        '- No. 2 — Ink 2 — [Ice \\<b\\>\\&amp;\\</b\\> \\*stars\\* \\[x\\](y) \\_z\\_](https://example.org/?a=1&b="2") (1,234 words)',
        '- No. 3 — Ink 3 — [Third](https://archiveofourown.org/works/3) (3,000 words)',
        '',
      ].join('\n'),
    );
  });

  it('as HTML: a <ul> of <a>s for Tumblr, Dreamwidth and AO3, everything escaped', async () => {
    const { ann } = await setup();
    const res = await ann.request(`${PATH}?format=html`);
    expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toBe(
      [
        '<p><strong>Inktober test</strong></p>',
        '<ul>',
        '  <li>No. 1 — Ink 1 — First (1 word)</li>',
        '  <li>No. 2 — Ink 2 — <a href="https://example.org/?a=1&amp;b=&quot;2&quot;">Ice &lt;b&gt;&amp;amp;&lt;/b&gt; *stars* [x](y) _z_</a> (1,234 words)</li>',
        '  <li>No. 3 — Ink 3 — <a href="https://archiveofourown.org/works/3">Third</a> (3,000 words)</li>',
        '</ul>',
        '',
      ].join('\n'),
    );
  });

  it('as plain text: one line per day, links after the titles', async () => {
    const { ann } = await setup();
    const res = await ann.request(`${PATH}?format=txt`);
    expect(res.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toBe(
      [
        'Inktober test',
        '',
        'No. 1 — Ink 1 — First (1 word)',
        `No. 2 — Ink 2 — ${NASTY} (1,234 words) <https://example.org/?a=1&b="2">`,
        'No. 3 — Ink 3 — Third (3,000 words) <https://archiveofourown.org/works/3>',
        '',
      ].join('\n'),
    );
  });

  it('has a page with each format in a read-only field and a copy button (no inline script)', async () => {
    const { ann } = await setup();
    const html = await (await ann.request(PATH)).text();
    for (const f of ['md', 'html', 'txt']) {
      expect(html).toMatch(new RegExp(`<textarea id="masterpost-${f}" readonly=""`));
      expect(html).toContain(`data-copy="#masterpost-${f}" hidden=""`);
      expect(html).toContain(`href="/events/inktober-test/masterpost?format=${f}"`);
    }
    expect(html).toContain('&lt;ul&gt;');
    expect(html).not.toContain('<b>&amp;</b>');
    expect(html).not.toMatch(/<script(?! src=)/);
    expect(html).not.toContain('Unfinished');
    expect(html).not.toContain('Bo’s piece');
  });

  it('is the writer’s own: a visitor signs in; an unknown event or format is not found', async () => {
    const { app, ann } = await setup();
    expect((await app.request(PATH)).status).toBe(303);
    expect((await ann.request('/events/nope/masterpost')).status).toBe(404);
    expect((await ann.request(`${PATH}?format=pdf`)).status).toBe(404);
  });

  it('is served the same through the API with a token', async () => {
    const { ann } = await setup();
    for (const f of ['md', 'html', 'txt']) {
      const viaApi = await ann.api.get(`/me/masterpost?event=inktober-test&format=${f}`);
      expect(viaApi.status).toBe(200);
      const viaPage = await ann.request(`${PATH}?format=${f}`);
      expect(viaApi.headers.get('Content-Type')).toBe(viaPage.headers.get('Content-Type'));
      expect(await viaApi.text()).toBe(await viaPage.text());
    }
    expect((await ann.api.get('/me/masterpost?event=inktober-test')).headers.get('Content-Type')).toMatch(
      /^text\/markdown/,
    );
    expect((await ann.api.get('/me/masterpost?format=md')).status).toBe(400);
    expect((await ann.api.get('/me/masterpost?event=inktober-test&format=pdf')).status).toBe(400);
    expect((await ann.api.get('/me/masterpost?event=nope')).status).toBe(404);
  });
});
