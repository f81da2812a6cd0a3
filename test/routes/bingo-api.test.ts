import { describe, expect, it } from 'vitest';
import { BINGO, bingoApp, type CardAnswer } from './bingo-helpers.ts';
import { postPiece } from './progress-helpers.ts';

describe('bingo events in the JSON API', () => {
  it('creates a bingo event and answers it in the open format', async () => {
    const t = await bingoApp();
    const body = await (await t.bob.api.get('/events/whump-bingo')).json();
    expect(body).toEqual({ ...BINGO, rules: { min_words: 500, max_squares_per_piece: 2, reroll: true } });
    const list = (await (await t.bob.api.get('/events')).json()) as { slug: string; kind: string }[];
    expect(list.map((e) => [e.slug, e.kind])).toEqual(
      expect.arrayContaining([
        ['promptober-demo', 'daily'],
        ['whump-bingo', 'bingo'],
      ]),
    );
    expect(((await (await t.bob.api.get('/events/promptober-demo')).json()) as { kind: string }).kind).toBe(
      'daily',
    );
  });

  it.each([
    [{ card_size: 6 }, 'card_size'],
    [{ card_size: 4, free_centre: true }, 'free_centre'],
    [{ pool: ['a', 'b'] }, 'pool'],
    [{ pool: [...BINGO.pool, 'Fever'] }, 'pool'],
    [{ closes: '2025-09-01' }, 'closes'],
    [{ opens: 'soon' }, 'opens'],
    [{ rules: { reroll: 'yes' } }, 'rules'],
    [{ rules: { max_squares_per_piece: 0 } }, 'max_squares_per_piece'],
    [{ days: [] }, 'days'],
  ])('refuses %j with a message on %s', async (change, field) => {
    const t = await bingoApp();
    const res = await t.ann.api.post('/events', { ...BINGO, slug: 'other', ...change });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { fields: Record<string, string> };
    expect(Object.keys(body.fields)).toContain(field);
  });

  it('joins a bingo event by dealing a card (201), and answers the same card when asked again', async () => {
    const t = await bingoApp();
    const res = await t.bob.api.post('/me/events/whump-bingo/join', {});
    expect(res.status).toBe(201);
    const card = (await res.json()) as CardAnswer;
    expect(card.size).toBe(3);
    expect(card.free_centre).toBe(true);
    expect(card.squares).toHaveLength(9);
    expect(card.squares[4]).toEqual({ row: 2, col: 2, prompt: null, free: true, pieces: [] });
    expect(card.lines).toEqual([]);
    expect(card.blackout).toBe(false);
    const again = await t.bob.api.post('/me/events/whump-bingo/join', {});
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(card);
    expect(await (await t.bob.api.get('/me/cards/whump-bingo')).json()).toEqual(card);
  });

  it('joins a daily event too, and has no card for it', async () => {
    const t = await bingoApp();
    expect((await t.bob.api.post('/me/events/promptober-demo/join', {})).status).toBe(201);
    expect((await t.bob.api.post('/me/events/promptober-demo/join', {})).status).toBe(200);
    expect((await t.bob.api.get('/me/cards/promptober-demo')).status).toBe(404);
    expect((await t.bob.api.get('/me/cards/whump-bingo')).status).toBe(404);
    expect((await t.bob.api.post('/me/events/nope/join', {})).status).toBe(404);
  });

  it('fills squares with pieces, completes a line, and marks rule breaks without refusing', async () => {
    const t = await bingoApp();
    await t.bob.api.post('/me/events/whump-bingo/join', {});
    const square = (row: number, col: number) => ({ event: 'whump-bingo', square: { row, col } });
    // Row 2 runs through the free centre: two squares make the line.
    const a = await postPiece(t.bob.api, {
      title: 'Two squares',
      words: 800,
      fills: [square(2, 1), square(2, 3)],
    });
    const card = (await (await t.bob.api.get('/me/cards/whump-bingo')).json()) as CardAnswer;
    expect(card.lines).toEqual([{ kind: 'row', n: 2 }]);
    expect(card.squares.filter((s) => s.pieces.includes(a)).map((s) => [s.row, s.col])).toEqual([
      [2, 1],
      [2, 3],
    ]);
    // Three squares and too few words break both rules, and are saved anyway.
    const b = await postPiece(t.bob.api, {
      title: 'Short',
      words: 10,
      fills: [square(1, 1), square(3, 3), square(1, 3)],
    });
    const after = (await (await t.bob.api.get('/me/cards/whump-bingo')).json()) as CardAnswer;
    expect(after.lines).toEqual([
      { kind: 'row', n: 2 },
      { kind: 'col', n: 3 },
      { kind: 'diag', n: 1 },
    ]);
    const piece = (await (await t.bob.api.get(`/pieces/${b}`)).json()) as { fills: unknown[] };
    expect(piece.fills).toEqual([square(1, 1), square(1, 3), square(3, 3)]);
  });

  it('refuses squares that are not on the card, the free centre, a day of a bingo event, or no card', async () => {
    const t = await bingoApp();
    const fill = (f: unknown) =>
      t.bob.api.post('/pieces', { title: 'x', words: 1, status: 'posted', fills: [f] });
    expect((await fill({ event: 'whump-bingo', square: { row: 1, col: 1 } })).status).toBe(422);
    await t.bob.api.post('/me/events/whump-bingo/join', {});
    for (const bad of [
      { event: 'whump-bingo', square: { row: 4, col: 1 } },
      { event: 'whump-bingo', square: { row: 2, col: 2 } },
      { event: 'whump-bingo', day: 1 },
      { event: 'promptober-demo', square: { row: 1, col: 1 } },
      { event: 'whump-bingo', square: { row: 1 } },
    ]) {
      const res = await fill(bad);
      expect(res.status, JSON.stringify(bad)).toBe(422);
    }
  });

  it('a draft fills a square on the card but completes nothing until it is posted', async () => {
    const t = await bingoApp();
    await t.bob.api.post('/me/events/whump-bingo/join', {});
    const fills = [1, 2, 3].map((col) => ({ event: 'whump-bingo', square: { row: 1, col } }));
    const id = await postPiece(t.bob.api, { title: 'Draft', status: 'drafting', fills });
    const draft = (await (await t.bob.api.get('/me/cards/whump-bingo')).json()) as CardAnswer;
    expect(draft.squares[0]?.pieces).toEqual([id]);
    expect(draft.lines).toEqual([]);
    const res = await t.bob.api.post(`/pieces/${id}`, {});
    expect(res.status).toBe(404); // PATCH, not POST
    const patch = await t.app.request(`/api/v1/pieces/${id}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${t.bob.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'posted' }),
    });
    expect(patch.status).toBe(200);
    const posted = (await (await t.bob.api.get('/me/cards/whump-bingo')).json()) as CardAnswer;
    expect(posted.lines).toEqual([{ kind: 'row', n: 1 }]);
    expect((await t.bob.api.delete(`/pieces/${id}`)).status).toBe(204);
    const gone = (await (await t.bob.api.get('/me/cards/whump-bingo')).json()) as CardAnswer;
    expect(gone.lines).toEqual([]);
    expect(gone.squares.every((s) => s.pieces.length === 0)).toBe(true);
  });
});

describe('bingo stats', () => {
  it('counts squares, lines and the blackout in the API and on the stats page', async () => {
    const t = await bingoApp();
    await t.bob.api.post('/me/events/whump-bingo/join', {});
    const fills = [1, 2, 3].map((col) => ({ event: 'whump-bingo', square: { row: 1, col } }));
    await postPiece(t.bob.api, { title: 'Top row', words: 900, fills: fills.slice(0, 2) });
    await postPiece(t.bob.api, { title: 'Corner', words: 900, fills: fills.slice(2) });
    const stats = await (await t.bob.api.get('/me/stats?event=whump-bingo')).json();
    expect(stats).toMatchObject({
      event: 'whump-bingo',
      squares: 3,
      squares_total: 8,
      lines: 1,
      blackout: false,
    });
    const page = await (await t.bob.request('/stats')).text();
    expect(page).toContain('Bingo cards');
    expect(page).toMatch(/3 of 8<\/td><td>1<\/td><td>No<\/td>/);
  });
});
