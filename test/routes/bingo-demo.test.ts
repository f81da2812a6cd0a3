import { describe, expect, it } from 'vitest';
import { memoryDatabase } from '../../db/client.ts';
import { createApp } from '../../src/app.tsx';
import { seedDemo } from '../../src/demo.ts';
import { seedDemoBingo } from '../../src/demo-bingo.ts';
import { TEST_NOW } from '../helpers.ts';

describe('the demo bingo', () => {
  it('is seeded beside the daily demo, once, and answers as a bingo event', async () => {
    const { db, sqlite } = memoryDatabase();
    seedDemoBingo(db, TEST_NOW); // nothing before the demo
    seedDemo(db, TEST_NOW);
    seedDemoBingo(db, TEST_NOW);
    seedDemoBingo(db, TEST_NOW);
    expect(sqlite.prepare("select count(*) as n from events where kind = 'bingo'").get()).toEqual({ n: 1 });
    const app = createApp({ db, now: () => TEST_NOW });
    const body = (await (await app.request('/api/v1/events/bingo-demo')).json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      kind: 'bingo',
      card_size: 5,
      free_centre: true,
      opens: '2025-10-01',
      closes: '2025-12-31',
    });
    expect((body.pool as string[]).length).toBe(30);
    expect((await app.request('/events/bingo-demo')).status).toBe(200);
  });
});
