import { describe, expect, it } from 'vitest';
import { writers } from '../../db/schema.ts';
import { createToken } from '../../src/queries/tokens.ts';
import { form, post, testApp, testWriterApp } from '../helpers.ts';

/** A signed-in writer with an API token; `api` sends JSON with it. */
async function apiWriter() {
  const t = await testWriterApp();
  const [writer] = t.db.select().from(writers).all();
  const { token } = createToken(t.db, writer!.id, 'test');
  const api = async (method: string, path: string, body: unknown) => {
    const res = await t.app.request(path, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      body: (await res.json()) as { error: string; fields?: Record<string, string> },
    };
  };
  return { ...t, api };
}

const PIECE = { title: 'Frostbite', words: 12, fills: [{ event: 'promptober-demo', day: 2, prompts: [1] }] };
const EVENT = {
  slug: 'fest',
  name: 'Fest',
  first_day: '2025-10-01',
  days: [{ day: 1, prompts: ['One'] }],
  alternates: ['Spare'],
};

describe('text that looks like something else, through the JSON API', () => {
  it.each([
    [
      'a lone high surrogate in the title',
      { title: 'Frost\ud800bite' },
      'title',
      /Title contains .*lone surrogate/,
    ],
    [
      'a lone low surrogate in the summary',
      { summary: '\udc00' },
      'summary',
      /Summary contains .*lone surrogate/,
    ],
    ['a NUL in the notes', { notes: 'a\u0000b' }, 'notes', /Notes contains a NUL/],
    ['an escape in the title', { title: '\u001b[2J' }, 'title', /U\+001B/],
    ['a newline inside the title', { title: 'Frost\nbite' }, 'title', /U\+000A/],
    ['a control character in a fandom', { fandoms: ['Good\u0007Omens'] }, 'fandoms', /A fandom contains/],
    ['a C1 control in the link', { url: 'https://example.com/\u0085' }, 'url', /Link contains/],
  ])('refuses %s, naming the field, and saves nothing', async (_, change, field, message) => {
    const t = await apiWriter();
    const created = await t.api('POST', '/api/v1/pieces', { ...PIECE, ...change });
    expect(created.status).toBe(422);
    expect(created.body.fields?.[field]).toMatch(message);
    expect(t.count('pieces')).toBe(0);
    const made = await t.api('POST', '/api/v1/pieces', PIECE);
    const id = (made.body as unknown as { id: number }).id;
    const patched = await t.api('PATCH', `/api/v1/pieces/${id}`, change);
    expect(patched.status).toBe(422);
    expect(patched.body.fields?.[field]).toMatch(message);
  });

  it('keeps tabs and line breaks in summaries and notes, and ends trimmed off a title', async () => {
    const t = await apiWriter();
    const made = await t.api('POST', '/api/v1/pieces', {
      ...PIECE,
      title: '\tFrostbite\n',
      summary: 'One\r\ntwo\tthree',
      notes: 'a\nb',
    });
    expect(made.status).toBe(201);
  });

  it('refuses them in an imported export, naming the piece', async () => {
    const t = await apiWriter();
    const res = await t.api('POST', '/api/v1/me/import', {
      format: 'promptly-export',
      version: 1,
      pieces: [{ ...PIECE, title: 'Lone \udfff' }],
      word_logs: [],
      goals: [],
    });
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body.fields)).toMatch(/lone surrogate/);
    expect(t.count('pieces')).toBe(0);
  });

  it.each([
    ['a lone surrogate in the name', { name: 'Fest \ud800' }, 'name', /The name contains .*lone surrogate/],
    ['a bell in the description', { description: 'Ding\u0007' }, 'description', /U\+0007/],
    [
      'a NUL in a prompt',
      { days: [{ day: 1, prompts: ['On\u0000e'] }] },
      'days',
      /days\[0\]\.prompts\[0\] contains a NUL/,
    ],
    [
      'a lone surrogate in a day title',
      { days: [{ day: 1, title: '\udc00', prompts: ['One'] }] },
      'days',
      /days\[0\]\.title/,
    ],
    [
      'a control in an alternate',
      { alternates: ['Ok', 'Sp\u0085are'] },
      'alternates',
      /alternates\[1\] contains/,
    ],
  ])('refuses events with %s', async (_, change, field, message) => {
    const t = await apiWriter();
    const res = await t.api('POST', '/api/v1/events', { ...EVENT, ...change });
    expect(res.status).toBe(422);
    expect(res.body.fields?.[field]).toMatch(message);
    expect(t.count('events')).toBe(1);
  });

  it('refuses them in the text tools: word count, AO3 parse and prompt-list parse', async () => {
    const t = await apiWriter();
    for (const path of ['/api/v1/word-count', '/api/v1/pieces/parse']) {
      const res = await t.api('POST', path, { text: 'Some words\u0000 and more' });
      expect(res.status, path).toBe(422);
      expect(res.body.fields?.text, path).toMatch(/NUL/);
    }
    const list = await t.api('POST', '/api/v1/prompt-lists/parse', { text: '1. Blood\n2. Te\u0007ars' });
    expect(list.status).toBe(422);
    expect(JSON.stringify(list.body)).toMatch(/The list contains a control character \(U\+0007\)/);
  });
});

