import { afterEach, describe, expect, it } from 'vitest';
import { memoryDatabase } from '../../db/client.ts';
import { writers } from '../../db/schema.ts';
import { type Ao3ClientOptions, createAo3Client } from '../../src/ao3/client.ts';
import { fetchListing, fetchWork } from '../../src/ao3/fetch.ts';
import { ao3Fixture, type FakeRoute, startFakeAo3 } from './fake-ao3.ts';

const WORK = '/works/48151623?view_adult=true&view_full_work=true';
let fake: Awaited<ReturnType<typeof startFakeAo3>> | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** A fake AO3 with `routes` and a client pointed at it, quick to wait in tests. */
async function setUp(routes: Record<string, FakeRoute>, options: Partial<Ao3ClientOptions> = {}) {
  fake = await startFakeAo3(routes);
  const client = createAo3Client({
    baseUrl: fake.url,
    instanceUrl: 'https://promptly.example',
    spacingMs: 0,
    timeoutMs: 300,
    ...options,
  });
  return { fake, client };
}

describe('fetching a work from AO3', () => {
  it('asks for the whole work past the adult warning, naming Promptly and the instance, and reads it', async () => {
    const { fake, client } = await setUp({ [WORK]: { body: ao3Fixture('work-page.html') } });
    const got = await fetchWork(client, 1, '48151623');
    expect(got).toMatchObject({
      ok: true,
      value: { source: 'ao3-work-html', work_id: '48151623', words: 139 },
    });
    expect(fake.requests.map((r) => r.path)).toEqual([WORK]);
    expect(fake.requests[0]!.userAgent).toMatch(/^Promptly\/.*\+https:\/\/promptly\.example/);
  });

  it.each<[string, FakeRoute, number, RegExp]>([
    ['a deleted work (404)', { status: 404, body: ao3Fixture('not-found.html') }, 422, /no such work/],
    ['AO3 asking to slow down (429)', { status: 429, body: 'Retry later\n' }, 502, /slow down/],
    ['an error of AO3 (503)', { status: 503, body: '<h1>Service Unavailable</h1>' }, 502, /error \(503\)/],
    [
      'a Cloudflare challenge',
      { status: 403, headers: { 'cf-mitigated': 'challenge' }, body: ao3Fixture('cloudflare.html') },
      502,
      /check for robots/,
    ],
    ['a challenge page with 200', { body: ao3Fixture('cloudflare.html') }, 502, /check for robots/],
    ['the adult-content warning', { body: ao3Fixture('adult.html') }, 422, /adult-content warning/],
    ['a timeout', { body: ao3Fixture('work-page.html'), delayMs: 1000 }, 504, /did not answer within 0.3 s/],
    ['a body over the limit', { body: 'x'.repeat(70_000) }, 502, /larger than/],
    [
      'a redirect to another site',
      { status: 302, headers: { Location: 'https://elsewhere.example/works/1' } },
      502,
      /another site \(elsewhere\.example\)/,
    ],
  ])('%s: a clear reason, and the status to answer', async (_, route, status, message) => {
    const { client } = await setUp({ [WORK]: route }, { maxBytes: 64 * 1024 });
    const got = await fetchWork(client, 1, '48151623');
    expect(got.ok).toBe(false);
    if (got.ok) return;
    expect(got.failure.status).toBe(status);
    expect(got.failure.message).toMatch(message);
  });

  it('a body streamed past the limit without a length is cut off', async () => {
    const { client } = await setUp(
      {
        [WORK]: (_req, res) => {
          res.writeHead(200, { 'Content-Type': 'text/html' });
          for (let k = 0; k < 20; k++) res.write('y'.repeat(8192));
          res.end();
        },
      },
      { maxBytes: 64 * 1024 },
    );
    expect(await fetchWork(client, 1, '48151623')).toMatchObject({ ok: false, failure: { status: 502 } });
  });

  it('a restricted work: AO3 sends visitors to its sign-in page, on its own host', async () => {
    const { fake, client } = await setUp({
      [WORK]: { status: 302, headers: { Location: '/users/login?restricted=true' } },
      '/users/login?restricted=true': { body: ao3Fixture('restricted.html') },
    });
    const got = await fetchWork(client, 1, '48151623');
    expect(got).toMatchObject({
      ok: false,
      failure: { status: 422, message: expect.stringMatching(/signed-in/) },
    });
    expect(fake.requests.map((r) => r.path)).toEqual([WORK, '/users/login?restricted=true']);
  });

  it('keeps a fetched page ten minutes, and asks once for requests that come together', async () => {
    let clock = 0;
    const { fake, client } = await setUp(
      { [WORK]: { body: ao3Fixture('work-page.html'), delayMs: 50 } },
      {
        now: () => clock,
      },
    );
    await Promise.all([fetchWork(client, 1, '48151623'), fetchWork(client, 2, '48151623')]);
    clock += 9 * 60_000;
    await fetchWork(client, 3, '48151623');
    expect(fake.requests).toHaveLength(1);
    clock += 2 * 60_000;
    await fetchWork(client, 3, '48151623');
    expect(fake.requests).toHaveLength(2);
  });
});

