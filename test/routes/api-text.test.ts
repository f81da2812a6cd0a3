import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventDays, events, prompts } from '../../db/schema.ts';
import { testApp } from '../helpers.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ao3/${name}`, import.meta.url), 'utf8');
const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

describe('POST /api/v1/word-count', () => {
  it.each([
    ['', 'plain', 0],
    ['one two three four', 'plain', 4],
    ["don't do that", 'plain', 3],
    ['arm-rest is hyphenated', 'plain', 3],
    ['一个简单の栗子', 'plain', 7],
    ['<p>one</p>two<br/>three', 'html', 3],
    ['<i>Vulcan</i>’s', 'html', 2],
  ])('%j (%s) → %i', async (text, format, words) => {
    const { app } = testApp();
    const res = await app.request('/api/v1/word-count', json({ text, format }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ words });
  });

  it('counts plain text when no format is given', async () => {
    const { app } = testApp();
    // As plain text, markup is words too: "p one p two".
    const res = await app.request('/api/v1/word-count', json({ text: '<p>one</p> two' }));
    expect(await res.json()).toEqual({ words: 4 });
  });

  it.each([
    [json({ text: 5 }), 422],
    [json({ text: 'a', format: 'markdown' }), 422],
    [json(['a']), 400],
    [{ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text": ' }, 400],
    [{ method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' }, 415],
  ] as [RequestInit, number][])('refuses bad input (%#) with %i and a message', async (init, status) => {
    const { app } = testApp();
    const res = await app.request('/api/v1/word-count', init);
    expect(res.status).toBe(status);
    expect((await res.json()).error).toEqual(expect.any(String));
  });

  it('answers 413 to a body over the documented 5 MB, and keeps serving', async () => {
    const { app } = testApp();
    const res = await app.request('/api/v1/word-count', json({ text: 'word '.repeat(1_100_000) }));
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/too large/);
    const ok = await app.request('/api/v1/word-count', json({ text: 'still here' }));
    expect(await ok.json()).toEqual({ words: 2 });
  });
});

describe('POST /api/v1/pieces/parse', () => {
  it('reads an AO3 work page and finds the Promptly event day it fills', async () => {
    const { app, db } = testApp();
    const event = db
      .insert(events)
      .values({
        slug: 'whumptober-2025',
        name: 'Whumptober 2025',
        firstDay: '2025-10-01',
        lastDay: '2025-10-31',
      })
      .returning()
      .get();
    for (const n of [1, 2]) {
      const day = db
        .insert(eventDays)
        .values({ eventId: event.id, number: n, date: `2025-10-0${n}` })
        .returning()
        .get();
      ['Frostbite', 'Shaking Hands'].forEach((text, i) => {
        db.insert(prompts)
          .values({ dayId: day.id, position: i + 1, text })
          .run();
      });
    }
    const res = await app.request('/api/v1/pieces/parse', json({ text: fixture('one-shot-inline.txt') }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      source: 'ao3-page',
      title: 'Shaking Hands',
      words: 341,
      words_counted: 341,
      published: '2025-10-02',
      series: [{ name: 'Whumptober 2025', part: 2 }],
      collections: ['Whumptober 2025'],
      prompts: [{ event: 'Whumptober 2025', day: 2, text: 'Shaking Hands' }],
      events: [{ event: 'whumptober-2025', day: 2, prompts: [2] }],
    });
  });

  it('reads plain story text as words only', async () => {
    const { app } = testApp();
    const body = await (
      await app.request('/api/v1/pieces/parse', json({ text: 'Once upon a time.' }))
    ).json();
    expect(body).toMatchObject({ source: 'text', words: 4, title: '' });
  });

  it('refuses an empty paste', async () => {
    const { app } = testApp();
    const res = await app.request('/api/v1/pieces/parse', json({ text: '  ' }));
    expect(res.status).toBe(422);
  });
});
