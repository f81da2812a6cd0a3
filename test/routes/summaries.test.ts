import { describe, expect, it } from 'vitest';
import type { PieceToSave } from '../../src/domain/piece-input.ts';
import { createPiece } from '../../src/queries/pieces.ts';
import { findWriterByUsername } from '../../src/queries/writers.ts';
import { form, makePublic, post, testApp } from '../helpers.ts';
import { pendingDeltas, summaries } from '../summaries.ts';
import { sessionFor } from './event-helpers.ts';
import { addShortEvent, postPiece, writerSetup } from './progress-helpers.ts';

const DEMO = 'promptober-demo';

/** Fails unless every summary table equals its recomputation from the fills. */
function expectSummariesRight(sqlite: ReturnType<typeof testApp>['sqlite'], after: string) {
  const { stored, recomputed } = summaries(sqlite);
  for (const table of Object.keys(recomputed))
    expect(stored[table], `${table} after ${after}`).toEqual(recomputed[table]);
  expect(pendingDeltas(sqlite), after).toBe(0);
}

/** An instance with two events, ann (public) and bo (private) with pieces of every kind. */
async function instance() {
  const t = testApp();
  addShortEvent(t.db);
  const ann = await writerSetup(t, 'ann');
  await makePublic(t.app, ann.cookie, 'Ann');
  const bo = await writerSetup(t, 'bo');
  const ids = {
    multi: await postPiece(ann.api, {
      title: 'Two days, two events',
      words: 1200,
      fandoms: ['Good Omens', 'Sherlock', 'Good Omens'],
      fills: [
        { event: DEMO, day: 2, prompts: [1, 2] },
        { event: DEMO, day: 3, prompts: [1] },
        { event: 'inktober-test', day: 1 },
      ],
    }),
    sameDay: await postPiece(ann.api, { title: 'Same day', words: 300, fills: [{ event: DEMO, day: 2 }] }),
    draft: await postPiece(ann.api, {
      title: 'Draft',
      status: 'drafting',
      fandoms: ['Doctor Who'],
      fills: [{ event: DEMO, day: 4 }],
    }),
    boPosted: await postPiece(bo.api, {
      title: 'Private',
      words: 500,
      fandoms: ['Good Omens'],
      fills: [{ event: DEMO, day: 2 }],
    }),
  };
  return { ...t, ann, bo, ids };
}

