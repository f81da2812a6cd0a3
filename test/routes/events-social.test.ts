import { describe, expect, it } from 'vitest';
import { eventDays, events, prompts } from '../../db/schema.ts';
import { canEditEvent, joinEvent, leaveEvent, memberRole } from '../../src/queries/members.ts';
import { findWriterByUsername } from '../../src/queries/writers.ts';
import { form, HX, makePublic, post, signUp, testApp, withCookie } from '../helpers.ts';

type App = ReturnType<typeof testApp>['app'];

async function log(app: App, cookie: string, fields: Record<string, string>) {
  const body = form({ words: '100', event: 'promptober-demo', status: 'posted', ...fields });
  const res = await app.request('/pieces', withCookie(cookie, post(body)));
  expect(res.status).toBe(303);
}

/** Ann and Cat public, Bob private; pieces on days 1–3 with fandoms and ratings. */
async function collectionApp() {
  const t = testApp();
  const ann = await signUp(t.app, 'ann');
  const bob = await signUp(t.app, 'bob');
  const cat = await signUp(t.app, 'cat');
  await makePublic(t.app, ann, 'Ann');
  await makePublic(t.app, cat, 'Cat');
  await log(t.app, ann, {
    title: 'Ann one',
    day: '1',
    posted_on: '2025-10-01',
    fandoms: 'Good Omens',
    words: '1000',
  });
  await log(t.app, ann, {
    title: 'Ann three',
    day: '3',
    posted_on: '2025-10-03',
    rating: 'Mature',
    words: '300',
  });
  await log(t.app, cat, {
    title: 'Cat two',
    day: '2',
    posted_on: '2025-10-02',
    fandoms: 'Sherlock',
    words: '20',
  });
  await log(t.app, cat, { title: 'Cat draft', day: '2', status: 'drafting' });
  await log(t.app, bob, { title: 'Bob two', day: '2', posted_on: '2025-10-02' });
  return { ...t, ann, bob, cat };
}

describe('the event’s collection', () => {
  it('lists every posted piece of public writers, newest first, with totals', async () => {
    const { app } = await collectionApp();
    const html = await (await app.request('/events/promptober-demo/pieces')).text();
    expect(html.indexOf('Ann three')).toBeLessThan(html.indexOf('Cat two'));
    expect(html.indexOf('Cat two')).toBeLessThan(html.indexOf('Ann one'));
    expect(html).not.toContain('Bob two');
    expect(html).not.toContain('Cat draft');
    expect(html).toContain('by <a href="/@cat">Cat</a>');
    expect(html).toMatch(/<dt>Pieces<\/dt><dd>3<\/dd>/);
    expect(html).toMatch(/<dt>Writers<\/dt><dd>2<\/dd>/);
    expect(html).toMatch(/<dt>Words<\/dt><dd>1,320<\/dd>/);
    expect(html).toContain('<option value="Good Omens">Good Omens</option>');
  });

  it.each([
    ['?day=2', ['Cat two'], ['Ann one', 'Ann three']],
    ['?fandom=Good+Omens', ['Ann one'], ['Cat two', 'Ann three']],
    ['?rating=Mature', ['Ann three'], ['Ann one', 'Cat two']],
    ['?day=1&rating=Mature', [], ['Ann one', 'Ann three', 'Cat two']],
  ])('filters %s', async (query, shown, hidden) => {
    const { app } = await collectionApp();
    const html = await (await app.request(`/events/promptober-demo/pieces${query}`)).text();
    for (const t of shown) expect(html).toContain(t);
    for (const t of hidden) expect(html).not.toContain(`>${t}<`);
    expect(html).toMatch(new RegExp(`<dt>Pieces</dt><dd>${shown.length}</dd>`));
  });

  it('orders by day, and answers htmx with the results alone', async () => {
    const { app } = await collectionApp();
    const res = await app.request('/events/promptober-demo/pieces?order=day', { headers: HX });
    const html = await res.text();
    expect(html.startsWith('<section id="event-collection"')).toBe(true);
    expect(html.indexOf('Ann one')).toBeLessThan(html.indexOf('Cat two'));
    expect(html.indexOf('Cat two')).toBeLessThan(html.indexOf('Ann three'));
  });

  it('ignores nonsense filters, and is 404 for an unknown event', async () => {
    const { app } = await collectionApp();
    expect(
      (await app.request('/events/promptober-demo/pieces?day=99&rating=x&order=%00&page=-1')).status,
    ).toBe(200);
    expect((await app.request('/events/nope/pieces')).status).toBe(404);
  });

  it('the event page shows the latest public pieces and links to the collection', async () => {
    const { app } = await collectionApp();
    const html = await (await app.request('/events/promptober-demo')).text();
    expect(html).toContain('Latest pieces');
    expect(html).toContain('Ann three');
    expect(html).not.toContain('Bob two');
    expect(html).toContain('The whole collection: 3 pieces by 2 writers');
  });

  it('the day page shows everyone’s public fills beside the writer’s own', async () => {
    const { app, bob, cat } = await collectionApp();
    const forBob = await (await app.request('/events/promptober-demo/days/2', withCookie(bob))).text();
    const own = forBob.indexOf('Your pieces for this day');
    const others = forBob.indexOf('Everyone else’s fills');
    expect(forBob.indexOf('Bob two')).toBeGreaterThan(own);
    expect(forBob.indexOf('Bob two')).toBeLessThan(others);
    expect(forBob.indexOf('Cat two')).toBeGreaterThan(others);
    const forCat = await (await app.request('/events/promptober-demo/days/2', withCookie(cat))).text();
    expect(forCat).toContain('Cat draft');
    expect(forCat.match(/Cat two/g)).toHaveLength(1);
    expect(forCat).not.toContain('Bob two');
  });
});

