import { describe, expect, it } from 'vitest';
import { writers } from '../../db/schema.ts';
import { createToken } from '../../src/queries/tokens.ts';
import { form, post, testWriterApp } from '../helpers.ts';
import { expectWithin, TIME_BOUNDS } from '../time-bound.ts';

const PIECE: [string, string][] = [
  ['title', 'Stitches in Time'],
  ['words', '1234'],
  ['event', 'promptober-demo'],
];

/** `n` copies of `day=<1..days>`, cycling. */
const days = (n: number, cycle = 28): [string, string][] =>
  Array.from({ length: n }, (_, i) => ['day', String((i % cycle) + 1)] as [string, string]);

/** How many day groups the log form shows. */
const dayGroups = (html: string) => html.match(/<fieldset class="day-fill">/g)?.length ?? 0;

describe('forms with repeated fields', () => {
  it.skipIf(!TIME_BOUNDS)(
    'refuses 100,000 `day` fields at once, with a short page and nothing saved',
    async () => {
      const { request, count } = await testWriterApp();
      const started = performance.now();
      const res = await request('/pieces', post(form([...PIECE, ['intent', 'add-day'], ...days(100_000)])));
      const html = await res.text();
      expect(res.status).toBe(413);
      expect(html).toMatch(/more than 10,000 fields/);
      expect(html.length).toBeLessThan(20_000);
      expectWithin(started, 2000);
      expect(count('pieces')).toBe(0);
    },
  );

  it('refuses a field sent more than 1,000 times, naming it, on the log, edit and htmx posts', async () => {
    const { request, count } = await testWriterApp();
    const saved = await request('/pieces', post(form([...PIECE, ['day', '2']])));
    const edit = saved.headers.get('Location') as string;
    for (const [path, htmx] of [
      ['/pieces', false],
      ['/pieces', true],
      [edit, false],
      [edit, true],
    ] as const) {
      const res = await request(path, post(form([...PIECE, ...days(1001)]), htmx));
      expect(res.status, path).toBe(413);
      expect(await res.text()).toMatch(/“day” more than 1,000 times/);
    }
    expect(count('fills')).toBe(1);
  });

  it('reads repeated days once each: the form shows each distinct valid day once', async () => {
    const { request } = await testWriterApp();
    const pairs: [string, string][] = [
      ...PIECE,
      ...days(90, 3),
      ['day', 'abc'],
      ['day', '999'],
      ['prompts-2', '1'],
      ['prompts-2', '1'],
      ['intent', 'add-day'],
      ['add_day', '4'],
    ];
    for (const htmx of [false, true]) {
      const res = await request('/pieces', post(form(pairs), htmx));
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(dayGroups(html)).toBe(4);
      expect(html.length).toBeLessThan(60_000);
    }
  });

  it('saves one fill per distinct day however often the day is posted', async () => {
    const { request, count } = await testWriterApp();
    const res = await request('/pieces', post(form([...PIECE, ...days(60, 2), ['prompts-2', '1']])));
    expect(res.status).toBe(303);
    expect(count('fills')).toBe(2);
    expect(count('fill_prompts')).toBe(1);
  });

  it('caps every form the same way: settings, sign-in and the event editor', async () => {
    const { request, count } = await testWriterApp();
    const many = Array.from({ length: 10_001 }, (_, i) => [`f${i}`, 'x'] as [string, string]);
    for (const path of ['/settings', '/login', '/events/preview', '/stats/word-logs']) {
      const res = await request(path, post(form(many)));
      expect(res.status, path).toBe(413);
      expect(await res.text()).toMatch(/more than 10,000 fields/);
    }
    const repeated = Array.from({ length: 1001 }, () => ['display_name', 'Ann'] as [string, string]);
    const res = await request('/settings', post(form(repeated)));
    expect(res.status).toBe(413);
    expect(await res.text()).toMatch(/“display_name” more than 1,000 times/);
    expect(count('pieces')).toBe(0);
  });

  it('counts multipart fields too', async () => {
    const { request } = await testWriterApp();
    const body = new FormData();
    for (let i = 0; i < 10_001; i++) body.append(`json${i}`, '{}');
    const res = await request('/events/import', { method: 'POST', body });
    expect(res.status).toBe(413);
    expect(await res.text()).toMatch(/more than 10,000 fields/);
  });

  it('counts multipart fields under a quoted boundary with an escaped quote or a semicolon', async () => {
    const { request } = await testWriterApp();
    for (const [type, boundary] of [
      ['multipart/form-data; boundary="a\\"b"', 'a"b'],
      ['multipart/form-data; boundary="x"; boundary=y', 'x'],
      ['multipart/form-data; z="; boundary=fake"; boundary=real', 'real'],
    ]) {
      const part = `--${boundary}\r\nContent-Disposition: form-data; name="f"\r\n\r\nx\r\n`;
      const res = await request('/events/import', {
        method: 'POST',
        headers: { 'Content-Type': type as string },
        body: `${part.repeat(1001)}--${boundary}--\r\n`,
      });
      expect(res.status, type).toBe(413);
      expect(await res.text()).toMatch(/“f” more than 1,000 times/);
    }
  });

  it('adds no 32nd day to a piece (a piece fills at most 31), saying so', async () => {
    const t = await testWriterApp();
    const [writer] = t.db.select().from(writers).all();
    const { token } = createToken(t.db, writer!.id, 'test');
    const event = {
      slug: 'long-fest',
      name: 'Long fest',
      first_day: '2025-10-01',
      days: Array.from({ length: 40 }, (_, i) => ({ day: i + 1, prompts: [`Prompt ${i + 1}`] })),
      alternates: [],
    };
    const made = await t.app.request('/api/v1/events', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(event),
    });
    expect(made.status).toBe(201);
    const pairs: [string, string][] = [
      ['title', 'Long'],
      ['words', '5'],
      ['event', 'long-fest'],
    ];
    const res = await t.request(
      '/pieces',
      post(form([...pairs, ...days(31, 31), ['intent', 'add-day'], ['add_day', '35']])),
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('A piece fills at most 31 days.');
    expect(dayGroups(html)).toBe(31);
  });

  it('lets the largest form through: the AO3 import preview of 500 works', async () => {
    const { request } = await testWriterApp();
    const pairs: [string, string][] = [
      ['event', 'promptober-demo'],
      ['intent', 'refresh'],
    ];
    for (let k = 0; k < 500; k++) {
      pairs.push(['work', '{}'], ['pick', String(k)], [`day_${k}`, '2']);
      for (let p = 1; p <= 10; p++) pairs.push([`prompts_${k}_2`, String(p)]);
    }
    const res = await request('/pieces/import/save', post(form(pairs)));
    expect(res.status).not.toBe(413);
  });
});
