import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { writers } from '../../db/schema.ts';
import { createApp } from '../../src/app.tsx';
import { answerOnce } from '../../src/queries/idempotency.ts';
import { createPiece } from '../../src/queries/pieces.ts';
import { createToken } from '../../src/queries/tokens.ts';
import { form, post, signUp, TEST_NOW, testApp, testWriterApp, withCookie } from '../helpers.ts';

const PIECE = {
  title: 'Frostbite',
  words: 1234,
  fandoms: ['Good Omens'],
  fills: [{ event: 'promptober-demo', day: 2, prompts: [1] }],
};

function tokenFor(db: Db, username: string) {
  const writer = db.insert(writers).values({ username, displayName: username }).returning().get();
  return createToken(db, writer.id, 'test').token;
}

function setup() {
  const t = testApp();
  const ana = tokenFor(t.db, 'ana');
  const bo = tokenFor(t.db, 'bo');
  /** POST /api/v1/pieces as `token` with `key` (if any) and `body` (JSON-encoded unless a string), through `app`. */
  const create = (token: string, key: string | undefined, body: unknown, app = t.app) =>
    app.request('/api/v1/pieces', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        ...(key === undefined ? {} : { 'Idempotency-Key': key }),
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { ...t, ana, bo, create };
}

describe('POST /api/v1/pieces with an Idempotency-Key', () => {
  it('answers a retry with the first 201 and body, creating nothing more', async () => {
    const t = setup();
    const first = await t.create(t.ana, 'key-1', PIECE);
    expect(first.status).toBe(201);
    const body = await first.json();
    const again = await t.create(t.ana, 'key-1', PIECE);
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(body);
    expect(again.headers.get('Location')).toBe(first.headers.get('Location'));
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    expect(t.count('pieces')).toBe(1);
    expect(t.count('idempotency_keys')).toBe(1);
  });

  it('refuses the same key with another body (422, a clear message), creating nothing', async () => {
    const t = setup();
    await t.create(t.ana, 'key-1', PIECE);
    const other = await t.create(t.ana, 'key-1', { ...PIECE, title: 'Another piece' });
    expect(other.status).toBe(422);
    expect((await other.json()).error).toMatch(/Idempotency-Key was already used for a different request/);
    // Even the same JSON written differently is another request: keys compare the bytes sent.
    const spaced = await t.create(t.ana, 'key-1', JSON.stringify(PIECE, null, 2));
    expect(spaced.status).toBe(422);
    expect(t.count('pieces')).toBe(1);
  });

  it('keeps keys per writer: another writer’s same key is another piece', async () => {
    const t = setup();
    const a = await (await t.create(t.ana, 'shared', PIECE)).json();
    const res = await t.create(t.bo, 'shared', PIECE);
    expect(res.status).toBe(201);
    expect((await res.json()).id).not.toBe(a.id);
    expect(t.count('pieces')).toBe(2);
  });

  it('does not keep a refusal: a corrected retry with the same key creates the piece', async () => {
    const t = setup();
    const bad = await t.create(t.ana, 'key-1', { ...PIECE, words: -1 });
    expect(bad.status).toBe(422);
    expect(t.count('idempotency_keys')).toBe(0);
    expect((await t.create(t.ana, 'key-1', PIECE)).status).toBe(201);
    expect(t.count('pieces')).toBe(1);
  });

  it('forgets a key after 24 hours', async () => {
    const t = setup();
    const first = await (await t.create(t.ana, 'key-1', PIECE)).json();
    const later = (hours: number) => createApp({ db: t.db, now: () => TEST_NOW.plus({ hours }) });
    const replay = await t.create(t.ana, 'key-1', PIECE, later(23.9));
    expect((await replay.json()).id).toBe(first.id);
    const fresh = await t.create(t.ana, 'key-1', PIECE, later(24.1));
    expect(fresh.status).toBe(201);
    expect((await fresh.json()).id).not.toBe(first.id);
    expect(t.count('pieces')).toBe(2);
    expect(t.count('idempotency_keys')).toBe(1);
  });

  it.each([
    ['empty', ''],
    ['too long', 'k'.repeat(256)],
    ['with a space', 'two words'],
    ['not ASCII', 'clé'],
  ])('answers 400 { error } for a key %s, creating nothing', async (_label, key) => {
    const t = setup();
    const res = await t.create(t.ana, key, PIECE);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/Idempotency-Key/);
    expect(t.count('pieces')).toBe(0);
  });

  it('without a key, creates a piece per request as before', async () => {
    const t = setup();
    expect((await t.create(t.ana, undefined, PIECE)).status).toBe(201);
    expect((await t.create(t.ana, undefined, PIECE)).status).toBe(201);
    expect(t.count('pieces')).toBe(2);
    expect(t.count('idempotency_keys')).toBe(0);
  });

  it('does the same for POST /api/v1/me/word-logs; a key is the writer’s across endpoints', async () => {
    const t = setup();
    const log = (key: string, words: number) =>
      t.app.request('/api/v1/me/word-logs', {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${t.ana}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': key,
        },
        body: JSON.stringify({ words, date: '2025-10-02' }),
      });
    const first = await log('log-1', 500);
    const again = await log('log-1', 500);
    expect(first.status).toBe(201);
    expect(await again.json()).toEqual(await first.json());
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect((await log('log-1', 600)).status).toBe(422);
    expect(t.count('word_logs')).toBe(1);
    await t.create(t.ana, 'shared-key', PIECE);
    expect((await log('shared-key', 500)).status).toBe(422);
  });

  it('records the key in the piece’s transaction: a failed write keeps neither', () => {
    const t = setup();
    const writerId = t.db.select().from(writers).get()?.id as number;
    const claim = { writerId, key: 'api:k', requestHash: 'h', now: TEST_NOW };
    const piece = {
      title: 'Half',
      url: null,
      words: 1,
      fandoms: ['F'],
      rating: 'Not Rated' as const,
      summary: '',
      notes: '',
      status: 'posted' as const,
      postedOn: null,
      fills: [],
    };
    expect(() =>
      answerOnce(t.db, claim, () => {
        createPiece(t.db, writerId, piece);
        throw new Error('the disk is full');
      }),
    ).toThrow('the disk is full');
    expect(t.count('pieces')).toBe(0);
    expect(t.count('piece_fandoms')).toBe(0);
    expect(t.count('idempotency_keys')).toBe(0);
  });
});

