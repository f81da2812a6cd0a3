import { afterEach, describe, expect, it } from 'vitest';
import { writers } from '../../db/schema.ts';
import { jobsOf } from '../../src/ao3/jobs.ts';
import { createToken } from '../../src/queries/tokens.ts';
import { ao3App } from '../ao3/app.ts';
import { ao3Fixture, type FakeRoute, startFakeAo3 } from '../ao3/fake-ao3.ts';
import { formData } from '../ao3/form-data.ts';
import { form, HX, post, withCookie } from '../helpers.ts';

let fake: Awaited<ReturnType<typeof startFakeAo3>> | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

type App = Awaited<ReturnType<typeof ao3App>>;

/** The fills saved, as "title: day [prompt positions]". */
const saved = (t: App) =>
  t.sqlite
    .prepare(
      `select p.title, p.url, p.posted_on as posted, d.number as day, group_concat(pr.position) as prompts
       from pieces p left join fills f on f.piece_id = p.id left join event_days d on d.id = f.day_id
       left join fill_prompts fp on fp.fill_id = f.id left join prompts pr on pr.id = fp.prompt_id
       group by p.id, d.id order by p.id`,
    )
    .all() as { title: string; url: string; posted: string; day: number | null; prompts: string | null }[];

async function preview(t: App, page: string, event = 'whumptober-2025') {
  const res = await t.request('/pieces/import', post(form({ event, paste: ao3Fixture(page) })));
  return { res, html: await res.text() };
}

const save = (t: App, html: string) =>
  t.request('/pieces/import/save', post(formData(html, 'import-preview', ['intent', 'save'])));

describe('Import from AO3: a pasted list', () => {
  it('is offered on the collection and event pages, to writers only', async () => {
    const t = await ao3App(null);
    expect(await (await t.request('/pieces')).text()).toContain('href="/pieces/import"');
    expect(await (await t.request('/events/whumptober-2025')).text()).toContain(
      '/pieces/import?event=whumptober-2025',
    );
    const page = await (await t.request('/pieces/import?event=whumptober-2025')).text();
    expect(page).toMatch(/<option value="whumptober-2025" selected/);
    expect((await t.app.request('/pieces/import')).status).toBe(303);
  });

  it('previews every work: link, words, date, fandoms, rating, and the day and prompts it fills', async () => {
    const t = await ao3App(null);
    const { res, html } = await preview(t, 'user-works-1.html');
    expect(res.status).toBe(200);
    for (const text of [
      'Paper Boats',
      'Day 2: Shaking Hands',
      'Ice',
      '1,203 words',
      '2,410 words',
      'Marvel Cinematic Universe',
      'Teen And Up Audiences',
    ])
      expect(html).toContain(text);
    expect(html).toContain('href="https://archiveofourown.org/works/60000001"');
    expect(html).toContain('datetime="2025-10-01"');
    expect(html).toMatch(/name="day_0"[^>]*>[\s\S]*?<option value="1" selected/);
    expect(html).toMatch(/name="prompts_0_1" value="2" checked/); // "Paper Boats", named by the title
    expect(html).toMatch(/name="prompts_1_2" value="2" checked/); // "Shaking Hands"
    expect(html).toMatch(/name="prompts_2_3" value="1" checked/); // "Frostbite", quoted in the summary
    expect(html).toMatch(/name="pick" value="0" checked/);
    expect(t.count('pieces')).toBe(0);
  });

  it('imports the chosen works in one go, then adds nothing the second time', async () => {
    const t = await ao3App(null);
    const first = await preview(t, 'user-works-1.html');
    const res = await save(t, first.html);
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/pieces/import/done?added=3&skipped=0&event=whumptober-2025');
    expect(saved(t)).toEqual([
      {
        title: 'Paper Boats',
        url: 'https://archiveofourown.org/works/60000001',
        posted: '2025-10-01',
        day: 1,
        prompts: '2',
      },
      {
        title: 'Day 2: Shaking Hands',
        url: 'https://archiveofourown.org/works/60000002',
        posted: '2025-10-02',
        day: 2,
        prompts: '2',
      },
      {
        title: 'Ice',
        url: 'https://archiveofourown.org/works/60000003',
        posted: '2025-10-03',
        day: 3,
        prompts: '1',
      },
    ]);
    const again = await preview(t, 'user-works-1.html');
    expect(again.html.match(/Already logged as/g)).toHaveLength(3);
    expect(again.html).not.toMatch(/name="pick" value="\d+" checked/);
    // The first preview sent again (a resent form): still nothing added.
    const resent = await save(t, first.html);
    expect(resent.status).toBe(422);
    expect(t.count('pieces')).toBe(3);
  });

  it('the same import sent twice at once adds each work once', async () => {
    const t = await ao3App(null);
    const { html } = await preview(t, 'collection-works.html');
    const answers = await Promise.all([save(t, html), save(t, html), save(t, html)]);
    expect(answers.map((a) => a.status)).toEqual([303, 303, 303]);
    expect(t.count('pieces')).toBe(3);
    expect(answers.map((a) => a.headers.get('Location')).sort()).toEqual([
      '/pieces/import/done?added=0&skipped=3&event=whumptober-2025',
      '/pieces/import/done?added=0&skipped=3&event=whumptober-2025',
      '/pieces/import/done?added=3&skipped=0&event=whumptober-2025',
    ]);
  });

  it('keeps the writer’s corrections: another day, another prompt, a work left out', async () => {
    const t = await ao3App(null);
    const { html } = await preview(t, 'user-works-1.html');
    const data = formData(html, 'import-preview', ['intent', 'save']);
    data.delete('pick');
    data.append('pick', '2');
    data.set('day_2', '4');
    data.delete('prompts_2_3');
    data.append('prompts_2_4', '2');
    expect((await t.request('/pieces/import/save', post(data))).status).toBe(303);
    expect(saved(t)).toEqual([
      {
        title: 'Ice',
        url: 'https://archiveofourown.org/works/60000003',
        posted: '2025-10-03',
        day: 4,
        prompts: '2',
      },
    ]);
  });

  it('a bad work refuses the whole import, saying which, and saves nothing', async () => {
    const t = await ao3App(null);
    const { html } = await preview(t, 'user-works-1.html');
    const data = formData(html, 'import-preview', ['intent', 'save']);
    const works = data.getAll('work').map((w) => JSON.parse(w));
    works[1].title = '';
    data.delete('work');
    for (const w of works) data.append('work', JSON.stringify(w));
    const res = await t.request('/pieces/import/save', post(data));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Give the piece a title.');
    expect(t.count('pieces')).toBe(0);
    data.set('work', '{"work_id": "1; drop table"}');
    expect((await t.request('/pieces/import/save', post(data))).status).toBe(400);
  });

  it('another event re-reads the days; htmx gets the preview alone', async () => {
    const t = await ao3App(null);
    const { html } = await preview(t, 'user-works-1.html');
    const data = formData(html, 'import-preview', ['intent', 'refresh']);
    data.set('event', '');
    const res = await t.request('/pieces/import/save', {
      ...post(data),
      headers: { ...post(data).headers, ...HX },
    });
    const fragment = await res.text();
    expect(fragment).toMatch(/^<form id="import-preview"/);
    expect(fragment).toMatch(/<option value="whumptober-2025" selected/); // found from the works
  });

  it.each([
    ['work-page.html', /one work, not a list/],
    ['restricted.html', /signed-in/],
    ['one-shot-inline.txt', /Paste the list’s HTML/],
  ])('%s: 422 with what to do', async (page, message) => {
    const t = await ao3App(null);
    const { res, html } = await preview(t, page);
    expect(res.status).toBe(422);
    expect(html).toMatch(message);
  });
});

