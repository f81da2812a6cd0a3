import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Db, migrateDatabase, openDatabase } from '../../db/client.ts';
import { createApp } from '../../src/app.tsx';
import { cacheOf } from '../../src/cache.ts';
import { seedDemo } from '../../src/demo.ts';
import { createToken } from '../../src/queries/tokens.ts';
import { findWriterByUsername } from '../../src/queries/writers.ts';
import { sharedPart } from '../../src/render.tsx';
import { form, makePublic, post, signUp, TEST_NOW, TEST_PASSWORD, withCookie } from '../helpers.ts';
import { apiClient } from './progress-helpers.ts';

const DEMO = 'promptober-demo';
const VISITOR_PAGES = [
  '/',
  '/events',
  `/events/${DEMO}`,
  `/events/${DEMO}/days/2`,
  `/events/${DEMO}/pieces`,
  `/events/${DEMO}/pieces?fandom=Good+Omens`,
  `/events/${DEMO}/pieces?day=2`,
  '/@ann',
];
/** What a writer who posts nothing sees: everyone's lists, the parts rendered once for all viewers. */
const READER_PAGES = [`/events/${DEMO}`, `/events/${DEMO}/days/2`, `/events/${DEMO}/days/3`];
const WRITER_PAGES = [
  '/',
  `/events/${DEMO}`,
  `/events/${DEMO}/days/2`,
  '/pieces',
  '/pieces?fandom=Good+Omens',
  `/stats?event=${DEMO}`,
  '/@ann',
];

let dir = '';
let path = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'promptly-cache-writes-'));
  path = join(dir, 'promptly.db');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The app under test (with its caches) and a way to render the same request with none. */
async function setup() {
  const main = openDatabase(path);
  migrateDatabase(main.db);
  seedDemo(main.db, TEST_NOW);
  const app = createApp({ db: main.db, now: () => TEST_NOW });
  const ann = await signUp(app, 'ann');
  await makePublic(app, ann, 'Ann');
  const bo = await signUp(app, 'bo');
  await makePublic(app, bo, 'Bo');
  const cy = await signUp(app, 'cy');
  const annId = findWriterByUsername(main.db, 'ann')?.id ?? 0;
  const api = apiClient(app, createToken(main.db, annId, 'test').token);
  // One-time form tokens differ from view to view: they are not what a cache keeps.
  const html = async (a: typeof app, p: string, cookie?: string) =>
    (await (await a.request(p, cookie ? withCookie(cookie) : {})).text()).replace(
      /name="submission" value="[^"]*"/g,
      'name="submission"',
    );
  /** Every page as the cached app serves it and as a fresh connection (no cache) renders it. */
  const compare = async (what: string) => {
    const fresh = openDatabase(path);
    const uncached = createApp({ db: fresh.db, now: () => TEST_NOW });
    for (const p of VISITOR_PAGES)
      expect(await html(app, p), `${p} for a visitor after ${what}`).toBe(await html(uncached, p));
    for (const p of WRITER_PAGES)
      expect(await html(app, p, ann), `${p} for ann after ${what}`).toBe(await html(uncached, p, ann));
    for (const p of READER_PAGES)
      expect(await html(app, p, cy), `${p} for cy after ${what}`).toBe(await html(uncached, p, cy));
    fresh.sqlite.close();
  };
  const warm = async () => {
    for (const p of VISITOR_PAGES) await html(app, p);
    for (const p of WRITER_PAGES) await html(app, p, ann);
    for (const p of READER_PAGES) await html(app, p, cy);
  };
  return { main, app, ann, bo, api, compare, warm };
}