/** The hidden submission token of a page's form. */
const tokenIn = (html: string) => /name="submission" value="([^"]+)"/.exec(html)?.[1];

const LOG = {
  title: 'Frostbite',
  words: '1234',
  fandoms: 'Good Omens',
  rating: 'Not Rated',
  status: 'posted',
  event: 'promptober-demo',
  day: '2',
  'prompts-2': '1',
  intent: 'save',
};

describe('the log form against double submission', () => {
  it('carries a one-time token, and asks htmx to disable its buttons and drop a second submit in flight', async () => {
    const t = await testWriterApp();
    const html = await (await t.request('/pieces/new')).text();
    expect(tokenIn(html)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(html).toContain('hx-sync="drop"');
    expect(html).toContain('hx-disable="findAll button"');
    // Another form, another token.
    expect(tokenIn(await (await t.request('/pieces/new')).text())).not.toBe(tokenIn(html));
  });

  it.each([
    ['without htmx', false],
    ['with htmx', true],
  ])('sends a second identical post (%s) to the piece the first made', async (_label, htmx) => {
    const t = await testWriterApp();
    const submission = tokenIn(await (await t.request('/pieces/new')).text()) as string;
    const body = () => form({ ...LOG, submission });
    const first = await t.request('/pieces', post(body(), htmx));
    const second = await t.request('/pieces', post(body(), htmx));
    const where = (res: Response) => res.headers.get(htmx ? 'HX-Redirect' : 'Location');
    expect(first.status).toBe(htmx ? 204 : 303);
    expect(second.status).toBe(first.status);
    expect(where(first)).toMatch(/^\/pieces\/\d+$/);
    expect(where(second)).toBe(where(first));
    expect(t.count('pieces')).toBe(1);
    expect(t.count('event_members')).toBe(1);
  });

  it('creates anew when the same token comes back with other values (Back, edit, save)', async () => {
    const t = await testWriterApp();
    const submission = tokenIn(await (await t.request('/pieces/new')).text()) as string;
    const first = await t.request('/pieces', post(form({ ...LOG, submission })));
    const edited = await t.request('/pieces', post(form({ ...LOG, title: 'Frostbite, part 2', submission })));
    expect(edited.headers.get('Location')).not.toBe(first.headers.get('Location'));
    expect(t.count('pieces')).toBe(2);
  });

  it('keeps the token through a refusal (422), so the corrected post is still protected', async () => {
    const t = await testWriterApp();
    const submission = tokenIn(await (await t.request('/pieces/new')).text()) as string;
    const refused = await t.request('/pieces', post(form({ ...LOG, words: '-5', submission })));
    expect(refused.status).toBe(422);
    expect(tokenIn(await refused.text())).toBe(submission);
    await t.request('/pieces', post(form({ ...LOG, submission })));
    await t.request('/pieces', post(form({ ...LOG, submission })));
    expect(t.count('pieces')).toBe(1);
  });

  it('treats a post without a token, or with a forged one, as a new submission each time', async () => {
    const t = await testWriterApp();
    await t.request('/pieces', post(form(LOG)));
    await t.request('/pieces', post(form({ ...LOG, submission: '<script>' })));
    await t.request('/pieces', post(form({ ...LOG, submission: '<script>' })));
    expect(t.count('pieces')).toBe(3);
  });

  it('keeps tokens per writer', async () => {
    const t = await testWriterApp();
    const submission = tokenIn(await (await t.request('/pieces/new')).text()) as string;
    await t.request('/pieces', post(form({ ...LOG, submission })));
    const bo = await signUp(t.app, 'bo');
    const res = await t.app.request('/pieces', withCookie(bo, post(form({ ...LOG, submission }))));
    expect(res.status).toBe(303);
    expect(t.count('pieces')).toBe(2);
  });
});

describe('the new-event form against double submission', () => {
  const EVENT = {
    name: 'Whumptober 2031',
    slug: 'whumptober-2031',
    first_day: '2031-10-01',
    day_label: 'Day',
    list: '1. Blood | Tears\n2. Bruises',
    intent: 'save',
  };

  it('sends a second identical post to the event the first made, not to “slug taken”', async () => {
    const t = await testWriterApp();
    const html = await (await t.request('/events/new')).text();
    const submission = tokenIn(html) as string;
    expect(submission).toBeDefined();
    expect(html).toContain('hx-sync="drop"');
    const first = await t.request('/events', post(form({ ...EVENT, submission })));
    const second = await t.request('/events', post(form({ ...EVENT, submission })));
    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    expect(second.headers.get('Location')).toBe('/events/whumptober-2031');
    expect(t.count('events')).toBe(2);
  });

  it('still says the slug is taken to a post with another token', async () => {
    const t = await testWriterApp();
    const token = async () => tokenIn(await (await t.request('/events/new')).text()) as string;
    await t.request('/events', post(form({ ...EVENT, submission: await token() })));
    const res = await t.request('/events', post(form({ ...EVENT, submission: await token() }), true));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('slug is taken');
    expect(t.count('events')).toBe(2);
  });

  it('keeps its token through the preview without JavaScript', async () => {
    const t = await testWriterApp();
    const preview = await t.request('/events/preview', post(form({ ...EVENT, submission: 'A'.repeat(22) })));
    expect(tokenIn(await preview.text())).toBe('A'.repeat(22));
  });
});

describe('the word-log form against double submission', () => {
  it('logs the words once for a second identical post, with or without htmx', async () => {
    const t = await testWriterApp();
    const html = await (await t.request('/stats')).text();
    const submission = tokenIn(html) as string;
    expect(submission).toBeDefined();
    expect(html).toContain('hx-sync="drop"');
    const body = () => form({ words: '500', date: '2025-10-02', mode: 'add', submission });
    const first = await t.request('/stats/word-logs', post(body()));
    const again = await t.request('/stats/word-logs', post(body(), true));
    expect(first.status).toBe(303);
    expect(again.status).toBe(200);
    expect(t.count('word_logs')).toBe(1);
    // The form htmx swaps in after a save is a new form: the next words are logged.
    const next = tokenIn(await again.text()) as string;
    expect(next).not.toBe(submission);
    await t.request(
      '/stats/word-logs',
      post(form({ words: '500', date: '2025-10-02', mode: 'add', submission: next })),
    );
    expect(t.count('word_logs')).toBe(2);
  });
});
