import { describe, expect, it } from 'vitest';
import { form, HX, makePublic, post, testApp } from '../helpers.ts';
import { addShortEvent, postPiece, progressApp, writerSetup } from './progress-helpers.ts';

const DEMO = 'promptober-demo';

describe('the stats page', () => {
  it('sends a visitor to sign in', async () => {
    const { app } = testApp();
    const res = await app.request('/stats');
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/login?next=%2Fstats');
  });

  it('draws every chart as server-side SVG with an accessible name, description and a table', async () => {
    const t = await progressApp();
    await postPiece(t.api, {
      title: 'Frostbite',
      words: 1234,
      posted_on: '2025-10-01',
      fandoms: ['Good Omens'],
      fills: [{ event: DEMO, day: 1 }],
    });
    await t.api.post('/me/word-logs', { date: '2025-10-02', words: 500 });
    const res = await t.request('/stats');
    expect(res.status).toBe(200);
    const html = await res.text();
    const svgs = [
      ...html.matchAll(/<svg role="img" aria-labelledby="([^"]+)-title" aria-describedby="\1-desc"/g),
    ];
    expect(svgs.map((m) => m[1])).toEqual([
      'chart-cumulative',
      'chart-per-day',
      'chart-year',
      'chart-events',
      'chart-fandoms',
    ]);
    for (const [, id] of svgs) {
      expect(html).toMatch(
        new RegExp(`<title id="${id}-title">[^<]+</title><desc id="${id}-desc">[^<]+</desc>`),
      );
    }
    expect(html).toContain('<title id="chart-cumulative-title">Cumulative words</title>');
    expect(html).toMatch(/<desc id="chart-cumulative-desc">[^<]*1,734 words by Thu 2 Oct 2025/);
    expect(html.match(/<details>/g)?.length).toBe(5);
    expect(html.match(/<rect class="heat /g)?.length).toBe(52 * 7 + 4);
    expect(html).toContain('<th scope="row">Good Omens</th>');
    expect(html).toContain('1 of 31 days, 1,734 words');
    expect(html).not.toMatch(/<script(?! src=)/);
    expect(html).not.toMatch(/ style="/);
  });

  it('draws the goal’s par line and shows the pace for the chosen event', async () => {
    const t = await progressApp();
    await t.request(`/events/${DEMO}/goal`, post(form({ fills: '31', words: '31,000' })));
    await t.api.post('/me/word-logs', { date: '2025-10-01', words: 1500 });
    const html = await (await t.request(`/stats?event=${DEMO}`)).text();
    expect(html).toContain('<path class="par"');
    expect(html).toContain('Par today: 2,000 words of 31,000 words; you are 500 words behind.');
    expect(html).toContain('At this rate you will reach 23,250 words by the last day.');
    const none = await (await t.request('/stats?event=')).text();
    expect(none).not.toContain('<path class="par"');
    expect((await t.request('/stats?event=nope')).status).toBe(404);
  });
});

describe('goals on the event page', () => {
  it('saves a goal (303 without JavaScript, the section for htmx) and shows the pace', async () => {
    const t = await progressApp();
    const res = await t.request(`/events/${DEMO}/goal`, post(form({ fills: '20', words: '' })));
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/events/${DEMO}#event-progress`);
    const page = await (await t.request(`/events/${DEMO}`)).text();
    expect(page).toContain('Par today: 1 day of 20 days; you are 1 day behind.');
    expect(page).toMatch(/name="fills" type="text" value="20"/);
    const swapped = await t.request(`/events/${DEMO}/goal`, post(form({ fills: '', words: '50000' }), true));
    expect(swapped.status).toBe(200);
    const fragment = await swapped.text();
    expect(fragment.startsWith('<section id="event-progress"')).toBe(true);
    expect(fragment).toContain('Your goal was saved.');
    expect(fragment).not.toContain('Par today: 1 day');
    const stats = (await (await t.api.get(`/me/stats?event=${DEMO}`)).json()) as { goal: unknown };
    expect(stats.goal).toEqual({ fills: null, words: 50_000 });
  });

  it('refuses a goal beyond the event’s days with 422 and the values kept; clears a blank goal', async () => {
    const t = await progressApp();
    const res = await t.request(`/events/${DEMO}/goal`, post(form({ fills: '40', words: 'many' }), true));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('A fills goal is a whole number from 1 to 31');
    expect(html).toContain('A words goal is a whole number');
    expect(html).toMatch(/name="fills" type="text" value="40"/);
    expect(t.count('goals')).toBe(0);
    await t.request(`/events/${DEMO}/goal`, post(form({ fills: '5', words: '' })));
    expect(t.count('goals')).toBe(1);
    await t.request(`/events/${DEMO}/goal`, post(form({ fills: '', words: '' })));
    expect(t.count('goals')).toBe(0);
  });

  it('is not offered to visitors, and a visitor’s post goes to sign in', async () => {
    const { app } = testApp();
    const page = await (await app.request(`/events/${DEMO}`)).text();
    expect(page).not.toContain('id="event-progress"');
    const res = await app.request(`/events/${DEMO}/goal`, post(form({ fills: '3' })));
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toMatch(/^\/login/);
  });
});

describe('progress bars', () => {
  it('shows days filled and words on the home page and the calendar page, with a text label', async () => {
    const t = await progressApp();
    await postPiece(t.api, {
      title: 'One',
      words: 14_200,
      posted_on: '2025-10-01',
      fills: [{ event: DEMO, day: 1 }],
    });
    for (const path of ['/', `/events/${DEMO}`]) {
      const html = await (await t.request(path)).text();
      expect(html).toMatch(
        /<progress max="31" value="1" aria-labelledby="([^"]+)"><\/progress> <span id="\1">1 of 31 days, 14,200 words<\/span>/,
      );
    }
    const fragment = await (await t.request(`/events/${DEMO}?month=2025-10`, { headers: HX })).text();
    expect(fragment.startsWith('<section id="calendar"')).toBe(true);
  });
});

