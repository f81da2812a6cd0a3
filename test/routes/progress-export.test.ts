import { describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../src/domain/export.ts';
import { form, post, testApp } from '../helpers.ts';
import { addShortEvent, postPiece, writerSetup } from './progress-helpers.ts';

const DEMO = 'promptober-demo';

/** An instance with the demo event and `inktober-test`, where ann has a varied collection. */
async function source() {
  const t = testApp();
  addShortEvent(t.db);
  const ann = await writerSetup(t, 'ann');
  const frost = await postPiece(ann.api, {
    title: 'Frostbite, “again” <3',
    url: 'https://archiveofourown.org/works/1',
    words: 1234,
    posted_on: '2025-10-02',
    fandoms: ['Good Omens', 'Sherlock'],
    rating: 'Teen And Up Audiences',
    summary: 'Two\nlines, “quoted”.',
    notes: '=SUM(A1)',
    fills: [
      { event: DEMO, day: 2, prompts: [1, 2] },
      { event: 'inktober-test', day: 1, prompts: [1] },
    ],
  });
  await postPiece(ann.api, { title: 'Plans', status: 'planned', words: 0, fills: [{ event: DEMO, day: 9 }] });
  await postPiece(ann.api, { title: 'No fills', status: 'drafting', words: 10 });
  await ann.api.post('/me/word-logs', { date: '2025-10-01', words: 300, piece_id: frost });
  await ann.api.post('/me/word-logs', { date: '2025-10-03', words: 45 });
  await ann.request(`/events/${DEMO}/goal`, post(form({ fills: '31', words: '50000' })));
  const exported = (await (await ann.api.get('/me/export')).json()) as ExportDocument;
  return { ...t, ann, exported };
}

/** The export without what an import may change: ids (log pieces named by position) and the export time. */
function comparable(doc: ExportDocument) {
  const position = new Map(doc.pieces.map((p, i) => [p.id, i]));
  return {
    ...doc,
    exported_at: undefined,
    pieces: doc.pieces.map(({ id: _, ...p }) => p),
    word_logs: doc.word_logs.map(({ id: _, piece_id, ...l }) => ({
      ...l,
      piece: piece_id === null ? null : position.get(piece_id),
    })),
  };
}

async function target(withShortEvent = true) {
  const t = testApp();
  if (withShortEvent) addShortEvent(t.db);
  return { ...t, ann: await writerSetup(t, 'ann') };
}

describe('export and import', () => {
  it('an export imported into an empty instance reproduces the collection exactly', async () => {
    const { exported } = await source();
    expect(exported).toMatchObject({ format: 'promptly-export', version: 1 });
    expect(exported.pieces).toHaveLength(3);
    expect(exported.pieces[0]?.fills).toEqual([
      { event: DEMO, day: 2, prompts: [1, 2] },
      { event: 'inktober-test', day: 1, prompts: [1] },
    ]);
    expect(exported.word_logs.map((l) => l.piece_id)).toEqual([exported.pieces[0]?.id, null]);
    expect(exported.goals).toEqual([{ event: DEMO, fills: 31, words: 50_000 }]);

    const fresh = await target();
    // Another piece first, so the imported ones get other ids.
    await postPiece(fresh.ann.api, { title: 'Already here', words: 5 });
    const res = await fresh.ann.api.post('/me/import', exported);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ imported: { pieces: 3, fills: 3, word_logs: 2, goals: 1 } });
    const again = (await (await fresh.ann.api.get('/me/export')).json()) as ExportDocument;
    again.pieces.shift();
    expect(again.pieces[0]?.id).not.toBe(exported.pieces[0]?.id);
    expect(comparable(again)).toEqual(comparable(exported));
  });

  it('refuses the same file twice (409), saving nothing', async () => {
    const { exported } = await source();
    const fresh = await target();
    expect((await fresh.ann.api.post('/me/import', exported)).status).toBe(201);
    const counts = ['pieces', 'fills', 'word_logs'].map(fresh.count);
    const res = await fresh.ann.api.post('/me/import', exported);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: string }).error).toBe(
      'This export was already imported: 3 of its pieces are already in your collection (“Frostbite, “again” <3”, “Plans”, “No fills”). Nothing was imported.',
    );
    expect(['pieces', 'fills', 'word_logs'].map(fresh.count)).toEqual(counts);
  });

  it('names the events and days this instance lacks (422), saving nothing', async () => {
    const { exported } = await source();
    const fresh = await target(false);
    const doc = structuredClone(exported);
    doc.pieces[1]?.fills.push({ event: DEMO, day: 40, prompts: [] });
    const res = await fresh.ann.api.post('/me/import', doc);
    expect(res.status).toBe(422);
    const answer = (await res.json()) as { error: string; missing: unknown };
    expect(answer.error).toBe(
      'This instance has no events inktober-test; and days promptober-demo day 40. Create them first. Nothing was imported.',
    );
    expect(answer.missing).toEqual({ events: ['inktober-test'], days: ['promptober-demo day 40'] });
    expect(fresh.count('pieces')).toBe(0);
    expect(fresh.count('word_logs')).toBe(0);
    expect(fresh.count('goals')).toBe(0);
  });

  it('refuses a file with an invalid piece, naming it, and saves none of the others', async () => {
    const { exported } = await source();
    const fresh = await target();
    const doc = structuredClone(exported) as unknown as { pieces: Record<string, unknown>[] };
    (doc.pieces[2] as Record<string, unknown>).title = '';
    (doc.pieces[1] as Record<string, unknown>).colour = 'red';
    const res = await fresh.ann.api.post('/me/import', doc);
    expect(res.status).toBe(422);
    const answer = (await res.json()) as { fields: Record<string, string> };
    expect(Object.keys(answer.fields).sort()).toEqual(['pieces[1].colour', 'pieces[2].title']);
    expect(fresh.count('pieces')).toBe(0);
  });

  it('refuses what is not an export, and goals the events cannot hold', async () => {
    const fresh = await target();
    const res = await fresh.ann.api.post('/me/import', { pieces: [] });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ fields: { format: expect.stringMatching(/promptly-export/) } });
    const goal = {
      format: 'promptly-export',
      version: 1,
      goals: [{ event: 'inktober-test', fills: 4, words: null }],
    };
    const tooMany = await fresh.ann.api.post('/me/import', goal);
    expect(tooMany.status).toBe(422);
    expect(await tooMany.json()).toMatchObject({
      fields: { 'goals[0]': expect.stringMatching(/from 1 to 3/) },
    });
    expect(fresh.count('goals')).toBe(0);
  });
});

