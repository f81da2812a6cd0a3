import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { apiTokens, eventDays, events, prompts, writers } from '../../db/schema.ts';
import { createApp } from '../../src/app.tsx';
import { digest } from '../../src/auth/secrets.ts';
import { createToken, revokeToken } from '../../src/queries/tokens.ts';
import { form, post, signUp, TEST_NOW, testApp, withCookie } from '../helpers.ts';

/** A writer with an API token, made directly in the database. */
function writerWithToken(db: Db, username: string) {
  const writer = db.insert(writers).values({ username, displayName: username }).returning().get();
  return { writer, token: createToken(db, writer.id, 'test').token };
}

/** A second, three-day event (`inktober-test`) beside the demo event. */
function addEvent(db: Db) {
  const event = db
    .insert(events)
    .values({ slug: 'inktober-test', name: 'Inktober test', firstDay: '2025-11-01', lastDay: '2025-11-03' })
    .returning()
    .get();
  for (const n of [1, 2, 3]) {
    const day = db
      .insert(eventDays)
      .values({ eventId: event.id, number: n, date: `2025-11-0${n}` })
      .returning()
      .get();
    db.insert(prompts)
      .values({ dayId: day.id, position: 1, text: `Ink ${n}` })
      .run();
  }
}

function setup() {
  const t = testApp();
  const ana = writerWithToken(t.db, 'ana');
  const bo = writerWithToken(t.db, 'bo');
  const call = (token: string, method: string, path: string, body?: unknown) =>
    t.app.request(`/api/v1${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const as = (token: string) => ({
    get: (path: string) => call(token, 'GET', path),
    post: (path: string, body: unknown) => call(token, 'POST', path, body),
    patch: (path: string, body: unknown) => call(token, 'PATCH', path, body),
    delete: (path: string) => call(token, 'DELETE', path),
  });
  return { ...t, ana, bo, api: as(ana.token), boApi: as(bo.token) };
}

const PIECE = {
  title: 'Stitches in Time',
  url: 'https://archiveofourown.org/works/1',
  words: 1234,
  status: 'posted',
  posted_on: '2025-10-02',
  fandoms: ['Good Omens', 'Sherlock'],
  rating: 'Teen And Up Audiences',
  summary: 'A summary.',
  notes: 'Notes.',
  fills: [{ event: 'promptober-demo', day: 2, prompts: [1] }],
};

async function created(res: Response): Promise<number> {
  expect(res.status).toBe(201);
  const { id } = (await res.json()) as { id: number };
  expect(res.headers.get('Location')).toBe(`/api/v1/pieces/${id}`);
  return id;
}

describe('API authentication', () => {
  it('answers 401 with WWW-Authenticate: Bearer without a valid token', async () => {
    const { app, db, ana } = setup();
    revokeToken(db, ana.writer.id, db.select().from(apiTokens).get()?.id ?? 0);
    const cases: Record<string, string>[] = [
      {},
      { Authorization: 'Basic YW5hOnNlY3JldA==' },
      { Authorization: 'Bearer pr_not-a-real-token' },
      { Authorization: 'Bearer' },
      { Authorization: `Bearer ${ana.token}` }, // revoked above
    ];
    for (const headers of cases) {
      const res = await app.request('/api/v1/me/pieces', { headers });
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer\b/);
      expect(((await res.json()) as { error: string }).error).toBeTruthy();
    }
    const write = await app.request('/api/v1/pieces', { method: 'POST', body: JSON.stringify(PIECE) });
    expect(write.status).toBe(401);
  });

  it('does not take a browser session cookie in place of a token', async () => {
    const { app } = setup();
    const res = await app.request('/api/v1/me/pieces', { headers: { Cookie: 'promptly_session=x' } });
    expect(res.status).toBe(401);
  });

  it('stores only the token’s digest, never the token', () => {
    const { sqlite, ana } = setup();
    const rows = sqlite.prepare('select * from api_tokens').all() as { token_hash: string }[];
    expect(rows.map((r) => r.token_hash)).toContain(digest(ana.token));
    expect(ana.token).toMatch(/^pr_[A-Za-z0-9_-]{43}$/);
    expect(sqlite.serialize().includes(Buffer.from(ana.token))).toBe(false);
  });

  it('records last use at most once a minute', async () => {
    const { db, ana } = setup();
    let now = TEST_NOW;
    const app = createApp({ db, now: () => now });
    const lastUsed = () =>
      db
        .select()
        .from(apiTokens)
        .all()
        .find((t) => t.writerId === ana.writer.id)?.lastUsedAt;
    const get = () => app.request('/api/v1/me/pieces', { headers: { Authorization: `Bearer ${ana.token}` } });
    expect(lastUsed()).toBeNull();
    await get();
    expect(lastUsed()).toBe('2025-10-02T12:00:00.000Z');
    now = TEST_NOW.plus({ seconds: 59 });
    await get();
    expect(lastUsed()).toBe('2025-10-02T12:00:00.000Z');
    now = TEST_NOW.plus({ seconds: 61 });
    await get();
    expect(lastUsed()).toBe('2025-10-02T12:01:01.000Z');
  });
});

describe('API pieces', () => {
  it('creates, reads, lists, patches and deletes a piece', async () => {
    const { api, count } = setup();
    const id = await created(await api.post('/pieces', PIECE));
    expect(count('pieces')).toBe(1);
    expect(count('fill_prompts')).toBe(1);

    const one = (await (await api.get(`/pieces/${id}`)).json()) as Record<string, unknown>;
    expect(one).toMatchObject({ id, ...PIECE });
    expect(Object.keys(one).sort()).toEqual([...Object.keys(PIECE), 'id', 'created_at', 'updated_at'].sort());

    const list = (await (await api.get('/me/pieces')).json()) as Record<string, unknown>;
    expect(list).toMatchObject({ total: 1, limit: 50, offset: 0, pieces: [{ id, title: PIECE.title }] });

    const patched = await api.patch(`/pieces/${id}`, { words: 2000, fandoms: ['Good Omens'], url: null });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ ...PIECE, words: 2000, fandoms: ['Good Omens'], url: null });
    expect(count('piece_fandoms')).toBe(1);

    const cleared = await api.patch(`/pieces/${id}`, { fills: [] });
    expect(await cleared.json()).toMatchObject({ fills: [], title: PIECE.title });
    expect(count('fills')).toBe(0);

    expect((await api.delete(`/pieces/${id}`)).status).toBe(204);
    expect((await api.get(`/pieces/${id}`)).status).toBe(404);
    expect(count('pieces')).toBe(0);
  });

  it('takes only title and words, and dates a posted piece today in the writer’s zone', async () => {
    const { api } = setup();
    const id = await created(await api.post('/pieces', { title: 'Short', words: 0 }));
    expect(await (await api.get(`/pieces/${id}`)).json()).toMatchObject({
      title: 'Short',
      url: null,
      words: 0,
      status: 'posted',
      posted_on: '2025-10-02',
      fandoms: [],
      rating: 'Not Rated',
      fills: [],
    });
    const draft = await created(await api.post('/pieces', { title: 'Later', words: 5, status: 'drafting' }));
    expect(await (await api.get(`/pieces/${draft}`)).json()).toMatchObject({ posted_on: null });
  });

  it('fills days of several events with one piece', async () => {
    const { api, db, count } = setup();
    addEvent(db);
    const fills = [
      { event: 'inktober-test', day: 3, prompts: [] },
      { event: 'promptober-demo', day: 4, prompts: [3, 1] },
      { event: 'promptober-demo', day: 2 },
    ];
    const id = await created(await api.post('/pieces', { ...PIECE, fills }));
    expect(count('fills')).toBe(3);
    const piece = (await (await api.get(`/pieces/${id}`)).json()) as { fills: unknown[] };
    expect(piece.fills).toEqual([
      { event: 'promptober-demo', day: 2, prompts: [] },
      { event: 'promptober-demo', day: 4, prompts: [1, 3] },
      { event: 'inktober-test', day: 3, prompts: [] },
    ]);
  });

  it('keeps another event’s fills when the piece is edited through the form', async () => {
    const { app, db } = setup();
    addEvent(db);
    const cookie = await signUp(app, 'cat');
    const cat = db.select().from(writers).where(eq(writers.username, 'cat')).get();
    const token = createToken(db, cat?.id ?? 0, 'cat').token;
    const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const body = JSON.stringify({ ...PIECE, fills: [...PIECE.fills, { event: 'inktober-test', day: 1 }] });
    const id = await created(await app.request('/api/v1/pieces', { method: 'POST', headers: auth, body }));
    const pairs: [string, string][] = [
      ['title', 'Edited'],
      ['words', '1,500'],
      ['event', 'promptober-demo'],
      ['day', '5'],
    ];
    expect((await app.request(`/pieces/${id}`, withCookie(cookie, post(form(pairs))))).status).toBe(303);
    const piece = await (await app.request(`/api/v1/pieces/${id}`, { headers: auth })).json();
    expect(piece).toMatchObject({ title: 'Edited', words: 1500 });
    expect((piece as { fills: unknown[] }).fills).toEqual([
      { event: 'promptober-demo', day: 5, prompts: [] },
      { event: 'inktober-test', day: 1, prompts: [] },
    ]);
  });

  it('pages the list with limit and offset, oldest first', async () => {
    const { api, boApi } = setup();
    const ids: number[] = [];
    for (const n of [1, 2, 3, 4, 5])
      ids.push(await created(await api.post('/pieces', { title: `P${n}`, words: n })));
    await created(await boApi.post('/pieces', { title: 'Not Ana’s', words: 1 }));
    const page = (await (await api.get('/me/pieces?limit=2&offset=1')).json()) as {
      pieces: { id: number }[];
      total: number;
    };
    expect(page).toMatchObject({ total: 5, limit: 2, offset: 1 });
    expect(page.pieces.map((p) => p.id)).toEqual(ids.slice(1, 3));
    const past = (await (await api.get('/me/pieces?offset=10')).json()) as { pieces: unknown[] };
    expect(past.pieces).toEqual([]);
    const all = (await (await api.get('/me/pieces?limit=500')).json()) as { pieces: unknown[] };
    expect(all.pieces).toHaveLength(5);
    for (const bad of [
      'limit=0',
      'limit=501',
      'limit=abc',
      'limit=1.5',
      'limit=-1',
      'offset=-1',
      'offset=x',
      'limit=',
    ]) {
      const res = await api.get(`/me/pieces?${bad}`);
      expect(res.status, bad).toBe(400);
      expect(((await res.json()) as { error: string }).error).toBeTruthy();
    }
  });

  it('answers 404 for another writer’s piece, and changes nothing', async () => {
    const { api, boApi, count } = setup();
    const id = await created(await api.post('/pieces', PIECE));
    expect((await boApi.get(`/pieces/${id}`)).status).toBe(404);
    expect((await boApi.patch(`/pieces/${id}`, { title: 'Mine now' })).status).toBe(404);
    expect((await boApi.delete(`/pieces/${id}`)).status).toBe(404);
    expect((await api.get(`/pieces/${id}`)).status).toBe(200);
    expect(((await (await api.get(`/pieces/${id}`)).json()) as { title: string }).title).toBe(PIECE.title);
    expect(count('pieces')).toBe(1);
    expect((await api.get('/pieces/999999999999999999999')).status).toBe(404);
    expect((await api.get('/pieces/abc')).status).toBe(404);
  });
});

/** Bodies the API must refuse with 422, and the field each error must name. */
const INVALID: [string, Record<string, unknown>, string][] = [
  ['words as a string', { words: '1234' }, 'words'],
  ['words as a typed string', { words: '1,234' }, 'words'],
  ['a fraction of words', { words: 1.5 }, 'words'],
  ['negative words', { words: -1 }, 'words'],
  ['too many words', { words: 1e20 }, 'words'],
  ['words as null', { words: null }, 'words'],
  ['a title as an array', { title: ['Stitches'] }, 'title'],
  ['an empty title', { title: '  ' }, 'title'],
  ['a title as a number', { title: 7 }, 'title'],
  ['a javascript: link', { url: 'javascript:alert(1)' }, 'url'],
  ['a relative link', { url: '/works/1' }, 'url'],
  ['an impossible date', { posted_on: '2025-02-30' }, 'posted_on'],
  ['a date not ISO', { posted_on: '2/10/2025' }, 'posted_on'],
  ['a date as a number', { posted_on: 20251002 }, 'posted_on'],
  ['an unknown status', { status: 'done' }, 'status'],
  ['a status as an array', { status: ['posted'] }, 'status'],
  ['an unknown rating', { rating: 'PG' }, 'rating'],
  ['fandoms as a string', { fandoms: 'Good Omens' }, 'fandoms'],
  ['fandoms with a number', { fandoms: ['Good Omens', 1] }, 'fandoms'],
  ['summary as an object', { summary: { text: 'x' } }, 'summary'],
  ['notes as null', { notes: null }, 'notes'],
  ['an unknown field', { wordcount: 5 }, 'wordcount'],
  ['a read-only field', { id: 5 }, 'id'],
  ['fills as an object', { fills: { event: 'promptober-demo', day: 2 } }, 'fills'],
  ['a fill as a number', { fills: [2] }, 'fills'],
  ['a fill without an event', { fills: [{ day: 2 }] }, 'fills'],
  ['a fill of an unknown event', { fills: [{ event: 'nope', day: 2 }] }, 'fills'],
  ['a fill day as a string', { fills: [{ event: 'promptober-demo', day: '2' }] }, 'fills'],
  ['a fill day as a fraction', { fills: [{ event: 'promptober-demo', day: 2.5 }] }, 'fills'],
  ['a day the event lacks', { fills: [{ event: 'promptober-demo', day: 40 }] }, 'fills'],
  ['a prompt the day lacks', { fills: [{ event: 'promptober-demo', day: 2, prompts: [9] }] }, 'fills'],
  ['a prompt as a string', { fills: [{ event: 'promptober-demo', day: 2, prompts: ['1'] }] }, 'fills'],
  ['a negative prompt', { fills: [{ event: 'promptober-demo', day: 2, prompts: [-1] }] }, 'fills'],
  ['an unknown fill field', { fills: [{ event: 'promptober-demo', day: 2, prompt: 1 }] }, 'fills'],
  [
    'a day listed twice',
    {
      fills: [
        { event: 'promptober-demo', day: 2 },
        { event: 'promptober-demo', day: 2 },
      ],
    },
    'fills',
  ],
];

describe('API input checks', () => {
  it.each(INVALID)(
    'refuses %s with 422, on create and on patch, saving nothing',
    async (_, change, field) => {
      const { api, count, sqlite } = setup();
      const res = await api.post('/pieces', { ...PIECE, ...change });
      expect(res.status).toBe(422);
      const body = (await res.json()) as { error: string; fields: Record<string, string> };
      expect(body.error).toBeTruthy();
      expect(Object.keys(body.fields)).toContain(field);
      expect(count('pieces')).toBe(0);
      expect(count('fills')).toBe(0);
      expect(count('piece_fandoms')).toBe(0);

      const id = await created(await api.post('/pieces', PIECE));
      const before = JSON.stringify(sqlite.prepare('select * from pieces').all());
      const patched = await api.patch(`/pieces/${id}`, change);
      expect(patched.status).toBe(422);
      expect(Object.keys(((await patched.json()) as { fields: object }).fields)).toContain(field);
      expect(JSON.stringify(sqlite.prepare('select * from pieces').all())).toBe(before);
      expect(count('fills')).toBe(1);
      expect(count('piece_fandoms')).toBe(2);
    },
  );

  it('names every unknown field', async () => {
    const { api } = setup();
    const res = await api.post('/pieces', { ...PIECE, colour: 'red', mood: 'tired' });
    expect(((await res.json()) as { fields: object }).fields).toMatchObject({
      colour: expect.any(String),
      mood: expect.any(String),
    });
  });

  it('requires title and words on create', async () => {
    const { api, count } = setup();
    const res = await api.post('/pieces', {});
    expect(res.status).toBe(422);
    expect(Object.keys(((await res.json()) as { fields: object }).fields).sort()).toEqual(['title', 'words']);
    expect(count('pieces')).toBe(0);
  });

  it('answers 400 for malformed JSON or a non-object, 415 for another content type', async () => {
    const { app, ana, count } = setup();
    const send = (body: string, type = 'application/json', method = 'POST') =>
      app.request('/api/v1/pieces', {
        method,
        headers: { Authorization: `Bearer ${ana.token}`, 'Content-Type': type },
        body,
      });
    for (const body of ['{"title": ', '', 'null', '[]', '"a piece"', '42', "{'title': 'x'}"]) {
      const res = await send(body);
      expect(res.status, body).toBe(400);
      expect(((await res.json()) as { error: string }).error).toBeTruthy();
    }
    expect((await send('title=x&words=1', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await send(JSON.stringify(PIECE), 'text/plain')).status).toBe(415);
    const id = await created(await send(JSON.stringify(PIECE)));
    const patch = (body: string, type?: string) =>
      app.request(`/api/v1/pieces/${id}`, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${ana.token}`, 'Content-Type': type ?? 'application/json' },
        body,
      });
    expect((await patch('{nope')).status).toBe(400);
    expect((await patch('[1]')).status).toBe(400);
    expect((await patch('{}', 'text/plain')).status).toBe(415);
    expect(count('pieces')).toBe(1);
  });
});
