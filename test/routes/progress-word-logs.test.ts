import { describe, expect, it } from 'vitest';
import { form, HX, post, testApp } from '../helpers.ts';
import { postPiece, progressApp, writerSetup } from './progress-helpers.ts';

type Logs = { date: string; words: number; piece_id: number | null }[];

describe('word logs from the stats page', () => {
  it('defaults the date to today in the writer’s zone and saves without it too', async () => {
    const t = await progressApp();
    const settings = form({
      display_name: 'ann',
      email: '',
      time_zone: 'Pacific/Kiritimati',
      week_start: '1',
    });
    expect((await t.request('/settings', post(settings))).status).toBe(303);
    // 12:00 UTC on 2 October is already 3 October on Kiritimati.
    const page = await (await t.request('/stats')).text();
    expect(page).toMatch(/<input id="f-date" name="date" type="date" value="2025-10-03"/);
    const res = await t.request('/stats/word-logs', post(form({ date: '', words: '1,234', mode: 'add' })));
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toMatch(/^\/stats\?logged=\d+$/);
    const after = await (await t.request(res.headers.get('Location') as string)).text();
    expect(after).toContain('Logged 1,234 words for Fri 3 Oct 2025.');
    const logs = (await (await t.api.get('/me/word-logs')).json()) as { word_logs: Logs };
    expect(logs.word_logs).toMatchObject([{ date: '2025-10-03', words: 1234, piece_id: null }]);
  });

  it('sets a running total: the date gets the total minus the earlier total, and replaces its logs', async () => {
    const t = await progressApp();
    const log = (date: string, words: string, mode: string) =>
      t.request('/stats/word-logs', post(form({ date, words, mode, event: '' })));
    expect((await log('2025-10-01', '500', 'add')).status).toBe(303);
    expect((await log('2025-10-02', '100', 'add')).status).toBe(303);
    expect((await log('2025-10-02', '50', 'add')).status).toBe(303);
    expect((await log('2025-10-02', '1,200', 'set')).status).toBe(303);
    const logs = (await (await t.api.get('/me/word-logs')).json()) as { word_logs: Logs };
    expect(logs.word_logs.map((l) => [l.date, l.words])).toEqual([
      ['2025-10-02', 700],
      ['2025-10-01', 500],
    ]);
    const refused = await log('2025-10-02', '400', 'set');
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain('Your running total before Thu 2 Oct 2025 is already 500');
    expect(html).toMatch(/name="words" type="text" value="400"/);
    expect(t.count('word_logs')).toBe(2);
  });

  it('logs any date, past or future, and shows it in the recent logs', async () => {
    const t = await progressApp();
    await t.request('/stats/word-logs', post(form({ date: '2026-01-15', words: '10', mode: 'add' })));
    await t.request('/stats/word-logs', post(form({ date: '2019-06-01', words: '20', mode: 'add' })));
    const page = await (await t.request('/stats')).text();
    expect(page).toContain('Thu 15 Jan 2026');
    expect(page).toContain('Sat 1 Jun 2019');
  });

  it('with htmx, answers the stats area: errors beside their fields (422), or the new log', async () => {
    const t = await progressApp();
    const bad = await t.request('/stats/word-logs', {
      ...post(form({ date: '2025-10-02', words: '' }), true),
    });
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml.startsWith('<div id="stats">')).toBe(true);
    expect(badHtml).toContain('Words must be a whole number');
    expect(badHtml).not.toContain('<html');
    const good = await t.request('/stats/word-logs', post(form({ date: '2025-10-02', words: '321' }), true));
    expect(good.status).toBe(200);
    expect(good.headers.get('Vary')).toBe('HX-Request');
    const html = await good.text();
    expect(html.startsWith('<div id="stats">')).toBe(true);
    expect(html).toContain('321 words');
    expect(html).toContain('Logged 321 words for Thu 2 Oct 2025.');
  });

  it('ties a log to the writer’s own piece only', async () => {
    const t = testApp();
    const ann = await writerSetup(t, 'ann');
    const bo = await writerSetup(t, 'bo');
    const bosPiece = await postPiece(bo.api, { title: 'Bo’s' });
    const res = await ann.request(
      '/stats/word-logs',
      post(form({ date: '2025-10-02', words: '10', piece_id: String(bosPiece) })),
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('You have no piece with that id.');
    expect(t.count('word_logs')).toBe(0);
  });

  it('deletes the writer’s own logs, not another writer’s', async () => {
    const t = testApp();
    const ann = await writerSetup(t, 'ann');
    const bo = await writerSetup(t, 'bo');
    const { id } = (await (await ann.api.post('/me/word-logs', { words: 5 })).json()) as { id: number };
    expect((await bo.request(`/stats/word-logs/${id}/delete`, { method: 'POST' })).status).toBe(404);
    const res = await ann.request(`/stats/word-logs/${id}/delete?event=`, { method: 'POST' });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/stats?event=');
    expect(t.count('word_logs')).toBe(0);
    const again = await ann.request(`/stats/word-logs/${id}/delete`, { method: 'POST', headers: HX });
    expect(again.status).toBe(404);
  });
});