describe('no cache serves a value computed before a write that changed it', () => {
  it('for each kind of write, on every cached page', async () => {
    const t = await setup();
    const piece = { title: 'Frostbite', words: 1200, status: 'posted', fandoms: ['Good Omens'] };
    const owner = createToken(t.main.db, 1, 'patch').token;
    const patchPiece = (changes: object) =>
      t.app.request('/api/v1/pieces/1', {
        method: 'PATCH',
        headers: {
          Authorization: `Bearer ${owner}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(changes),
      });
    const steps: [string, () => unknown][] = [
      [
        'a new piece',
        () => t.api.post('/pieces', { ...piece, fills: [{ event: DEMO, day: 2, prompts: [1] }] }),
      ],
      [
        'a piece by bo',
        () =>
          t.app.request(
            '/pieces',
            withCookie(
              t.bo,
              post(form({ title: 'Bo’s', words: '300', status: 'posted', event: DEMO, day: '2' })),
            ),
          ),
      ],
      [
        'an edit',
        () => patchPiece({ title: 'Frostbitten', words: 1500, fandoms: ['Good Omens', 'Sherlock'] }),
      ],
      ['a status change', () => patchPiece({ status: 'drafting' })],
      [
        'a privacy change by bo',
        () =>
          t.app.request(
            '/settings',
            withCookie(
              t.bo,
              post(form({ display_name: 'Bo', time_zone: 'UTC', week_start: '1', email: '' })),
            ),
          ),
      ],
      ['a display name change', () => makePublic(t.app, t.ann, 'Ann the Second')],
      ['a word log', () => t.api.post('/me/word-logs', { date: '2025-10-02', words: 400 })],
      [
        'a goal',
        () =>
          t.app.request(`/events/${DEMO}/goal`, withCookie(t.ann, post(form({ fills: '10', words: '' })))),
      ],
      ['leaving', () => t.app.request(`/events/${DEMO}/leave`, withCookie(t.ann, post(form({}))))],
      ['joining', () => t.app.request(`/events/${DEMO}/join`, withCookie(t.ann, post(form({}))))],
      ['an import', async () => t.api.post('/me/import', await (await t.api.get('/me/export')).json())],
      ['a delete', () => t.app.request('/pieces/1/delete', withCookie(t.ann, post(form({}))))],
      [
        'a commit by another process',
        async () => {
          const cli = openDatabase(path);
          cli.sqlite.prepare("update prompts set text = 'Hypothermia' where text = 'Frostbite'").run();
          cli.sqlite.prepare("update pieces set title = 'Renamed by the CLI'").run();
          cli.sqlite.close();
        },
      ],
    ];
    await t.compare('nothing');
    for (const [what, write] of steps) {
      await t.warm();
      await write();
      await t.compare(what);
    }
    t.main.sqlite.close();
  });

  it('when a write lands between a read of the versions and the store (A reads, B writes, A stores)', async () => {
    const t = await setup();
    const cache = cacheOf(t.main.db);
    const eventId = t.main.sqlite.prepare('select id from events where slug = ?').pluck().get(DEMO) as number;
    const name = () => t.main.sqlite.prepare('select name from events where id = ?').pluck().get(eventId);
    const first = cache.memo('name', [{ event: eventId }], () => {
      const read = name();
      // B's write, after A read what it computes from and before A stores it.
      const other = openDatabase(path);
      other.sqlite.prepare("update events set name = 'Renamed meanwhile'").run();
      other.sqlite.close();
      return read;
    });
    expect(first).not.toBe('Renamed meanwhile');
    expect(cache.memo('name', [{ event: eventId }], name)).toBe('Renamed meanwhile');
    t.main.sqlite.close();
  });

  it('when a write lands while a part shared by every viewer is being rendered', async () => {
    const t = await setup();
    const eventId = t.main.sqlite.prepare('select id from events where slug = ?').pluck().get(DEMO) as number;
    const name = () => t.main.sqlite.prepare('select name from events where id = ?').pluck().get(eventId);
    const part = (during?: () => void) =>
      String(
        sharedPart(t.main.db, 'name', [{ event: eventId }], () => {
          const read = String(name());
          during?.();
          return <p>{read}</p>;
        }),
      );
    const first = part(() => {
      const other = openDatabase(path);
      other.sqlite.prepare("update events set name = 'Renamed meanwhile'").run();
      other.sqlite.close();
    });
    expect(first).not.toContain('Renamed meanwhile');
    expect(part()).toBe('<p>Renamed meanwhile</p>');
    t.main.sqlite.close();
  });

  it('when a piece is posted while a visitor’s page is being made', async () => {
    const main = openDatabase(path);
    migrateDatabase(main.db);
    seedDemo(main.db, TEST_NOW);
    let calls = 0;
    let writeDuringRender: (() => void) | null = null;
    const app = createApp({
      db: main.db,
      now: () => {
        // The page cache asks the clock first; the handler asks again while making the page.
        if (++calls === 2 && writeDuringRender) writeDuringRender();
        return TEST_NOW;
      },
    });
    writeDuringRender = () => {
      main.sqlite.prepare("update events set name = 'Changed mid-render'").run();
    };
    calls = 0;
    const during = await (await app.request(`/events/${DEMO}`)).text();
    writeDuringRender = null;
    expect(during).not.toContain('Changed mid-render');
    expect(await (await app.request(`/events/${DEMO}`)).text()).toContain('Changed mid-render');
    main.sqlite.close();
  });
});

describe('what changes nothing shown', () => {
  it('a sign-in, a failed sign-in, a session renewal and a token’s use bump no version', async () => {
    const main = openDatabase(path);
    migrateDatabase(main.db);
    seedDemo(main.db, TEST_NOW);
    const app = createApp({ db: main.db, now: () => TEST_NOW });
    const ann = await signUp(app, 'ann');
    const { token } = createToken(main.db as Db, findWriterByUsername(main.db, 'ann')?.id ?? 0, 't');
    const versions = () => main.sqlite.prepare('select scope, id, n from versions order by 1, 2').all();
    const before = versions();
    await app.request('/login', post(form({ username: 'ann', password: TEST_PASSWORD })));
    await app.request('/login', post(form({ username: 'ann', password: 'wrong password!' })));
    // A session past the half of its life is renewed on use.
    main.sqlite.prepare("update sessions set expires_at = '2025-10-03T00:00:00.000Z'").run();
    await app.request('/', withCookie(ann));
    await apiClient(app, token).get('/me/pieces');
    expect(versions()).toEqual(before);
    main.sqlite.close();
  });
});