describe('Import from AO3: a linked list, fetched page by page', () => {
  async function withFake(routes: Record<string, FakeRoute>) {
    fake = await startFakeAo3(routes);
    return { fake, t: await ao3App(fake.url, { timeoutMs: 3000 }) };
  }
  const pages = (delayMs = 0): Record<string, FakeRoute> => ({
    '/users/quietlark/works': { body: ao3Fixture('user-works-1.html') },
    '/users/quietlark/works?page=2': { body: ao3Fixture('user-works-2.html'), delayMs },
  });
  const start = (t: App, url: string) =>
    t.request('/pieces/import', post(form({ event: 'whumptober-2025', url, paste: '' })));

  it('shows its progress (a page that refreshes itself, or htmx polling), then the preview of every page', async () => {
    const { fake, t } = await withFake(pages(200));
    const res = await start(t, 'https://archiveofourown.org/users/quietlark/works');
    expect(res.status).toBe(303);
    const location = res.headers.get('Location')!;
    expect(location).toMatch(/^\/pieces\/import\/jobs\/[0-9a-f]{24}$/);
    await new Promise((r) => setTimeout(r, 80));
    const progress = await (await t.request(location)).text();
    expect(progress).toContain('Fetched 1 of 2 pages found');
    expect(progress).toMatch(/<noscript><meta http-equiv="refresh" content="2"/);
    const polled = await (await t.request(location, { headers: HX })).text();
    expect(polled).toMatch(/^<section id="import-progress"[^>]*hx-trigger="every 1s"/);
    await jobsOf(t.ao3!, t.db).settled(location.split('/').pop()!);
    const done = await (await t.request(location)).text();
    expect(done).toContain('5 works found');
    expect(done).toContain('Four Walls');
    expect(fake.requests.map((r) => r.path)).toEqual([
      '/users/quietlark/works',
      '/users/quietlark/works?page=2',
    ]);
    expect((await save(t, done)).status).toBe(303);
    // "Something Else Entirely" fills no day, so it was not chosen.
    expect(t.count('pieces')).toBe(4);
  });

  it('can be cancelled, keeping the pages read', async () => {
    const { t } = await withFake(pages(250));
    const location = (await start(t, 'https://archiveofourown.org/users/quietlark/works')).headers.get(
      'Location',
    )!;
    await new Promise((r) => setTimeout(r, 80));
    const cancelled = await t.request(`${location}/cancel`, post(form({})));
    expect(cancelled.status).toBe(303);
    const html = await (await t.request(location)).text();
    expect(html).toContain('Cancelled after 1 of 2 pages.');
    expect(html).toContain('3 works found');
  });

  it('is the writer’s own: another writer finds nothing', async () => {
    const { t } = await withFake(pages());
    const location = (await start(t, 'https://archiveofourown.org/users/quietlark/works')).headers.get(
      'Location',
    )!;
    const other = await t.app.request(
      '/signup',
      post(form({ username: 'bea', password: 'correct horse battery' })),
    );
    const cookie = other.headers.getSetCookie()[0]!.split(';')[0]!;
    expect((await t.app.request(location, withCookie(cookie))).status).toBe(404);
  });

  it.each([
    ['https://example.com/users/quietlark/works', /only fetches pages from AO3/],
    ['https://archiveofourown.org/works/60000001', /That is one work/],
    ['https://archiveofourown.org/tags/Fluff/works', /not a work or a list of works/],
  ])('%s: 422, never fetched', async (url, message) => {
    const { fake, t } = await withFake(pages());
    const res = await start(t, url);
    expect(res.status).toBe(422);
    expect(await res.text()).toMatch(message);
    expect(fake.requests).toHaveLength(0);
  });

  it('a list AO3 will not show: the preview says why', async () => {
    const { t } = await withFake({ '/users/quietlark/bookmarks': { status: 429, body: 'Retry later' } });
    const location = (await start(t, 'https://archiveofourown.org/users/quietlark/bookmarks')).headers.get(
      'Location',
    )!;
    await jobsOf(t.ao3!, t.db).settled(location.split('/').pop()!);
    expect(await (await t.request(location)).text()).toContain('slow down');
  });
});

