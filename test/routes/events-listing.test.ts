import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.tsx';
import { EVENTS_PER_DAY } from '../../src/queries/event-writes.ts';
import { createToken } from '../../src/queries/tokens.ts';
import { form, post, TEST_NOW, withCookie } from '../helpers.ts';
import { editorApp, eventForm, postForm, sessionFor } from './event-helpers.ts';

const SPOOKY = eventForm({
  name: 'Spooky Week',
  slug: 'spooky',
  first_day: '2025-09-28',
  list: '1. Ghosts\n2. Bats\n3. Moons\n4. Owls\n5. Candles\n6. Webs',
  min_words: '',
  max_words: '',
});

const json = (token: string, body: unknown): RequestInit => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
});

/** Ann organises Spooky Week (running today, day 5); Bo joined it and logged a piece filling day 5. */
async function spookyApp() {
  const t = editorApp();
  expect((await t.asAnn('/events', postForm(SPOOKY))).status).toBe(303);
  const bo = createToken(t.db, t.bo.writer.id, 'test').token;
  const piece = await t.app.request(
    '/api/v1/pieces',
    json(bo, { title: 'Wax', words: 500, fills: [{ event: 'spooky', day: 5, prompts: [1] }] }),
  );
  expect(piece.status).toBe(201);
  expect((await t.asBo('/events/spooky/join', postForm({}))).status).toBe(303);
  const { id } = (await piece.json()) as { id: number };
  return { ...t, pieceId: id };
}

describe('deleting an event', () => {
  it('asks first, on a page that works without JavaScript, then deletes it with its fills; the pieces stay', async () => {
    const t = await spookyApp();
    const ask = await t.asAnn('/events/spooky/delete');
    expect(ask.status).toBe(200);
    const page = await ask.text();
    expect(page).toContain('Delete Spooky Week?');
    expect(page).toContain('1 fill (1 piece filling its days)');
    expect(page).toMatch(/<form method="post" action="\/events\/spooky\/delete">/);
    // Without the confirmation's field nothing goes.
    const blind = await t.asAnn('/events/spooky/delete', postForm({}));
    expect(blind.status).toBe(422);
    expect(t.count('events')).toBe(2);
    const prompts = t.count('prompts');
    const done = await t.asAnn('/events/spooky/delete', postForm({ confirm: 'spooky' }));
    expect([done.status, done.headers.get('Location')]).toEqual([303, '/events']);
    expect(t.count('events')).toBe(1);
    expect((await t.asVisitor('/events/spooky')).status).toBe(404);
    expect([t.count('fills'), t.count('fill_prompts'), t.count('event_members')]).toEqual([0, 0, 0]);
    expect([t.count('event_days'), t.count('prompts')]).toEqual([31, prompts - 6]);
    expect(t.count('pieces')).toBe(1);
    const piece = await t.asBo(`/pieces/${t.pieceId}`);
    expect(piece.status).toBe(200);
    expect(await piece.text()).toContain('Wax');
  });

  it('is for its organisers and the admin only', async () => {
    const t = await spookyApp();
    expect((await t.asBo('/events/spooky/delete')).status).toBe(404);
    expect((await t.asBo('/events/spooky/delete', postForm({ confirm: 'spooky' }))).status).toBe(404);
    expect((await t.asVisitor('/events/spooky/delete', postForm({ confirm: 'spooky' }))).status).toBe(303);
    expect(t.count('events')).toBe(2);
    const admin = sessionFor(t.db, 'root', { admin: true });
    const res = await t.app.request(
      '/events/spooky/delete',
      withCookie(admin.cookie, post(form({ confirm: 'spooky' }))),
    );
    expect(res.status).toBe(303);
    expect(t.count('events')).toBe(1);
  });

  it('is offered on the edit page', async () => {
    const t = await spookyApp();
    const edit = await (await t.asAnn('/events/spooky/edit')).text();
    expect(edit).toContain('href="/events/spooky/delete"');
    expect(edit).toContain('action="/events/spooky/listing"');
    // Featuring is the admin's: not offered to the organiser.
    expect(edit).not.toContain('action="/events/spooky/featured"');
  });
});

describe('hiding an event', () => {
  it('takes it out of the lists for everyone but its members; its pages still work', async () => {
    const t = await spookyApp();
    const carl = sessionFor(t.db, 'carl');
    const asCarl = (path: string) => t.app.request(path, withCookie(carl.cookie));
    expect(await (await asCarl('/events')).text()).toContain('Spooky Week');
    const hide = await t.asAnn('/events/spooky/listing', postForm({ hidden: '1' }));
    expect([hide.status, hide.headers.get('Location')]).toEqual([303, '/events/spooky/edit']);

    for (const path of ['/events', '/api/v1/events']) {
      expect(await (await t.asVisitor(path)).text(), path).not.toContain('Spooky Week');
      expect(await (await asCarl(path)).text(), path).not.toContain('Spooky Week');
    }
    expect(await (await asCarl('/pieces/new')).text()).not.toContain('Spooky Week');
    // Its organiser and its members still have it, marked.
    expect(await (await t.asAnn('/events')).text()).toMatch(
      /Spooky Week<\/a> <span class="muted">[^<]*· hidden/,
    );
    expect(await (await t.asBo('/')).text()).toContain('today-spooky');
    expect(await (await t.asBo('/pieces/new')).text()).toContain('Spooky Week');
    // Whoever has the address.
    const page = await t.asVisitor('/events/spooky');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Hidden from the event lists');
    expect((await t.asVisitor('/api/v1/events/spooky')).status).toBe(200);

    expect((await t.asAnn('/events/spooky/listing', postForm({ hidden: '0' }))).status).toBe(303);
    expect(await (await t.asVisitor('/events')).text()).toContain('Spooky Week');
  });

  it('refuses a value it does not know, and writers who do not organise it', async () => {
    const t = await spookyApp();
    expect((await t.asAnn('/events/spooky/listing', postForm({ hidden: 'yes' }))).status).toBe(422);
    expect((await t.asBo('/events/spooky/listing', postForm({ hidden: '1' }))).status).toBe(404);
    expect(await (await t.asVisitor('/events')).text()).toContain('Spooky Week');
  });
});

