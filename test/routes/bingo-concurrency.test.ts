import { describe, expect, it } from 'vitest';
import { bingoCards } from '../../db/schema.ts';
import { bingoApp, type CardAnswer } from './bingo-helpers.ts';
import { writerSetup } from './progress-helpers.ts';

describe('bingo cards under requests at once', () => {
  it('forty joins at once deal one card', async () => {
    const t = await bingoApp();
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => t.bob.api.post('/me/events/whump-bingo/join', {})),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([...Array(39).fill(200), 201]);
    expect(t.count('bingo_cards')).toBe(1);
    const cards = await Promise.all(answers.map((r) => r.json()));
    for (const c of cards) expect(c).toEqual(cards[0]);
  });

  it('forty rerolls at once reroll once, and the old card stays in the history', async () => {
    const t = await bingoApp();
    await t.bob.api.post('/me/events/whump-bingo/join', {});
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => t.bob.api.post('/me/cards/whump-bingo/reroll', {})),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([201, ...Array(39).fill(409)]);
    const rows = t.db.select().from(bingoCards).all();
    expect(rows.map((r) => [r.deal, r.replacedAt !== null])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(rows[0]?.layout).not.toBe(rows[1]?.layout);
  });

  it('the database itself refuses a second first card, a third deal and a repeated layout', async () => {
    const t = await bingoApp();
    await t.bob.api.post('/me/events/whump-bingo/join', {});
    const card = t.db.select().from(bingoCards).get();
    if (!card) throw new Error('no card');
    const again = (change: Partial<typeof card>) => () =>
      t.db
        .insert(bingoCards)
        .values({ ...card, id: undefined, layout: `${card.layout}!`, ...change })
        .run();
    expect(again({})).toThrow(/UNIQUE/);
    expect(again({ deal: 3 })).toThrow(/CHECK/);
    expect(again({ deal: 2, layout: card.layout })).toThrow(/UNIQUE/);
  });

  it('eight writers joining at once get eight different cards', async () => {
    const t = await bingoApp();
    const writers = await Promise.all(Array.from({ length: 8 }, (_, i) => writerSetup(t, `w${i}`)));
    const answers = await Promise.all(writers.map((w) => w.api.post('/me/events/whump-bingo/join', {})));
    expect(answers.every((r) => r.status === 201)).toBe(true);
    const cards = (await Promise.all(answers.map((r) => r.json()))) as CardAnswer[];
    const layouts = cards.map((c) => c.squares.map((s) => s.prompt).join('|'));
    expect(new Set(layouts).size).toBe(8);
  });
});