describe('rate limits', () => {
  const works = Object.fromEntries(
    Array.from({ length: 40 }, (_, k) => [
      `/works/${k + 1}?view_adult=true&view_full_work=true`,
      { body: 'x' },
    ]),
  );

  it('ten fetches a minute per writer, even when forty arrive at once', async () => {
    const { fake, client } = await setUp(works);
    const got = await Promise.all(
      Array.from({ length: 40 }, (_, k) =>
        client.fetchPage(`/works/${k + 1}?view_adult=true&view_full_work=true`, 7),
      ),
    );
    expect(got.filter((r) => r.ok)).toHaveLength(10);
    expect(got.filter((r) => !r.ok && r.reason === 'busy')).toHaveLength(30);
    expect(fake.requests).toHaveLength(10);
    // Another writer still has their own ten.
    expect((await client.fetchPage('/works/40?view_adult=true&view_full_work=true', 8)).ok).toBe(true);
  });

  it('the same limits counted in the database, which every process of the server shares', async () => {
    const { db } = memoryDatabase();
    const writer = db.insert(writers).values({ username: 'w', displayName: 'w' }).returning().get();
    const { fake, client } = await setUp(works, { db });
    // A second client on the same database stands for a second server process.
    const other = createAo3Client({ baseUrl: fake.url, db, spacingMs: 0 });
    const got = await Promise.all(
      Array.from({ length: 40 }, (_, k) =>
        (k % 2 ? other : client).fetchPage(`/works/${k + 1}?view_adult=true&view_full_work=true`, writer.id),
      ),
    );
    expect(got.filter((r) => r.ok)).toHaveLength(10);
    expect(fake.requests).toHaveLength(10);
  });

  it('one fetch at a time for the instance, spaced apart', async () => {
    const { fake, client } = await setUp(works, { spacingMs: 120 });
    await Promise.all(
      [1, 2, 3, 4].map((k) => client.fetchPage(`/works/${k}?view_adult=true&view_full_work=true`, k)),
    );
    const at = fake.requests.map((r) => r.at);
    for (let k = 1; k < at.length; k++) expect(at[k]! - at[k - 1]!).toBeGreaterThanOrEqual(90);
  });

  it('a writer who would wait too long is refused rather than queued', async () => {
    const { client } = await setUp(works, { spacingMs: 400, maxWaitMs: 500 });
    const got = await Promise.all(
      [1, 2, 3].map((k) => client.fetchPage(`/works/${k}?view_adult=true&view_full_work=true`, k)),
    );
    expect(got.map((r) => r.ok)).toEqual([true, true, false]);
  });
});

describe('fetching a listing', () => {
  it('fetches every page it finds, reporting progress, and keeps each work once', async () => {
    const { fake, client } = await setUp({
      '/users/quietlark/works': { body: ao3Fixture('user-works-1.html') },
      '/users/quietlark/works?page=2': { body: ao3Fixture('user-works-2.html') },
    });
    const seen: string[] = [];
    const got = await fetchListing(client, 1, '/users/quietlark/works', (p) =>
      seen.push(`${p.pagesFetched}/${p.pagesFound}`),
    );
    expect(seen).toEqual(['1/2', '2/2']);
    expect(got.ok).toBe(true);
    expect(got.value.works.map((w) => w.work_id)).toEqual([
      '60000001',
      '60000002',
      '60000003',
      '60000004',
      '60000005',
    ]);
    expect(fake.requests.map((r) => r.path)).toEqual([
      '/users/quietlark/works',
      '/users/quietlark/works?page=2',
    ]);
  });

  it('stops when cancelled, keeping the pages it has', async () => {
    const { client } = await setUp({
      '/users/quietlark/works': { body: ao3Fixture('user-works-1.html') },
      '/users/quietlark/works?page=2': { body: ao3Fixture('user-works-2.html'), delayMs: 200 },
    });
    const abort = new AbortController();
    const got = await fetchListing(client, 1, '/users/quietlark/works', () => abort.abort(), abort.signal);
    expect(got.value.pagesFetched).toBe(1);
    expect(got.value.works).toHaveLength(3);
  });
});