describe('joining events', () => {
  it('joins and leaves with a button, as a page post or an htmx swap', async () => {
    const { app, db, count } = testApp();
    const ann = await signUp(app, 'ann');
    const page = await (await app.request('/events/promptober-demo', withCookie(ann))).text();
    expect(page).toContain('action="/events/promptober-demo/join"');
    const joined = await app.request('/events/promptober-demo/join', withCookie(ann, post(form({}))));
    expect(joined.status).toBe(303);
    expect(joined.headers.get('Location')).toBe('/events/promptober-demo');
    expect(count('event_members')).toBe(1);
    expect(await (await app.request('/events/promptober-demo', withCookie(ann))).text()).toContain(
      'Leave the event',
    );
    const left = await app.request('/events/promptober-demo/leave', withCookie(ann, post(form({}), true)));
    expect(left.status).toBe(200);
    const fragment = await left.text();
    expect(fragment.startsWith('<form id="membership"')).toBe(true);
    expect(fragment).toContain('Join the event');
    expect(count('event_members')).toBe(0);
    const again = await app.request('/events/promptober-demo/join', withCookie(ann, post(form({}), true)));
    expect(await again.text()).toContain('Leave the event');
    expect(memberRole(db, 1, 1)).toBe('writer');
  });

  it('sends a visitor to sign in, and is 404 for an unknown event', async () => {
    const { app, count } = testApp();
    const res = await app.request('/events/promptober-demo/join', {
      ...post(form({})),
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Referer: 'http://localhost/events/promptober-demo',
      },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/login?next=%2Fevents%2Fpromptober-demo');
    expect(count('event_members')).toBe(0);
    const ann = await signUp(app, 'ann');
    expect((await app.request('/events/nope/join', withCookie(ann, post(form({}))))).status).toBe(404);
  });

  it('logging a piece for an event joins it', async () => {
    const { app, count } = testApp();
    const ann = await signUp(app, 'ann');
    await log(app, ann, { title: 'x', day: '2' });
    expect(count('event_members')).toBe(1);
  });

  it('the home page shows the running events a writer joined and the featured ones; others are a link away', async () => {
    const { app, db } = testApp();
    const other = db
      .insert(events)
      .values({ slug: 'other', name: 'Other Week', firstDay: '2025-10-01', lastDay: '2025-10-07' })
      .returning()
      .get();
    const day = db
      .insert(eventDays)
      .values({ eventId: other.id, number: 2, date: '2025-10-02' })
      .returning()
      .get();
    db.insert(prompts).values({ dayId: day.id, position: 1, text: 'Other prompt' }).run();
    const ann = await signUp(app, 'ann');
    const before = await (await app.request('/', withCookie(ann))).text();
    expect(before).toContain('Promptober October 2025 (demo)');
    expect(before).not.toContain('Other Week');
    expect(before).toContain('One more event is running');
    await app.request('/events/other/join', withCookie(ann, post(form({}))));
    const after = await (await app.request('/', withCookie(ann))).text();
    expect(after).toContain('Other Week');
    // The demo is featured: it stays on everyone's Today.
    expect(after).toContain('section class="card today" aria-labelledby="today-promptober-demo"');
    expect(after).not.toContain('more event');
    const visitor = await (await app.request('/')).text();
    expect(visitor).not.toContain('Other Week');
    expect(visitor).toContain('Promptober October 2025 (demo)');
    expect(visitor).toContain('One more event is running');
  });
});

describe('organisers', () => {
  it('canEditEvent: the admin, the event’s organiser, or an organiser member; not other writers or visitors', async () => {
    const { app, db } = testApp();
    await signUp(app, 'admin');
    await signUp(app, 'org');
    await signUp(app, 'helper');
    await signUp(app, 'writer');
    const w = (name: string) => findWriterByUsername(db, name) ?? null;
    const event = db
      .update(events)
      .set({ organiserId: w('org')?.id })
      .returning()
      .get();
    joinEvent(db, w('helper')?.id as number, event.id, 'organiser');
    joinEvent(db, w('writer')?.id as number, event.id);
    expect(canEditEvent(db, w('admin'), event)).toBe(true);
    expect(canEditEvent(db, w('org'), event)).toBe(true);
    expect(canEditEvent(db, w('helper'), event)).toBe(true);
    expect(canEditEvent(db, w('writer'), event)).toBe(false);
    expect(canEditEvent(db, null, event)).toBe(false);
    expect(leaveEvent(db, w('helper')?.id as number, event.id)).toBe(false);
    expect(memberRole(db, w('helper')?.id as number, event.id)).toBe('organiser');
    joinEvent(db, w('writer')?.id as number, event.id, 'organiser');
    expect(canEditEvent(db, w('writer'), event)).toBe(true);
  });
});
