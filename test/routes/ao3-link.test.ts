import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { writers } from '../../db/schema.ts';
import { createToken } from '../../src/queries/tokens.ts';
import { ao3App } from '../ao3/app.ts';
import { ao3Fixture, type FakeRoute, startFakeAo3 } from '../ao3/fake-ao3.ts';
import { form, post } from '../helpers.ts';

const WORK = '/works/48151623?view_adult=true&view_full_work=true';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/ao3/${name}`, import.meta.url), 'utf8');
let fake: Awaited<ReturnType<typeof startFakeAo3>> | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function withFake(routes: Record<string, FakeRoute>, timeoutMs = 300) {
  fake = await startFakeAo3(routes);
  return { fake, t: await ao3App(fake.url, { timeoutMs }) };
}

const importing = (paste: string, extra: Record<string, string> = {}) =>
  post(form({ intent: 'import', paste, ...extra }));

describe('a link is enough: the log form fetches the work from AO3', () => {
  it.each([
    'https://archiveofourown.org/works/48151623',
    'https://archiveofourown.org/works/48151623/chapters/130000002',
    'https://www.ao3.org/works/48151623',
    'archiveofourown.org/works/48151623',
  ])('%s fills the form and ticks the day’s prompt it names', async (link) => {
    const { fake, t } = await withFake({ [WORK]: { body: ao3Fixture('work-page.html') } });
    const res = await t.request('/pieces', importing(link));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('value="Cold Hands, Warm Heart"');
    expect(html).toContain('value="139"');
    expect(html).toContain('value="https://archiveofourown.org/works/48151623"');
    expect(html).toContain('value="2025-10-17"');
    expect(html).toMatch(/<option value="whumptober-2025" selected/);
    expect(html).toMatch(/name="prompts-17" value="1" checked/);
    expect(html).not.toMatch(/name="prompts-17" value="2" checked/);
    expect(html).toContain('Found the prompt for day 17.');
    expect(fake.requests.map((r) => r.path)).toEqual([WORK]);
    expect(t.count('pieces')).toBe(0);
  });

  it('the configured host is AO3 too', async () => {
    const { fake, t } = await withFake({ [WORK]: { body: ao3Fixture('work-page.html') } });
    const res = await t.request('/pieces', importing(`${fake.url}/works/48151623`));
    expect(await res.text()).toContain('value="Cold Hands, Warm Heart"');
  });

  it('a link to any other site is refused with 422 and never fetched', async () => {
    const { fake, t } = await withFake({});
    const res = await t.request('/pieces', importing('https://example.com/works/48151623'));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('only fetches pages from AO3');
    expect(fake.requests).toHaveLength(0);
  });

  it.each<[string, Record<string, FakeRoute>, RegExp]>([
    ['a deleted work', { [WORK]: { status: 404, body: ao3Fixture('not-found.html') } }, /no such work/],
    [
      'a restricted work',
      {
        [WORK]: { status: 302, headers: { Location: '/users/login?restricted=true' } },
        '/users/login?restricted=true': { body: ao3Fixture('restricted.html') },
      },
      /only shown to signed-in AO3 users/,
    ],
    ['AO3 asking to slow down', { [WORK]: { status: 429, body: 'Retry later' } }, /slow down/],
    ['a timeout', { [WORK]: { body: ao3Fixture('work-page.html'), delayMs: 1000 } }, /did not answer/],
    [
      'a Cloudflare challenge',
      { [WORK]: { status: 503, body: ao3Fixture('cloudflare.html') } },
      /check for robots/,
    ],
    ['a body too large', { [WORK]: { body: 'x'.repeat(6 * 1024 * 1024) } }, /larger than 5 MB/],
    [
      'a redirect to another site',
      { [WORK]: { status: 301, headers: { Location: 'https://mirror.example/works/48151623' } } },
      /another site \(mirror\.example\)/,
    ],
  ])('%s: the link is kept, with the reason and “paste the page instead”', async (_, routes, reason) => {
    const { t } = await withFake(routes);
    const res = await t.request('/pieces', importing('https://archiveofourown.org/works/48151623'));
    const html = await res.text();
    expect(html).toMatch(reason);
    expect(html).toContain('Paste the page instead');
    expect(html).toContain('value="https://archiveofourown.org/works/48151623"');
    expect(t.count('pieces')).toBe(0);
  });

  it('with fetching off, only the link is filled', async () => {
    const t = await ao3App(null);
    const html = await (await t.request('/pieces', importing('https://archiveofourown.org/works/5'))).text();
    expect(html).toContain('value="https://archiveofourown.org/works/5"');
    expect(html).toContain('does not fetch pages from AO3');
  });

  it('ten fetches a minute per writer: the eleventh is refused with 429', async () => {
    const routes = Object.fromEntries(
      Array.from({ length: 12 }, (_, k) => [
        `/works/${k + 1}?view_adult=true&view_full_work=true`,
        { body: ao3Fixture('work-page.html') },
      ]),
    );
    // A long timeout: the twelve pages are read one after another while the fetches wait.
    const { fake, t } = await withFake(routes, 10_000);
    const statuses = await Promise.all(
      Array.from({ length: 12 }, (_, k) =>
        Promise.resolve(t.request('/pieces', importing(`https://archiveofourown.org/works/${k + 1}`))).then(
          (r) => r.status,
        ),
      ),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
    expect(fake.requests).toHaveLength(10);
  });

  it('a work already logged is named when its page fills the form again', async () => {
    const { t } = await withFake({});
    const page = fixture('work-page.html');
    const filled = await (await t.request('/pieces', importing(page))).text();
    const title = /name="title"[^>]*value="([^"]+)"/.exec(filled)?.[1] ?? 'Cold Hands, Warm Heart';
    await t.request(
      '/pieces',
      post(
        form({
          title,
          words: '139',
          url: 'https://archiveofourown.org/works/48151623',
          rating: 'Not Rated',
          status: 'posted',
        }),
      ),
    );
    const again = await (await t.request('/pieces', importing(page))).text();
    expect(again).toContain('You already logged this work');
  });
});

