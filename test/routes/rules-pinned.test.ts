import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { form, makePublic, post, testApp } from '../helpers.ts';
import { eventForm, postForm } from './event-helpers.ts';
import { postPiece, writerSetup } from './progress-helpers.ts';

// Rules that a plausible change broke without any test noticing; each case here fails if its rule goes.
// Through HTTP only: the queries underneath are being rewritten.

/** The options of the select named `name` in `html`, as their values. */
function options(html: string, name: string): string[] {
  const select = html.match(new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`))?.[1] ?? '';
  return [...select.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1] as string).filter((v) => v !== '');
}

describe('an event’s collection', () => {
  it('offers the fandoms of posted pieces by public profiles only, not of drafts or private profiles', async () => {
    const t = testApp();
    const ann = await writerSetup(t, 'ann');
    await makePublic(t.app, ann.cookie, 'ann');
    const bo = await writerSetup(t, 'bo'); // private profile
    const fill = [{ event: 'promptober-demo', day: 2 }];
    await postPiece(ann.api, { title: 'Seen', fandoms: ['Posted Fandom'], fills: fill });
    await postPiece(ann.api, { title: 'Draft', status: 'drafting', fandoms: ['Draft Fandom'], fills: fill });
    await postPiece(ann.api, { title: 'Plan', status: 'planned', fandoms: ['Planned Fandom'], fills: fill });
    await postPiece(bo.api, { title: 'Private', fandoms: ['Private Fandom'], fills: fill });
    const html = await (await t.app.request('/events/promptober-demo/pieces')).text();
    expect(options(html, 'fandom')).toEqual(['Posted Fandom']);
  });
});

describe('a public profile', () => {
  it('counts the days filled by posted pieces only, not by drafts or planned pieces', async () => {
    const t = testApp();
    const ann = await writerSetup(t, 'ann');
    await makePublic(t.app, ann.cookie, 'ann');
    await postPiece(ann.api, { title: 'One', fills: [{ event: 'promptober-demo', day: 1 }] });
    await postPiece(ann.api, {
      title: 'Two',
      status: 'drafting',
      fills: [{ event: 'promptober-demo', day: 2 }],
    });
    await postPiece(ann.api, {
      title: 'Three',
      status: 'planned',
      fills: [{ event: 'promptober-demo', day: 3 }],
    });
    const html = await (await t.app.request('/@ann')).text();
    expect(html).toContain('1 of 31 days filled');
  });
});

describe('the default posting date', () => {
  // 20:00 UTC on 1 October is 09:00 on 2 October in Auckland (NZDT, UTC+13).
  const NOW = DateTime.fromISO('2026-10-01T20:00:00Z', { zone: 'UTC' });

  async function aucklander() {
    const t = testApp(NOW);
    const ann = await writerSetup(t, 'ann');
    const settings = form({ display_name: 'Ann', time_zone: 'Pacific/Auckland', week_start: '1', email: '' });
    expect((await ann.request('/settings', post(settings))).status).toBe(303);
    return { t, ann };
  }

  it('is today in the writer’s zone, not in UTC, through the form', async () => {
    const { ann } = await aucklander();
    const made = await ann.request('/pieces', post(form({ title: 'Kiwi', words: '10', status: 'posted' })));
    expect(made.status).toBe(303);
    const id = made.headers.get('Location')?.split('/').at(-1);
    const piece = (await (await ann.api.get(`/pieces/${id}`)).json()) as { posted_on: string };
    expect(piece.posted_on).toBe('2026-10-02');
  });

  it('is today in the writer’s zone, not in UTC, through the API', async () => {
    const { ann } = await aucklander();
    const id = await postPiece(ann.api, { title: 'Kiwi', fills: [] });
    const piece = (await (await ann.api.get(`/pieces/${id}`)).json()) as { posted_on: string };
    expect(piece.posted_on).toBe('2026-10-02');
  });
});

describe('the calendar’s “too many prompts”', () => {
  it('counts a fill that names no prompt as one prompt of the piece, not none', async () => {
    const t = testApp();
    const ann = await writerSetup(t, 'ann');
    const list = '1. A | B | C\n2. D | E | F\n3. G | H | I';
    const created = await ann.request(
      '/events',
      postForm(
        eventForm({
          name: 'Pairs',
          slug: 'pairs',
          list,
          max_prompts_per_piece: '2',
          min_words: '',
          max_words: '',
        }),
      ),
    );
    expect(created.status).toBe(303);
    // Two prompts on day 1 and none named on day 2: three in all, over the limit of two.
    await postPiece(ann.api, {
      title: 'Both',
      posted_on: '2025-10-01',
      fills: [
        { event: 'pairs', day: 1, prompts: [1, 2] },
        { event: 'pairs', day: 2, prompts: [] },
      ],
    });
    // Two named prompts alone are within it.
    await postPiece(ann.api, {
      title: 'Within',
      posted_on: '2025-10-03',
      fills: [{ event: 'pairs', day: 3, prompts: [1, 2] }],
    });
    const html = await (await ann.request('/events/pairs?month=2025-10')).text();
    const cell = (n: number) =>
      html.split('<td').find((c) => c.includes(`href="/events/pairs/days/${n}"`)) ?? '';
    expect(cell(1)).toContain('Too many prompts');
    expect(cell(2)).toContain('Too many prompts');
    expect(cell(3)).toContain('Filled');
    expect(cell(3)).not.toContain('Too many prompts');
  });
});

describe('a drabble event', () => {
  it('takes equal minimum and maximum word counts, through the form and the API', async () => {
    const t = testApp();
    const ann = await writerSetup(t, 'ann');
    const made = await ann.request(
      '/events',
      postForm(eventForm({ name: 'Drabbles', slug: 'drabbles', min_words: '100', max_words: '100' })),
    );
    expect(made.status).toBe(303);
    const api = await ann.api.post('/events', {
      slug: 'drabbles-api',
      name: 'Drabbles by API',
      first_day: '2025-10-01',
      rules: { late_until: null, max_prompts_per_piece: null, min_words: 100, max_words: 100 },
      days: [{ day: 1, prompts: ['One'] }],
    });
    expect(api.status, await api.clone().text()).toBe(201);
    const rules = ((await api.json()) as { rules: { min_words: number; max_words: number } }).rules;
    expect([rules.min_words, rules.max_words]).toEqual([100, 100]);
  });
});

describe('the API’s timestamps', () => {
  it('reports updated_at as the piece’s update time, apart from created_at', async () => {
    const t = testApp();
    const ann = await writerSetup(t, 'ann');
    const id = await postPiece(ann.api, { title: 'Dated', fills: [] });
    t.sqlite
      .prepare('update pieces set created_at = ?, updated_at = ? where id = ?')
      .run('2025-10-01T08:00:00.000Z', '2025-10-02T09:30:00.000Z', id);
    const expected = { created_at: '2025-10-01T08:00:00.000Z', updated_at: '2025-10-02T09:30:00.000Z' };
    expect(await (await ann.api.get(`/pieces/${id}`)).json()).toMatchObject(expected);
    const list = (await (await ann.api.get('/me/pieces')).json()) as { pieces: unknown[] };
    expect(list.pieces[0]).toMatchObject(expected);
    const exported = (await (await ann.api.get('/me/export')).json()) as { pieces: unknown[] };
    expect(exported.pieces[0]).toMatchObject(expected);
    // An edit moves updated_at on and leaves created_at.
    const patched = (await (
      await t.app.request(`/api/v1/pieces/${id}`, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${ann.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: 'Dated again' }),
      })
    ).json()) as { created_at: string; updated_at: string };
    expect(patched.created_at).toBe(expected.created_at);
    expect(patched.updated_at > expected.updated_at).toBe(true);
  });
});
