import { describe, expect, it } from 'vitest';
import { BINGO, bingoApp, type CardAnswer } from './bingo-helpers.ts';
import { postPiece } from './progress-helpers.ts';

type Doc = { pieces: { id: number; [k: string]: unknown }[]; cards: unknown[]; [k: string]: unknown };

/** An export without what an import renumbers or restamps. */
const comparable = (doc: Doc) => ({
  cards: doc.cards,
  pieces: doc.pieces.map(({ id: _, ...p }) => p),
});

describe('export and import of cards and square fills', () => {
  it('round-trips losslessly: cards with their history, squares, and the pieces filling them', async () => {
    const a = await bingoApp();
    await a.bob.api.post('/me/events/whump-bingo/join', {});
    expect((await a.bob.api.post('/me/cards/whump-bingo/reroll', {})).status).toBe(201);
    const square = (row: number, col: number) => ({ event: 'whump-bingo', square: { row, col } });
    await postPiece(a.bob.api, { title: 'Middle', words: 800, fills: [square(2, 1), square(2, 3)] });
    await postPiece(a.bob.api, { title: 'Draft', status: 'drafting', fills: [square(1, 1)] });
    const exported = (await (await a.bob.api.get('/me/export')).json()) as Doc;
    expect(exported.cards).toHaveLength(2);

    const b = await bingoApp({ ...BINGO });
    const res = await b.bob.api.post('/me/import', exported);
    expect(res.status, await res.clone().text()).toBe(201);
    expect(((await res.json()) as { imported: { cards: number } }).imported.cards).toBe(2);
    const again = (await (await b.bob.api.get('/me/export')).json()) as Doc;
    expect(comparable(again)).toEqual(comparable(exported));
    const cardA = (await (await a.bob.api.get('/me/cards/whump-bingo')).json()) as CardAnswer;
    const cardB = (await (await b.bob.api.get('/me/cards/whump-bingo')).json()) as CardAnswer;
    expect(cardB.lines).toEqual([{ kind: 'row', n: 2 }]);
    expect(cardB.squares.map((s) => s.prompt)).toEqual(cardA.squares.map((s) => s.prompt));
    // A second import of the same file is caught as a duplicate.
    expect((await b.bob.api.post('/me/import', exported)).status).toBe(409);
  });
});
