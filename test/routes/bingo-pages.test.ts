import { describe, expect, it } from 'vitest';
import { form, makePublic, post } from '../helpers.ts';
import { bingoApp, type CardAnswer } from './bingo-helpers.ts';

describe('bingo pages', () => {
  it('join deals a card without JavaScript, and the card page is a table with headers', async () => {
    const t = await bingoApp();
    const page = await (await t.bob.request('/events/whump-bingo')).text();
    expect(page).toContain('Join and get a card');
    expect(page).toContain('Lines and blackouts');
    const join = await t.bob.request('/events/whump-bingo/join', post(form({})));
    expect(join.status).toBe(303);
    expect(join.headers.get('Location')).toBe('/events/whump-bingo/card');
    const card = await (await t.bob.request('/events/whump-bingo/card')).text();
    expect(card).toContain('<table class="bingo-card size-3">');
    expect(card).toContain('<th scope="col">Column 1</th>');
    expect(card).toContain('<th scope="row">Row 3</th>');
    expect(card).toContain('Free square');
    expect(card).toContain('Reroll my card');
  });

  it('logs a piece into two squares from the form’s grid of checkboxes, and lists the line on the event page', async () => {
    const t = await bingoApp();
    await makePublic(t.app, t.bob.cookie, 'bob');
    await t.bob.request('/events/whump-bingo/join', post(form({})));
    const formPage = await (await t.bob.request('/pieces/new?event=whump-bingo&square=2-1')).text();
    expect(formPage).toContain('name="square" value="2-1" checked');
    expect(formPage).not.toContain('name="add_day"');
    const saved = await t.bob.request(
      '/pieces',
      post(
        form([
          ['title', 'Across the middle'],
          ['words', '900'],
          ['status', 'posted'],
          ['rating', 'Not Rated'],
          ['event', 'whump-bingo'],
          ['square', '2-1'],
          ['square', '2-3'],
          ['intent', 'save'],
        ]),
      ),
    );
    expect(saved.status).toBe(303);
    const api = (await (await t.bob.api.get('/me/cards/whump-bingo')).json()) as CardAnswer;
    expect(api.lines).toEqual([{ kind: 'row', n: 2 }]);
    const card = await (await t.bob.request('/events/whump-bingo/card')).text();
    expect(card).toContain('Row 2</li>');
    expect(card).not.toContain('Reroll my card');
    const event = await (await t.app.request('/events/whump-bingo')).text();
    expect(event).toMatch(/bob<\/a>: 1 line/);
    const prompt = api.squares.find((s) => s.row === 2 && s.col === 1)?.prompt;
    const txt = await (await t.bob.request('/events/whump-bingo/masterpost?format=txt')).text();
    expect(txt).toContain(`Row 2, column 1 — ${prompt} — Across the middle (900 words)`);
    expect(txt).toContain('Row 2, column 3 — ');
    expect(txt).not.toContain('Row 1,');
  });

  it('refuses a square not on the card with 422, keeping the values', async () => {
    const t = await bingoApp();
    await t.bob.request('/events/whump-bingo/join', post(form({})));
    const res = await t.bob.request(
      '/pieces',
      post(
        form([
          ['title', 'Nope'],
          ['words', '1'],
          ['event', 'whump-bingo'],
          ['square', '2-2'],
          ['intent', 'save'],
        ]),
      ),
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Nope');
  });

  it('rerolls once from the card page; the organiser sees every card; the feed says it does not apply', async () => {
    const t = await bingoApp();
    await t.bob.request('/events/whump-bingo/join', post(form({})));
    const first = await t.bob.request('/events/whump-bingo/card/reroll', post(form({})));
    expect(first.status).toBe(303);
    const second = await t.bob.request('/events/whump-bingo/card/reroll', post(form({})));
    expect(second.status).toBe(409);
    expect(await second.text()).toContain('already rerolled');
    expect((await t.bob.request('/events/whump-bingo/cards')).status).toBe(404);
    const all = await (await t.ann.request('/events/whump-bingo/cards')).text();
    expect(all).toContain('bob’s card');
    const ics = await t.app.request('/events/whump-bingo/prompts.ics');
    expect(ics.status).toBe(404);
    expect(await ics.text()).toContain('no calendar feed');
    // Daily events are unchanged.
    expect((await t.app.request('/events/promptober-demo/prompts.ics')).status).toBe(200);
    expect(await (await t.app.request('/events/promptober-demo')).text()).toContain('calendar');
  });
});

describe('the bingo editor', () => {
  const fields = (pool: string, intent = 'save') =>
    form({
      name: 'Trope Bingo',
      opens: '2025-10-01',
      closes: '2025-12-31',
      card_size: '3',
      free_centre: 'on',
      pool,
      min_words: '300',
      max_squares_per_piece: '',
      reroll: 'on',
      intent,
    });
  const pool =
    'Trope Bingo prompts:\n1. Fake dating\n2. Amnesia\n- Amnesia\n* Time loop\nEnemies to lovers\nBed sharing\nSnowed in\nHurt/comfort\nSoulmates\n';

  it('previews the pool with every line used or listed as not used', async () => {
    const t = await bingoApp();
    const res = await t.ann.request('/events/new/bingo', post(fields(pool, 'preview')));
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('The pool: 8 prompts');
    expect(page).toContain('Line 1: “Trope Bingo prompts:” — a heading');
    expect(page).toContain('Line 4: “- Amnesia” — repeats line 3');
  });

  it('creates the event from the form, or says why not with 422', async () => {
    const t = await bingoApp();
    const small = await t.ann.request('/events/new/bingo', post(fields('a\nb\nc')));
    expect(small.status).toBe(422);
    expect(await small.text()).toContain('needs at least 8');
    const res = await t.ann.request('/events/new/bingo', post(fields(pool)));
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/events/trope-bingo');
    const json = (await (await t.ann.api.get('/events/trope-bingo')).json()) as Record<string, unknown>;
    expect(json).toMatchObject({
      kind: 'bingo',
      card_size: 3,
      free_centre: true,
      rules: { min_words: 300, reroll: true },
    });
    expect((json.pool as string[]).slice(0, 3)).toEqual(['Fake dating', 'Amnesia', 'Time loop']);
  });
});

describe('the card image', () => {
  it('is an SVG for a public profile only, its text escaped', async () => {
    const t = await bingoApp();
    await t.bob.request('/events/whump-bingo/join', post(form({})));
    const path = '/@bob/events/whump-bingo/card.svg';
    expect((await t.app.request(path)).status).toBe(404);
    await makePublic(t.app, t.bob.cookie, 'Bob <b>&</b>');
    const res = await t.app.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('image/svg+xml');
    const svg = await res.text();
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('Bob &lt;b&gt;&amp;&lt;/b&gt;’s card for Whump Bingo');
    expect(svg).toContain('Free square');
    expect((await t.app.request('/@bob/events/nope/card.svg')).status).toBe(404);
    expect((await t.app.request('/@nobody/events/whump-bingo/card.svg')).status).toBe(404);
  });
});

describe('daily pages beside a bingo event', () => {
  it('Today, the event list, the collection, stats and the profile still answer for a writer with a card', async () => {
    const t = await bingoApp();
    await makePublic(t.app, t.bob.cookie, 'bob');
    await t.bob.request('/events/whump-bingo/join', post(form({})));
    for (const path of [
      '/',
      '/events',
      '/pieces',
      '/stats',
      '/stats?event=whump-bingo',
      '/@bob',
      '/events/whump-bingo/pieces',
    ]) {
      const res = await t.bob.request(path);
      expect(res.status, path).toBe(200);
    }
  });
});