describe('downloads for the signed-in writer', () => {
  it('JSON: the same document as the API, as an attachment', async () => {
    const { ann, exported } = await source();
    const res = await ann.request('/settings/export.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(res.headers.get('Content-Disposition')).toBe(
      'attachment; filename="promptly-ann-2025-10-02.json"',
    );
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    expect(await res.json()).toEqual(exported);
  });

  it('CSV: one row per piece, fills joined in a column, formulas defused', async () => {
    const { ann } = await source();
    const res = await ann.request('/settings/export.csv');
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="promptly-ann-2025-10-02.csv"');
    const csv = await res.text();
    expect(csv.startsWith('id,title,url,words,status,posted_on,rating,fandoms,fills,summary,notes,')).toBe(
      true,
    );
    expect(csv).toContain(
      ',"Frostbite, “again” <3",https://archiveofourown.org/works/1,1234,posted,2025-10-02,Teen And Up Audiences,"Good Omens, Sherlock","promptober-demo day 2 (prompts 1, 2); inktober-test day 1 (prompt 1)","Two\nlines, “quoted”.",\'=SUM(A1),',
    );
    expect(csv.split('\r\n')).toHaveLength(5);
  });

  it('are only for the signed-in writer', async () => {
    const { app } = testApp();
    for (const path of ['/settings/export.json', '/settings/export.csv']) {
      const res = await app.request(path);
      expect(res.status).toBe(303);
    }
    expect((await app.request('/api/v1/me/export')).status).toBe(401);
    expect((await app.request('/api/v1/me/import', { method: 'POST' })).status).toBe(401);
  });
});
