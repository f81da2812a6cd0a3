import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { form, post, testApp } from '../helpers.ts';
import { postPiece, writerSetup } from './progress-helpers.ts';

/** 01:30 on 3 October in UTC: for a writer whose day ends at 3 am, still 2 October (day 2). */
const LATE_NIGHT = DateTime.fromISO('2025-10-03T01:30:00Z', { zone: 'UTC' });

/** A test app at `now` (seeded on day 2) with ann, whose day ends at `hour`, in `zone`. */
async function nightOwl(hour: number, now = LATE_NIGHT, zone = 'UTC') {
  const t = testApp(now, DateTime.fromISO('2025-10-02T12:00:00Z'));
  const ann = await writerSetup(t, 'ann');
  const settings = {
    display_name: 'Ann',
    email: '',
    time_zone: zone,
    week_start: '1',
    day_ends_at: String(hour),
  };
  const res = await ann.request('/settings', post(form(settings)));
  expect(res.status).toBe(303);
  return { ...t, ...ann };
}

const body = (res: Response) => res.text();

describe('“my day ends at”', () => {
  it('keeps Today on the previous date until the hour, for the writer only', async () => {
    const t = await nightOwl(3);
    expect(await body(await t.request('/'))).toContain('Cold open');
    const visitor = await body(await t.app.request('/'));
    expect(visitor).toContain('The last train home');
    expect(visitor).not.toContain('Cold open');
    const atMidnight = await nightOwl(0);
    expect(await body(await atMidnight.request('/'))).toContain('The last train home');
  });

  it('dates a posted piece, preselects the log form’s day and counts the streak by the same rule', async () => {
    const t = await nightOwl(3);
    const form = await body(await t.request('/pieces/new?event=promptober-demo'));
    expect(form).toContain('name="day" value="2"');
    const id = await postPiece(t.api, {
      title: 'Night shift',
      fills: [{ event: 'promptober-demo', day: 2 }],
    });
    const piece = (await (await t.api.get(`/pieces/${id}`)).json()) as { posted_on: string };
    expect(piece.posted_on).toBe('2025-10-02');
    // Posted "on" day 2: not late; and the streak is alive today (still the 2nd).
    expect(await body(await t.request('/events/promptober-demo/days/2'))).not.toContain('Late');
    const stats = (await (await t.api.get('/me/stats?event=promptober-demo')).json()) as {
      streak: { current: number };
    };
    expect(stats.streak.current).toBe(1);
    // The word log's default date follows it too.
    const log = (await (await t.api.post('/me/word-logs', { words: 50 })).json()) as { date: string };
    expect(log.date).toBe('2025-10-02');
  });

  it('moves on at the hour: at 03:00 it is the calendar’s date', async () => {
    const t = await nightOwl(3, DateTime.fromISO('2025-10-03T03:00:00Z', { zone: 'UTC' }));
    expect(await body(await t.request('/'))).toContain('The last train home');
    const id = await postPiece(t.api, { title: 'Dawn', fills: [{ event: 'promptober-demo', day: 2 }] });
    const piece = (await (await t.api.get(`/pieces/${id}`)).json()) as { posted_on: string };
    expect(piece.posted_on).toBe('2025-10-03');
  });

  it('follows the writer’s zone across a change at midnight (Santiago, 6 September 2026)', async () => {
    // 01:30 on 6 September in Santiago, the first hour of the day (00:00 became 01:00).
    const t = await nightOwl(2, DateTime.fromISO('2026-09-06T01:30:00-03:00'), 'America/Santiago');
    const log = (await (await t.api.post('/me/word-logs', { words: 5 })).json()) as { date: string };
    expect(log.date).toBe('2026-09-05');
  });

  it('is a setting: saved, shown, refused past 6 am, and in the JSON API', async () => {
    const t = await nightOwl(4);
    const page = await body(await t.request('/settings'));
    expect(page).toMatch(/<option value="4" selected="">4 am<\/option>/);
    const bad = { display_name: 'Ann', email: '', time_zone: 'UTC', week_start: '1', day_ends_at: '7' };
    const refused = await t.request('/settings', post(form(bad)));
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('up to 6 am');
    const read = (await (await t.api.get('/me/settings')).json()) as Record<string, unknown>;
    expect(read).toMatchObject({ username: 'ann', display_name: 'Ann', time_zone: 'UTC', day_ends_at: 4 });
    const patch = (value: unknown) =>
      t.app.request('/api/v1/me/settings', {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${t.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(value),
      });
    const changed = await patch({ day_ends_at: 2 });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ day_ends_at: 2, display_name: 'Ann' });
    for (const wrong of [{ day_ends_at: 7 }, { day_ends_at: '2' }, { day_ends_at: 1.5 }, { colour: 'red' }])
      expect((await patch(wrong)).status, JSON.stringify(wrong)).toBe(422);
    expect(((await (await t.api.get('/me/settings')).json()) as { day_ends_at: number }).day_ends_at).toBe(2);
  });
});
