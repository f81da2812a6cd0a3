import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../db/client.ts';
import { createApp } from '../../src/app.tsx';
import { CACHE_BUDGET, cacheOf } from '../../src/cache.ts';
import { seedDemo } from '../../src/demo.ts';
import { form, makePublic, post, signUp, TEST_NOW, testApp, withCookie } from '../helpers.ts';
import { editorApp, eventForm, postForm } from './event-helpers.ts';

type App = ReturnType<typeof testApp>['app'];

const CALENDAR = '/events/promptober-demo';
const DAY_2 = '/events/promptober-demo/days/2';
const page = async (app: App, path: string, init: RequestInit = {}) => (await app.request(path, init)).text();

async function logPiece(app: App, cookie: string, title: string) {
  const body = form({ title, words: '100', event: 'promptober-demo', day: '2', status: 'posted' });
  const res = await app.request('/pieces', withCookie(cookie, post(body)));
  expect(res.status).toBe(303);
}

describe('the visitors’ page cache', () => {
  it('shows a new piece on the calendar, the day page and the profile at once', async () => {
    const { app } = testApp();
    const ann = await signUp(app, 'ann');
    await makePublic(app, ann, 'Ann');
    for (const path of [CALENDAR, DAY_2, '/@ann']) expect(await page(app, path)).not.toContain('Frostbitten');
    await logPiece(app, ann, 'Frostbitten');
    for (const path of [CALENDAR, DAY_2, '/@ann']) expect(await page(app, path)).toContain('Frostbitten');
  });

  it('shows an organiser’s edit of the event at once', async () => {
    const t = editorApp();
    const list = '1. Blood | Tears\n2. Sweat';
    expect((await t.asAnn('/events', postForm(eventForm({ name: 'Mini', slug: 'mini', list })))).status).toBe(
      303,
    );
    expect(await (await t.asVisitor('/events/mini/days/2')).text()).toContain('Sweat');
    expect(await (await t.asVisitor('/events/mini')).text()).toContain('Mini');
    const edited = postForm(eventForm({ name: 'Mini (revised)', slug: 'mini', list: '1. Blood\n2. Fever' }));
    expect((await t.asAnn('/events/mini/edit', edited)).status).toBe(303);
    const day = await (await t.asVisitor('/events/mini/days/2')).text();
    expect(day).toContain('Fever');
    expect(day).not.toContain('Sweat');
    expect(await (await t.asVisitor('/events/mini')).text()).toContain('Mini (revised)');
  });

  it('never serves a visitor’s copy to a signed-in writer, nor a writer’s page to a visitor', async () => {
    const { app } = testApp();
    const visitor = await page(app, CALENDAR);
    expect(visitor).toContain('Sign in');
    const bo = await signUp(app, 'bo');
    const mine = await page(app, CALENDAR, withCookie(bo));
    expect(mine).not.toContain('Sign in');
    expect(mine).toContain('href="/@bo"');
    expect(await page(app, CALENDAR)).not.toContain('href="/@bo"');
  });

  it('keeps one copy per time zone: "today" follows the visitor’s zone', async () => {
    const { app } = testApp(DateTime.fromISO('2025-10-02T20:00:00Z', { zone: 'UTC' }));
    const today = (html: string) => /<td class="[^"]*is-today[^"]*"[^>]*>[\s\S]*?Day (\d+)/.exec(html)?.[1];
    expect(today(await page(app, CALENDAR))).toBe('2');
    const kiritimati = { headers: { Cookie: 'tz=Pacific/Kiritimati' } };
    expect(today(await page(app, CALENDAR, kiritimati))).toBe('3');
    expect(today(await page(app, CALENDAR))).toBe('2');
  });

  it('keeps a page and its htmx fragment apart', async () => {
    const { app } = testApp();
    const whole = await page(app, CALENDAR);
    const fragment = await page(app, CALENDAR, {
      headers: { 'HX-Request': 'true', 'HX-Request-Type': 'partial' },
    });
    expect(whole).toContain('<!doctype html>');
    expect(fragment).not.toContain('<!doctype html>');
    expect(await page(app, CALENDAR)).toBe(whole);
  });
});

describe('a write from another process', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is seen at once (the CLI writes beside the server)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'promptly-cache-'));
    const path = join(dir, 'promptly.db');
    const server = openDatabase(path);
    migrateDatabase(server.db);
    seedDemo(server.db, TEST_NOW);
    const app = createApp({ db: server.db, now: () => TEST_NOW });
    expect(await page(app, DAY_2)).toContain('Frostbite');
    const cli = openDatabase(path);
    cli.sqlite.prepare("update prompts set text = 'Hypothermia' where text = 'Frostbite'").run();
    cli.sqlite.close();
    const html = await page(app, DAY_2);
    expect(html).toContain('Hypothermia');
    expect(html).not.toContain('Frostbite');
    server.sqlite.close();
  });
});

describe('the cache of a database', () => {
  it('computes once per version of its sources, and drops the oldest entries past its budget', () => {
    const { db, sqlite } = testApp();
    const cache = cacheOf(db);
    const eventId = sqlite
      .prepare("select id from events where slug = 'promptober-demo'")
      .pluck()
      .get() as number;
    let runs = 0;
    const count = () => cache.memo('n', [{ event: eventId }], () => ++runs);
    expect([count(), count()]).toEqual([1, 1]);
    // A write elsewhere (a session, another writer's goal) changes nothing it was computed from.
    sqlite.prepare("insert into login_failures (key, at) values ('user:x', '2025-10-01')").run();
    expect(count()).toBe(1);
    sqlite.prepare("update events set name = 'Renamed'").run();
    expect(count()).toBe(2);
    const version = cache.versionOf([{ event: eventId }]);
    cache.set('a', version, 'first', CACHE_BUDGET / 4);
    for (const key of ['b', 'c', 'd', 'e']) cache.set(key, version, key, CACHE_BUDGET / 4);
    expect(cache.get('a', version)).toBeUndefined();
    expect(cache.get('e', version)).toBe('e');
  });

  it('keeps nothing inside a transaction, which may roll back', () => {
    const { db, sqlite } = testApp();
    const cache = cacheOf(db);
    const eventId = sqlite
      .prepare("select id from events where slug = 'promptober-demo'")
      .pluck()
      .get() as number;
    const name = () =>
      cache.memo('name', [{ event: eventId }], () =>
        sqlite.prepare('select name from events where id = ?').pluck().get(eventId),
      );
    expect(() =>
      db.transaction(() => {
        sqlite.prepare("update events set name = 'Doomed'").run();
        // Read through the outer handle inside the transaction: sees the uncommitted name.
        expect(name()).toBe('Doomed');
        throw new Error('roll back');
      }),
    ).toThrow('roll back');
    // The rollback put the version back; a value computed inside must not be served now.
    expect(name()).not.toBe('Doomed');
    // Nor after the next real write lands on the same version number.
    sqlite.prepare("update events set description = 'x'").run();
    expect(name()).not.toBe('Doomed');
  });
});