describe('completionists', () => {
  it('lists writers with public profiles who filled every day, linking their profiles', async () => {
    const t = testApp();
    addShortEvent(t.db);
    const all = [1, 2, 3].map((day) => ({ event: 'inktober-test', day }));
    const ann = await writerSetup(t, 'ann');
    const bo = await writerSetup(t, 'bo');
    const cy = await writerSetup(t, 'cy');
    await makePublic(t.app, ann.cookie, 'ann');
    await makePublic(t.app, cy.cookie, 'cy');
    await postPiece(ann.api, { title: 'All three', fills: all });
    await postPiece(bo.api, { title: 'Private', fills: all });
    await postPiece(cy.api, { title: 'Two', fills: all.slice(0, 2) });
    await postPiece(cy.api, { title: 'Draft', status: 'drafting', fills: all.slice(2) });
    const html = await (await t.app.request('/events/inktober-test')).text();
    const section = html.slice(html.indexOf('id="completionists-title"'), html.indexOf('id="latest-title"'));
    expect(section).toContain('<a href="/@ann">ann</a>');
    expect(section).not.toContain('/@bo');
    expect(section).not.toContain('/@cy');
  });
});

describe('streaks', () => {
  it('are shown only to writers who want them (a settings checkbox)', async () => {
    const t = await progressApp();
    await postPiece(t.api, { title: 'One', posted_on: '2025-10-01', fills: [{ event: DEMO, day: 1 }] });
    await t.api.post('/me/word-logs', { date: '2025-10-02', words: 10 });
    expect(await (await t.request('/stats')).text()).not.toContain('Current streak');
    const settings = {
      display_name: 'ann',
      email: '',
      time_zone: 'UTC',
      week_start: '1',
      show_streaks: 'on',
    };
    expect((await t.request('/settings', post(form(settings)))).status).toBe(303);
    expect(await (await t.request('/settings')).text()).toMatch(/name="show_streaks" checked=""/);
    const stats = await (await t.request('/stats')).text();
    expect(stats).toContain('Current streak: <strong>2 days</strong> (longest 2 days)');
    expect(await (await t.request(`/events/${DEMO}`)).text()).toContain('Current streak');
  });
});

describe('GET /api/v1/me/stats', () => {
  it('answers an event’s fills, days, words, streak, goal and pace', async () => {
    const t = await progressApp();
    await postPiece(t.api, {
      title: 'One',
      words: 1000,
      posted_on: '2025-10-01',
      fills: [{ event: DEMO, day: 1 }],
    });
    await t.api.post('/me/word-logs', { date: '2025-10-02', words: 240 });
    const plain = await (await t.api.get(`/me/stats?event=${DEMO}`)).json();
    expect(plain).toEqual({
      event: DEMO,
      fills: 1,
      days: 31,
      words: 1240,
      streak: { current: 2, longest: 2 },
    });
    await t.request(`/events/${DEMO}/goal`, post(form({ fills: '31', words: '31000' })));
    const res = await t.api.get(`/me/stats?event=${DEMO}`);
    expect(await res.json()).toEqual({
      event: DEMO,
      fills: 1,
      days: 31,
      words: 1240,
      streak: { current: 2, longest: 2 },
      goal: { fills: 31, words: 31_000 },
      pace: {
        elapsed_days: 2,
        days: 31,
        fills: { goal: 31, current: 1, par: 2, projected: 16, ahead: -1 },
        words: { goal: 31_000, current: 1240, par: 2000, projected: 19_220, ahead: -760 },
      },
    });
  });

  it('answers totals without an event, 404 for an unknown one, 401 without a token', async () => {
    const t = await progressApp();
    await postPiece(t.api, {
      title: 'One',
      words: 1000,
      posted_on: '2025-10-01',
      fills: [{ event: DEMO, day: 1 }],
    });
    expect(await (await t.api.get('/me/stats')).json()).toEqual({
      fills: 1,
      days: 31,
      words: 1000,
      streak: { current: 1, longest: 1 },
    });
    expect((await t.api.get('/me/stats?event=nope')).status).toBe(404);
    expect((await t.app.request('/api/v1/me/stats')).status).toBe(401);
  });
});
