import { describe, expect, it } from 'vitest';
import { form, HX, makePublic, post, signUp, testApp, withCookie } from '../helpers.ts';

type App = ReturnType<typeof testApp>['app'];

const piece = (title: string, status: string, extra: Record<string, string> = {}) =>
  form({
    title,
    words: '500',
    status,
    posted_on: status === 'posted' ? '2025-10-02' : '',
    event: 'promptober-demo',
    day: '2',
    notes: `private notes of ${title}`,
    ...extra,
  });

async function logPiece(app: App, cookie: string, title: string, status = 'posted') {
  const res = await app.request('/pieces', withCookie(cookie, post(piece(title, status))));
  expect(res.status).toBe(303);
  return res.headers.get('Location') as string;
}

/** Ann (public profile) and Bob (private), each with a draft and a posted piece. */
async function twoWriters() {
  const t = testApp();
  const ann = await signUp(t.app, 'ann', { email: 'ann@example.org' });
  const bob = await signUp(t.app, 'bob');
  await makePublic(t.app, ann, 'Ann');
  const pieces = {
    annDraft: await logPiece(t.app, ann, 'Ann drafting', 'drafting'),
    annPlanned: await logPiece(t.app, ann, 'Ann planned', 'planned'),
    annPosted: await logPiece(t.app, ann, 'Ann posted'),
    bobDraft: await logPiece(t.app, bob, 'Bob drafting', 'drafting'),
    bobPosted: await logPiece(t.app, bob, 'Bob posted'),
  };
  return { ...t, ann, bob, pieces };
}

describe('a writer’s pieces are theirs', () => {
  it('each collection lists only its writer’s pieces', async () => {
    const { app, ann, bob } = await twoWriters();
    const annList = await (await app.request('/pieces', withCookie(ann))).text();
    expect(annList).toContain('Ann drafting');
    expect(annList).not.toContain('Bob');
    const bobList = await (await app.request('/pieces', withCookie(bob))).text();
    expect(bobList).toContain('Bob drafting');
    expect(bobList).not.toContain('Ann');
  });

  it('someone else’s unposted pieces are 404 everywhere, to writers and visitors, pages and fragments', async () => {
    const { app, bob, pieces } = await twoWriters();
    for (const location of [pieces.annDraft, pieces.annPlanned]) {
      for (const cookie of [bob, '']) {
        for (const headers of [{}, HX]) {
          for (const path of [location, `${location}/edit`, `${location}/delete`]) {
            const res = await app.request(path, withCookie(cookie, { headers }));
            expect(res.status, `${path} ${cookie ? 'bob' : 'visitor'}`).toBe(404);
            expect(await res.text()).not.toContain('Ann');
          }
        }
      }
    }
  });

  it('nobody else can edit or delete a piece, even a public one', async () => {
    const { app, bob, sqlite, pieces } = await twoWriters();
    for (const location of [pieces.annDraft, pieces.annPosted]) {
      for (const cookie of [bob, '']) {
        for (const htmx of [false, true]) {
          const edit = await app.request(
            location,
            withCookie(cookie, post(piece('Hijacked', 'posted'), htmx)),
          );
          expect(edit.status).toBe(404);
          const del = await app.request(`${location}/delete`, withCookie(cookie, post(form({}), htmx)));
          expect(del.status).toBe(404);
        }
      }
    }
    const titles = sqlite.prepare('select title from pieces order by id').all();
    expect(titles.map((t) => (t as { title: string }).title)).not.toContain('Hijacked');
    expect(titles).toHaveLength(5);
  });

  it('a posted piece of a public profile is read-only to others, without its notes', async () => {
    const { app, bob, ann, pieces } = await twoWriters();
    for (const cookie of [bob, '']) {
      const res = await app.request(pieces.annPosted, withCookie(cookie));
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('Ann posted');
      expect(html).toContain('by <a href="/@ann">Ann</a>');
      expect(html).not.toContain('/edit"');
      expect(html).not.toContain('/delete"');
      expect(html).not.toContain('private notes');
    }
    const own = await (await app.request(pieces.annPosted, withCookie(ann))).text();
    expect(own).toContain(`href="${pieces.annPosted}/edit"`);
    expect(own).toContain('private notes of Ann posted');
  });

  it('a posted piece of a private profile is 404 to others', async () => {
    const { app, ann, pieces } = await twoWriters();
    for (const cookie of [ann, ''])
      expect((await app.request(pieces.bobPosted, withCookie(cookie))).status).toBe(404);
  });
});

describe('public profiles', () => {
  it('show posted pieces and progress, never drafts, notes or the email', async () => {
    const { app, bob } = await twoWriters();
    for (const cookie of [bob, '']) {
      const res = await app.request('/@ann', withCookie(cookie));
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('<h1>Ann</h1>');
      expect(html).toContain('Ann posted');
      expect(html).toContain('1 of 31 days filled');
      for (const secret of ['Ann drafting', 'Ann planned', 'private notes', 'ann@example.org', 'drafting<'])
        expect(html).not.toContain(secret);
    }
    expect((await app.request('/@ANN')).status).toBe(200);
  });

  it('are 404 when private or unknown; a private writer previews their own', async () => {
    const { app, bob } = await twoWriters();
    expect((await app.request('/@bob')).status).toBe(404);
    expect((await app.request('/@nobody')).status).toBe(404);
    expect((await app.request('/@bob', { headers: HX })).status).toBe(404);
    const own = await app.request('/@bob', withCookie(bob));
    expect(own.status).toBe(200);
    const html = await own.text();
    expect(html).toContain('Only you can see this page');
    expect(html).toContain('Bob posted');
    expect(html).not.toContain('Bob drafting');
  });
});

describe('what visitors see', () => {
  it('the home page, calendar and day pages, without any writer’s state', async () => {
    const { app } = await twoWriters();
    const home = await (await app.request('/')).text();
    expect(home).toContain('Sign in to log pieces');
    expect(home).not.toContain('You filled this day');
    expect(home).not.toContain('state-filled');
    const calendar = await (await app.request('/events/promptober-demo')).text();
    expect(calendar).not.toContain('state-filled');
    expect(calendar).toContain('Sign in to join this event');
    const day = await (await app.request('/events/promptober-demo/days/2')).text();
    expect(day).toContain('Sign in to log pieces');
    expect(day).not.toContain('Your pieces for this day');
    expect(day).toContain('Ann posted');
    expect(day).not.toContain('Bob posted');
    expect(day).not.toContain('drafting');
  });
});