describe('the summaries', () => {
  it('equal a recomputation from the fills after every kind of write', async () => {
    const t = await instance();
    const check = (after: string) => expectSummariesRight(t.sqlite, after);
    check('create');

    const patch = (api: typeof t.ann.api, id: number, body: unknown) =>
      t.app.request(`/api/v1/pieces/${id}`, {
        method: 'PATCH',
        headers: {
          Authorization: `Bearer ${api === t.ann.api ? t.ann.token : t.bo.token}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(body),
      });
    expect(
      (await patch(t.ann.api, t.ids.multi, { words: 2222, fandoms: ['Sherlock', 'Merlin'] })).status,
    ).toBe(200);
    check('an edit of words and fandoms');
    expect(
      (
        await patch(t.ann.api, t.ids.multi, {
          fills: [
            { event: DEMO, day: 5 },
            { event: DEMO, day: 2 },
          ],
        })
      ).status,
    ).toBe(200);
    check('an edit of fills (an event left, a day moved)');
    expect((await patch(t.ann.api, t.ids.multi, { posted_on: '2025-10-09', rating: 'Mature' })).status).toBe(
      200,
    );
    check('an edit of date and rating');
    expect((await patch(t.ann.api, t.ids.draft, { status: 'posted' })).status).toBe(200);
    check('a status change to posted');
    expect((await patch(t.ann.api, t.ids.sameDay, { status: 'planned' })).status).toBe(200);
    check('a status change away from posted');

    await makePublic(t.app, t.bo.cookie, 'Bo');
    check('a profile made public');
    const privateAgain = form({ display_name: 'Bo', time_zone: 'UTC', week_start: '1', email: '' });
    expect((await t.bo.request('/settings', post(privateAgain))).status).toBe(303);
    check('a profile made private');
    await makePublic(t.app, t.bo.cookie, 'Bo B.');

    expect((await t.ann.request(`/pieces/${t.ids.sameDay}/delete`, post(form({})))).status).toBe(303);
    check('a delete by form');
    expect((await t.bo.api.delete(`/pieces/${t.ids.boPosted}`)).status).toBe(204);
    check('a delete through the API');

    // The form's piece, filling two days.
    const formPiece = form([
      ['title', 'By form'],
      ['words', '700'],
      ['status', 'posted'],
      ['fandoms', 'Good Omens'],
      ['event', DEMO],
      ['day', '6'],
      ['day', '7'],
    ]);
    expect((await t.ann.request('/pieces', post(formPiece))).status).toBe(303);
    check('a create by form');

    // Import ann's export for a third writer.
    const exported = await (await t.ann.api.get('/me/export')).json();
    const cy = await writerSetup(t, 'cy');
    await makePublic(t.app, cy.cookie, 'Cy');
    expect((await cy.api.post('/me/import', exported)).status).toBe(201);
    check('an import');

    // The organiser edits the event: days renamed, one added, one (unfilled) removed, dates moved.
    const admin = sessionFor(t.db, 'root', { admin: true });
    const days = (await (await t.app.request(`/api/v1/events/${DEMO}`)).json()) as {
      first_day: string;
      days: { day: number; prompts: string[] }[];
    };
    const list = days.days
      .slice(0, -1)
      .map((d) => `${d.day}. ${d.prompts.join(' | ') || 'Rest'}`)
      .join('\n');
    const edit = form({
      name: 'Promptober (edited)',
      slug: DEMO,
      first_day: '2025-09-30',
      description: '',
      day_label: 'Day',
      late: 'no',
      late_until: '',
      max_prompts_per_piece: '',
      min_words: '',
      max_words: '',
      list,
    });
    const edited = await t.app.request(`/events/${DEMO}/edit`, {
      ...post(edit),
      headers: { ...post(edit).headers, Cookie: admin.cookie },
    });
    expect(edited.status, await edited.clone().text()).toBe(303);
    check('an event edit');

    // Writes outside the app: the CLI, a cascade.
    t.sqlite.prepare("update pieces set status = 'drafting', words = 9 where title = 'By form'").run();
    check('a piece changed in place (its fills kept)');
    t.sqlite
      .prepare("update pieces set rating = 'Explicit', posted_on = '2025-10-20' where title = 'Draft'")
      .run();
    check('a rating and date changed in place');
    const posted = t.sqlite
      .prepare(
        "select id, writer_id, posted_on from pieces where status = 'posted' and posted_on is not null order by id",
      )
      .get() as { id: number; writer_id: number; posted_on: string };
    const logged = t.sqlite
      .prepare('insert into word_logs (writer_id, date, words, piece_id) values (?, ?, 400, ?)')
      .run(posted.writer_id, posted.posted_on, posted.id).lastInsertRowid;
    check('a word log of a posted piece (its words now come from the log)');
    t.sqlite.prepare("update word_logs set date = '2025-10-03', piece_id = null where id = ?").run(logged);
    check('a word log moved to another date and untied from its piece');
    t.sqlite.prepare('delete from word_logs where id = ?').run(logged);
    check('a word log deleted');
    t.sqlite.prepare("update pieces set posted_on = '2025-10-09' where id = ?").run(posted.id);
    check('a posting date changed');
    t.sqlite
      .prepare('insert into piece_fandoms (piece_id, position, fandom) values (?, 90, ?), (?, 91, ?)')
      .run(posted.id, 'Twice', posted.id, 'Twice');
    check('the same fandom twice on a piece');
    t.sqlite.prepare('delete from piece_fandoms where piece_id = ? and position = 90').run(posted.id);
    check('one of a fandom’s two places removed');
    t.sqlite.prepare('delete from fill_prompts where rowid = (select min(rowid) from fill_prompts)').run();
    check('a prompt taken off a fill');
    t.sqlite
      .prepare("update event_days set date = '2025-09-30' where id = (select min(day_id) from fills)")
      .run();
    check('a day moved to another date');
    t.sqlite.prepare("delete from writers where username = 'cy'").run();
    check('a writer deleted (cascade)');
    t.sqlite.prepare("delete from events where slug = 'inktober-test'").run();
    check('an event deleted (cascade)');
  });

  it('are untouched by a transaction that rolls back', async () => {
    const t = await instance();
    const before = summaries(t.sqlite).stored;
    const ann = findWriterByUsername(t.db, 'ann');
    const demo = t.sqlite.prepare('select id from events where slug = ?').pluck().get(DEMO) as number;
    const piece: PieceToSave = {
      title: 'Doomed',
      url: null,
      words: 100,
      rating: 'Not Rated',
      summary: '',
      notes: '',
      status: 'posted',
      postedOn: '2025-10-02',
      fandoms: ['Good Omens'],
      // Day 99 does not exist: the save fails after the piece, its fandoms and the first fill.
      fills: [
        { eventId: demo, day: 2, prompts: [1] },
        { eventId: demo, day: 99, prompts: [] },
      ],
    };
    expect(() => createPiece(t.db, ann?.id ?? 0, piece)).toThrow();
    expect(summaries(t.sqlite).stored).toEqual(before);
    expectSummariesRight(t.sqlite, 'a rollback');
  });
});

describe('the collection’s days filled', () => {
  it('count the filtered event’s days, or those of every event the writer filled', async () => {
    const t = testApp();
    addShortEvent(t.db);
    const ann = await writerSetup(t, 'ann');
    await postPiece(ann.api, {
      title: 'A',
      fills: [
        { event: DEMO, day: 2 },
        { event: DEMO, day: 3 },
      ],
    });
    await postPiece(ann.api, { title: 'B', fills: [{ event: 'inktober-test', day: 1 }] });
    await postPiece(ann.api, { title: 'C', status: 'drafting', fills: [{ event: 'inktober-test', day: 2 }] });
    const days = async (query: string) => {
      const html = await (await ann.request(`/pieces${query}`)).text();
      return /<dd>([\d,]+) of ([\d,]+)<\/dd>/.exec(html)?.slice(1, 3);
    };
    const demoDays = String(
      t.sqlite
        .prepare('select count(*) from event_days d join events e on e.id = d.event_id where e.slug = ?')
        .pluck()
        .get(DEMO),
    );
    expect(await days('')).toEqual(['3', String(Number(demoDays) + 3)]);
    expect(await days(`?event=${DEMO}`)).toEqual(['2', demoDays]);
    expect(await days('?event=inktober-test')).toEqual(['1', '3']);
  });
});
