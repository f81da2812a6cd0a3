import { describe, expect, it } from 'vitest';
import { createPiece } from '../../src/queries/pieces.ts';
import { makePublic, signUp, testApp } from '../helpers.ts';

describe('a day page with many fills', () => {
  it('lists the newest 20 of everyone’s fills and links to the day in the event’s collection', async () => {
    const { app, db, sqlite } = testApp();
    const ann = await signUp(app, 'ann');
    await makePublic(app, ann, 'Ann');
    const writerId = (sqlite.prepare("select id from writers where username = 'ann'").get() as { id: number })
      .id;
    const eventId = (sqlite.prepare('select id from events').get() as { id: number }).id;
    for (let i = 1; i <= 25; i++) {
      createPiece(db, writerId, {
        title: `Fill number ${i}.`,
        url: null,
        words: 100,
        fandoms: [],
        rating: 'Not Rated',
        summary: '',
        notes: '',
        status: 'posted',
        postedOn: `2025-10-${String(2 + (i % 3)).padStart(2, '0')}`,
        fills: [{ eventId, day: 2, prompts: [1] }],
      });
    }
    const html = await (await app.request('/events/promptober-demo/days/2')).text();
    expect(html.match(/Fill number \d+\./g)).toHaveLength(20);
    expect(html).toContain('The newest 20 of 25.');
    expect(html).toContain('href="/events/promptober-demo/pieces?day=2"');
    const all = await (await app.request('/events/promptober-demo/pieces?day=2')).text();
    expect(all).toMatch(/<dt>Pieces<\/dt><dd>25<\/dd>/);
  });
});
