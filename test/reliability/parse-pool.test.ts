import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryDatabase } from '../../db/client.ts';
import { createAo3Client } from '../../src/ao3/client.ts';
import { fetchWork } from '../../src/ao3/fetch.ts';
import { createApp } from '../../src/app.tsx';
import { seedDemo } from '../../src/demo.ts';
import { applyFix } from '../../src/domain/prompt-list-fix.ts';
import { createParsePool, type ParsePool } from '../../src/parse-pool.ts';
import { ao3Fixture, startFakeAo3 } from '../ao3/fake-ao3.ts';
import { form, post, signUp, TEST_NOW, withCookie } from '../helpers.ts';
import { killStrayServers, preparedDatabase, startServerOn, stopServer } from './live.ts';

/** A 4.8 MB AO3 page whose notes name 800,000 days: linear, but a second or more of work on any machine. */
const LONG_PAGE = `Rating:\nGeneral Audiences\nFandom:\nX\n\nT\n\nNotes:\n${'Day 1 '.repeat(800_000)}`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('long parses run off the event loop', () => {
  const dirs: string[] = [];
  afterAll(() => {
    killStrayServers();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('/healthz answers at once while the real server parses three 5 MB AO3 pages', {
    timeout: 120_000,
  }, async () => {
    const { dir, dbPath } = preparedDatabase();
    dirs.push(dir);
    const server = await startServerOn(dbPath);
    try {
      const body = JSON.stringify({ text: LONG_PAGE });
      const started = performance.now();
      let done = 0;
      const parses = Array.from({ length: 3 }, () =>
        fetch(`${server.url}/api/v1/pieces/parse`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
        }).then(async (res) => {
          done++;
          return { status: res.status, body: (await res.json()) as { source?: string; error?: string } };
        }),
      );
      // Each /healthz from the first parse to the last answer: one waiting behind a parse takes seconds.
      const waits: number[] = [];
      await sleep(300);
      while (done < 3) {
        const asked = performance.now();
        expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
        waits.push(performance.now() - asked);
        await sleep(50);
      }
      const answers = await Promise.all(parses);
      const parseMs = performance.now() - started;
      for (const a of answers) expect([200, 422]).toContain(a.status);
      expect(answers.some((a) => a.body.source === 'ao3-page')).toBe(true);
      console.log(
        `3 parses of ${Math.round(body.length / 1e6)} MB took ${Math.round(parseMs)} ms; ${waits.length} /healthz meanwhile, slowest ${Math.round(Math.max(...waits))} ms`,
      );
      // Meaningful only if the parses outlast the bound by far; the bound is generous for a loaded
      // machine (parsed in place, a /healthz waits for a whole parse: seconds).
      expect(parseMs).toBeGreaterThan(2000);
      expect(waits.length).toBeGreaterThan(5);
      expect(Math.max(...waits)).toBeLessThan(1000);
    } finally {
      await stopServer(server);
    }
  });
});

describe('the parse pool', () => {
  it('parses short texts in place and long ones in its thread, with the same answers', async () => {
    const pool = createParsePool({ inlineBelow: 1000 });
    try {
      const short = await pool.run('words', 'one two three', 'plain');
      const long = await pool.run('words', 'word '.repeat(10_000), 'plain');
      expect(short).toEqual({ ok: true, value: 3 });
      expect(long).toEqual({ ok: true, value: 10_000 });
      const list = await pool.run('promptList', `1. Blood\n2. Tears\n${' '.repeat(2000)}`, { year: 2025 });
      expect(list.ok && list.value.ok && list.value.value.days.length).toBe(2);
      // A fix from the preview's Not used lines, with a fallback year: cloned to the thread and back.
      const dated = `Oct 1: Blood\nOct 2: Tears\nMoon\n${' '.repeat(2000)}`;
      const fix = { kind: 'alternate', line: 3, was: 'Moon', text: 'Moon' } as const;
      const opts = { fallbackYear: 2025 };
      expect(await pool.run('listFix', dated, fix, opts)).toEqual({
        ok: true,
        value: applyFix(dated, fix, opts),
      });
    } finally {
      await pool.close();
    }
  });

  it('stops a parse that runs past its time, and parses the next one in a fresh thread', async () => {
    const pool = createParsePool({ inlineBelow: 1000, timeoutMs: 50 });
    try {
      expect(await pool.run('ao3', LONG_PAGE)).toMatchObject({ ok: false, status: 422, error: /too long/ });
      expect(await pool.run('words', 'word '.repeat(1000), 'plain')).toEqual({ ok: true, value: 1000 });
    } finally {
      await pool.close();
    }
  });

  it('answers 503 when its queue is full, and serves the queue in order', async () => {
    const pool = createParsePool({ inlineBelow: 1000, maxQueued: 1 });
    try {
      const text = 'word '.repeat(200_000);
      const outcomes = await Promise.all([1, 2, 3].map(() => pool.run('words', text, 'plain')));
      expect(outcomes.map((o) => (o.ok ? o.value : o.status))).toEqual([200_000, 200_000, 503]);
    } finally {
      await pool.close();
    }
  });
});

describe('the routes that parse pasted text go through the pool', () => {
  it('AO3 pages, word counts and prompt lists, from the API and the forms', async () => {
    const { db } = memoryDatabase();
    seedDemo(db, TEST_NOW);
    const real = createParsePool();
    const jobs: string[] = [];
    const parse: ParsePool = {
      run: (job, ...args) => {
        jobs.push(job);
        return real.run(job, ...args);
      },
      close: () => real.close(),
    };
    const app = createApp({ db, now: () => TEST_NOW, parse });
    const cookie = await signUp(app, 'ann');
    const json = (body: unknown): RequestInit => ({
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const list = Array.from({ length: 31 }, (_, i) => `${i + 1}. Prompt ${i + 1}`).join('\n');
    // "Moon", line 32, made an alternate from the preview's Not used lines.
    const fix = { fix: 'alternate:32', was_32: 'Moon', line_32: 'Moon' };
    const answers = await Promise.all([
      app.request('/api/v1/pieces/parse', json({ text: 'Rating:\nGeneral Audiences\nFandom:\nX' })),
      app.request('/api/v1/word-count', json({ text: 'one two' })),
      app.request('/api/v1/prompt-lists/parse', json({ text: list })),
      app.request('/pieces/word-count', post(form({ paste: 'one two' }))),
      app.request('/pieces', withCookie(cookie, post(form({ paste: 'one two', intent: 'import' })))),
      app.request('/events/preview', withCookie(cookie, post(form({ name: 'Fest', list })))),
      app.request('/events', withCookie(cookie, post(form({ name: 'Fest', first_day: '2025-10-01', list })))),
      app.request(
        '/events/preview',
        withCookie(cookie, post(form({ name: 'Fest', list: `${list}\nMoon`, ...fix }))),
      ),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200, 303, 200]);
    expect(jobs.sort()).toEqual([
      'ao3',
      'ao3',
      'ao3',
      'listFix',
      'promptList',
      'promptList',
      'promptList',
      'promptList',
      'words',
    ]);
    // A work page fetched from AO3 is read there too: it may be megabytes long.
    jobs.length = 0;
    const work = '/works/48151623?view_adult=true&view_full_work=true';
    const fake = await startFakeAo3({ [work]: { body: ao3Fixture('work-page.html') } });
    try {
      const client = createAo3Client({ baseUrl: fake.url });
      const fetched = await fetchWork(client, 1, '48151623', parse);
      expect(fetched.ok && fetched.value.title).toBe('Cold Hands, Warm Heart');
      expect(jobs).toEqual(['ao3']);
    } finally {
      await fake.close();
      await real.close();
    }
  });
});