describe('POST /api/v1/pieces/parse-list', () => {
  const json = (body: unknown, token?: string): RequestInit => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

  it('reads a pasted list: every work with the fields parse gives, and its event days', async () => {
    const t = await ao3App(null);
    const res = await t.app.request('/api/v1/pieces/parse-list', json({ text: ao3Fixture('series.html') }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.works).toHaveLength(2);
    expect(body.works[0]).toMatchObject({
      work_id: '60000001',
      url: 'https://archiveofourown.org/works/60000001',
      title: 'Paper Boats',
      authors: ['quietlark'],
      fandoms: ['Marvel Cinematic Universe'],
      rating: 'General Audiences',
      words: 1203,
      published: '2025-10-01',
      chapters: { current: 1, total: 1 },
      summary: 'Peter, a storm drain, and a very small boat.',
      series: [{ name: 'Whumptober 2025', part: 1 }],
      collections: [],
      prompts: [{ event: 'Whumptober 2025', day: 1, text: null }],
      events: [{ event: 'whumptober-2025', day: 1, prompts: [2] }],
    });
  });

  it('fetches a linked list with a token; 422, 502 and 504 as { error }', async () => {
    fake = await startFakeAo3({
      '/series/3141592': { body: ao3Fixture('series.html') },
      '/series/1': { status: 503, body: 'down' },
      '/series/2': { body: 'x', delayMs: 1000 },
    });
    const t = await ao3App(fake.url);
    const writer = t.db.insert(writers).values({ username: 'api', displayName: 'api' }).returning().get();
    const token = createToken(t.db, writer.id, 'test').token;
    const list = (url: string, tok: string | undefined = token) =>
      t.app.request('/api/v1/pieces/parse-list', json({ url }, tok));
    expect((await list('https://archiveofourown.org/series/3141592', '')).status).toBe(401);
    const ok = await list('https://archiveofourown.org/series/3141592');
    expect(ok.status).toBe(200);
    expect((await ok.json()).works.map((w: { work_id: string }) => w.work_id)).toEqual([
      '60000001',
      '60000002',
    ]);
    expect((await list('https://archiveofourown.org/series/1')).status).toBe(502);
    expect((await list('https://archiveofourown.org/series/2')).status).toBe(504);
    const other = await list('https://example.com/series/1');
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({ error: expect.stringContaining('only fetches') });
  });
});