describe('pages that are not a work, pasted into the log form', () => {
  it.each(['restricted.html', 'not-found.html', 'adult.html', 'cloudflare.html'])(
    '%s: 422 and what to do',
    async (name) => {
      const t = await ao3App(null);
      const res = await t.request('/pieces', importing(fixture(name)));
      expect(res.status).toBe(422);
      expect(await res.text()).toMatch(/paste|Check the link/);
    },
  );

  it('a saved work page fills every field, ticking the prompt, with the work’s own link', async () => {
    const t = await ao3App(null);
    const html = await (await t.request('/pieces', importing(fixture('work-page.html')))).text();
    expect(html).toContain('value="Cold Hands, Warm Heart"');
    expect(html).toContain('value="Marvel Cinematic Universe, Spider-Man: Homecoming (2017)"');
    expect(html).toContain('value="https://archiveofourown.org/works/48151623"');
    expect(html).not.toContain('works/999"');
    expect(html).toMatch(/name="prompts-17" value="1" checked/);
  });
});

describe('POST /api/v1/pieces/parse with a url', () => {
  const json = (body: unknown, token?: string): RequestInit => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const tokenFor = (t: Awaited<ReturnType<typeof ao3App>>) => {
    const writer = t.db.insert(writers).values({ username: 'api', displayName: 'api' }).returning().get();
    return createToken(t.db, writer.id, 'test').token;
  };

  it('fetches and reads the work, with its authors and the event days it fills', async () => {
    const { t } = await withFake({ [WORK]: { body: ao3Fixture('work-page.html') } });
    const res = await t.app.request(
      '/api/v1/pieces/parse',
      json({ url: 'https://archiveofourown.org/works/48151623' }, tokenFor(t)),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      work_id: '48151623',
      authors: ['quietlark', 'fern_and_feather (mossy)'],
      events: [{ event: 'whumptober-2025', day: 17, prompts: [1] }],
    });
  });

  it('needs a token to fetch, and refuses other hosts without fetching', async () => {
    const { fake, t } = await withFake({ [WORK]: { body: ao3Fixture('work-page.html') } });
    expect(
      (
        await t.app.request(
          '/api/v1/pieces/parse',
          json({ url: 'https://archiveofourown.org/works/48151623' }),
        )
      ).status,
    ).toBe(401);
    const other = await t.app.request(
      '/api/v1/pieces/parse',
      json({ url: 'https://evil.example/works/1' }, tokenFor(t)),
    );
    expect(other.status).toBe(422);
    expect(await other.json()).toEqual({
      error: expect.stringContaining('only fetches pages from AO3'),
      fields: expect.any(Object),
    });
    expect(fake.requests).toHaveLength(0);
  });

  it.each<[string, FakeRoute, number]>([
    ['404', { status: 404, body: ao3Fixture('not-found.html') }, 422],
    ['429', { status: 429, body: 'Retry later' }, 502],
    ['503', { status: 503, body: 'down' }, 502],
    ['challenge', { body: ao3Fixture('cloudflare.html') }, 502],
    ['timeout', { body: 'x', delayMs: 1000 }, 504],
  ])('AO3 answering %s: its status, with { error }', async (_, route, status) => {
    const { t } = await withFake({ [WORK]: route });
    const res = await t.app.request(
      '/api/v1/pieces/parse',
      json({ url: 'https://archiveofourown.org/works/48151623' }, tokenFor(t)),
    );
    expect(res.status).toBe(status);
    expect(Object.keys(await res.json())).toEqual(['error']);
  });

  it('a pasted page that is not a work: 422 { error }', async () => {
    const t = await ao3App(null);
    const res = await t.app.request('/api/v1/pieces/parse', json({ text: fixture('restricted.html') }));
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ error: expect.stringContaining('signed-in') });
  });
});