describe('POST /api/v1/me/word-logs', () => {
  it('answers 201 with the log, tied to the writer’s piece', async () => {
    const t = await progressApp();
    const piece = await postPiece(t.api, { title: 'Mine' });
    const res = await t.api.post('/me/word-logs', {
      date: '2025-09-30',
      words: 750,
      mode: 'add',
      piece_id: piece,
    });
    expect(res.status).toBe(201);
    const log = await res.json();
    expect(log).toMatchObject({ date: '2025-09-30', words: 750, piece_id: piece });
    expect(Object.keys(log).sort()).toEqual(['created_at', 'date', 'id', 'piece_id', 'words']);
    const total = await t.api.post('/me/word-logs', { date: '2025-10-01', words: 1000, mode: 'set' });
    expect(await total.json()).toMatchObject({ date: '2025-10-01', words: 250, piece_id: null });
  });

  it.each([
    [{ words: '100' }, 'words'],
    [{ words: 0 }, 'words'],
    [{ words: 10, mode: 'replace' }, 'mode'],
    [{ words: 10, date: '02/10/2025' }, 'date'],
    [{ words: 10, colour: 'red' }, 'colour'],
    [{ words: 10, piece_id: '3' }, 'piece_id'],
    [{ words: 10, piece_id: 99_999 }, 'piece_id'],
  ])('refuses %j with 422 { error, fields.%s }', async (body, field) => {
    const t = await progressApp();
    const res = await t.api.post('/me/word-logs', body);
    expect(res.status).toBe(422);
    const answer = (await res.json()) as { error: string; fields: Record<string, string> };
    expect(answer.error).toMatch(/not saved/);
    expect(Object.keys(answer.fields)).toContain(field);
    expect(t.count('word_logs')).toBe(0);
  });

  it('never links another writer’s piece (422, nothing saved) and refuses a lower total', async () => {
    const t = testApp();
    const ann = await writerSetup(t, 'ann');
    const bo = await writerSetup(t, 'bo');
    const bosPiece = await postPiece(bo.api, { title: 'Bo’s' });
    const res = await ann.api.post('/me/word-logs', { words: 10, piece_id: bosPiece });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: 'The log was not saved; see fields.',
      fields: { piece_id: 'You have no piece with that id.' },
    });
    await ann.api.post('/me/word-logs', { date: '2025-10-01', words: 900 });
    const lower = await ann.api.post('/me/word-logs', { date: '2025-10-05', words: 800, mode: 'set' });
    expect(lower.status).toBe(422);
    expect(((await lower.json()) as { fields: { words: string } }).fields.words).toMatch(/already 900/);
    expect(t.count('word_logs')).toBe(1);
  });

  it('needs a token, and deletes only the writer’s logs', async () => {
    const t = testApp();
    const ann = await writerSetup(t, 'ann');
    const bo = await writerSetup(t, 'bo');
    const anonymous = await t.app.request('/api/v1/me/word-logs', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"words":1}',
    });
    expect(anonymous.status).toBe(401);
    const { id } = (await (await ann.api.post('/me/word-logs', { words: 5 })).json()) as { id: number };
    expect((await bo.api.delete(`/me/word-logs/${id}`)).status).toBe(404);
    expect((await ann.api.delete(`/me/word-logs/${id}`)).status).toBe(204);
  });
});