describe('text that looks like something else, through the forms', () => {
  const pieceForm = (title: string, summary = '') =>
    form({ title, words: '12', summary, event: 'promptober-demo', day: '2' });

  it('refuses a NUL in a title and a bell in a summary, beside their fields', async () => {
    const { request, count } = await testWriterApp();
    const res = await request('/pieces', post(pieceForm('Frost\u0000bite', 'Ding\u0007')));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Title contains a NUL character; remove it.');
    expect(html).toContain('Summary contains a control character (U+0007); remove it.');
    expect(count('pieces')).toBe(0);
  });

  it.each([
    ['zero-width spaces', '\u200b\u200b\u200b', /has no visible characters/],
    ['Hangul fillers', '\u3164', /has no visible characters/],
    ['a right-to-left override', 'Ann\u202egnp.exe', /direction control \(U\+202E\)/],
    ['an isolate', '\u2067Ann', /direction control \(U\+2067\)/],
    ['a NUL', 'Ann\u0000', /NUL/],
  ])('refuses a display name of %s', async (_, name, message) => {
    const { request } = await testWriterApp();
    const body = form({ display_name: name, email: '', time_zone: 'UTC', week_start: '1' });
    const res = await request('/settings', post(body));
    expect(res.status).toBe(422);
    expect(await res.text()).toMatch(message);
  });

  it.each([
    ['zero-width spaces', '\u200b\u200b\u200b'],
    ['a zero-width joiner inside', 'an\u200dn'],
    ['a right-to-left override', 'ann\u202e'],
  ])('refuses a username of %s', async (_, username) => {
    const t = testApp();
    const res = await t.app.request('/signup', post(form({ username, password: 'a long password' })));
    expect(res.status).toBe(422);
    expect(t.count('writers')).toBe(0);
  });

  it('refuses a password or an email with a control character at sign-up', async () => {
    const t = testApp();
    const bad = await t.app.request(
      '/signup',
      post(form({ username: 'ann', password: 'a long\u0000password' })),
    );
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('The password contains a NUL character');
    const email = await t.app.request(
      '/signup',
      post(form({ username: 'ann', password: 'a long password', email: 'ann\u0007@example.com' })),
    );
    expect(email.status).toBe(422);
    expect(t.count('writers')).toBe(0);
  });

  it('refuses control characters in the squick list and the event form', async () => {
    const { request, count } = await testWriterApp();
    const squick = await request('/settings/squick', post(form({ squick_words: 'spiders\n\u0000' })));
    expect(squick.status).toBe(422);
    expect(await squick.text()).toContain('The list contains a NUL character');
    const event = await request(
      '/events',
      post(form({ name: 'Fest\u0007', first_day: '2025-10-01', list: '1. Blood\n2. Te\u0007ars' })),
    );
    expect(event.status).toBe(422);
    const html = await event.text();
    expect(html).toContain('The name contains a control character (U+0007)');
    expect(html).toContain('The list contains a control character (U+0007)');
    expect(count('events')).toBe(1);
  });

  it('says why a paste cannot be read, in the live count and the import', async () => {
    const { request } = await testWriterApp();
    const count = await request('/pieces/word-count', post(form({ paste: 'Some words\u0000' })));
    expect(await count.text()).toContain('The pasted text contains a NUL character');
    const imported = await request('/pieces', post(form({ paste: 'Some words\u0000', intent: 'import' })));
    expect(await imported.text()).toContain('The pasted text contains a NUL character');
  });
});