describe('featured events on Today', () => {
  it('the admin features an event: on everyone’s Today while it runs, until unfeatured', async () => {
    const t = await spookyApp();
    const admin = sessionFor(t.db, 'root', { admin: true });
    const asAdmin = (path: string, init: RequestInit = {}) =>
      t.app.request(path, withCookie(admin.cookie, init));
    expect(await (await t.asVisitor('/')).text()).not.toContain('today-spooky');
    expect(await (await asAdmin('/events/spooky/edit')).text()).toContain('Feature it on Today');
    // Not the organiser's to pick.
    expect((await t.asAnn('/events/spooky/featured', postForm({ featured: '1' }))).status).toBe(404);
    expect((await asAdmin('/events/spooky/featured', post(form({ featured: '1' })))).status).toBe(303);
    const visitor = await (await t.asVisitor('/')).text();
    expect(visitor).toContain('today-spooky');
    expect(visitor).toContain('today-promptober-demo');
    const carl = sessionFor(t.db, 'carl');
    expect(await (await t.app.request('/', withCookie(carl.cookie))).text()).toContain('today-spooky');
    // Hidden wins: a hidden event is on Today only for its members.
    await t.asAnn('/events/spooky/listing', postForm({ hidden: '1' }));
    expect(await (await t.asVisitor('/')).text()).not.toContain('today-spooky');
    await t.asAnn('/events/spooky/listing', postForm({ hidden: '0' }));
    expect((await asAdmin('/events/spooky/featured', post(form({ featured: '0' })))).status).toBe(303);
    expect(await (await t.asVisitor('/')).text()).not.toContain('today-spooky');
  });

  it('a writer who joined nothing, and a visitor, see the featured demo and a link to the rest', async () => {
    const t = await spookyApp();
    for (const html of [await (await t.asVisitor('/')).text(), await (await t.asBo('/')).text()]) {
      expect(html).toContain('today-promptober-demo');
    }
    const carl = sessionFor(t.db, 'carl');
    const page = await (await t.app.request('/', withCookie(carl.cookie))).text();
    expect(page).not.toContain('today-spooky');
    expect(page).toContain('One more event is running: <a href="/events">browse the events</a> and join one');
  });
});

describe('how many events a writer may create', () => {
  const spec = (i: number) =>
    eventForm({ name: `Spam ${i}`, slug: `spam-${i}`, list: '1. One\n2. Two', min_words: '', max_words: '' });

  it(`${EVENTS_PER_DAY} a day through the form, even with 40 posts at once`, async () => {
    const t = editorApp();
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => t.asBo('/events', postForm(spec(i)))),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 303)).toHaveLength(EVENTS_PER_DAY);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - EVENTS_PER_DAY);
    expect(t.count('events')).toBe(1 + EVENTS_PER_DAY);
    const refused = await answers[statuses.indexOf(429)]?.text();
    expect(refused).toContain(`You created ${EVENTS_PER_DAY} events in the last 24 hours`);
    expect(refused).toContain('value="Spam');
    // A day later, one more.
    const tomorrow = createApp({ db: t.db, now: () => TEST_NOW.plus({ hours: 25 }) });
    const later = await tomorrow.request('/events', withCookie(t.bo.cookie, postForm(spec(99))));
    expect(later.status).toBe(303);
  });

  it(`${EVENTS_PER_DAY} a day through POST /api/v1/events, with Retry-After; the admin is not limited`, async () => {
    const t = editorApp();
    const token = createToken(t.db, t.bo.writer.id, 'test').token;
    const event = (i: number) => ({
      slug: `api-${i}`,
      name: `API ${i}`,
      first_day: '2025-10-01',
      days: [{ day: 1, prompts: ['One'] }],
    });
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => t.app.request('/api/v1/events', json(token, event(i)))),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(EVENTS_PER_DAY);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - EVENTS_PER_DAY);
    const refused = answers[statuses.indexOf(429)] as Response;
    expect(Number(refused.headers.get('Retry-After'))).toBe(24 * 60 * 60);
    expect(((await refused.json()) as { error: string }).error).toMatch(/the next can be made after/);
    expect(t.count('events')).toBe(1 + EVENTS_PER_DAY);

    const admin = sessionFor(t.db, 'root', { admin: true });
    const adminToken = createToken(t.db, admin.writer.id, 'test').token;
    for (let i = 100; i < 100 + EVENTS_PER_DAY + 2; i++)
      expect((await t.app.request('/api/v1/events', json(adminToken, event(i)))).status).toBe(201);
  });
});
