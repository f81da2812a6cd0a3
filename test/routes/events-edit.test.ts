import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { createPiece } from '../../src/queries/pieces.ts';
import { createToken } from '../../src/queries/tokens.ts';
import { HX } from '../helpers.ts';
import { editorApp, eventForm, postForm, sessionFor } from './event-helpers.ts';

const LIST = ['1. Blood | Tears', '2. Sweat | Fever | Chills', '3. Bruises', '', 'Alternates: Amnesia'].join(
  '\n',
);

/** A piece by `writerId` filling `day` of event `eventId` with the prompts at `positions`. */
function fill(db: Db, writerId: number, eventId: number, day: number, positions: number[]) {
  return createPiece(db, writerId, {
    title: `Fill of day ${day}`,
    url: null,
    words: 1000,
    fandoms: [],
    rating: 'Not Rated',
    summary: '',
    notes: '',
    status: 'posted',
    postedOn: '2025-10-02',
    fills: [{ eventId, day, prompts: positions }],
  });
}

/** An app where ann organises `mini` (three days), and bo has filled day 2 with its second prompt. */
async function setup() {
  const t = editorApp();
  const res = await t.asAnn('/events', postForm(eventForm({ name: 'Mini', slug: 'mini', list: LIST })));
  expect(res.status).toBe(303);
  const { id } = t.sqlite.prepare("select id from events where slug = 'mini'").get() as { id: number };
  fill(t.db, t.bo.writer.id, id, 2, [2]);
  const fever = () =>
    t.sqlite
      .prepare(
        'select p.id, p.text from fill_prompts fp join prompts p on p.id = fp.prompt_id join fills f on f.id = fp.fill_id',
      )
      .all() as { id: number; text: string }[];
  const edit = (fields: Record<string, string>, htmx = false) =>
    t.asAnn(
      '/events/mini/edit',
      postForm(eventForm({ name: 'Mini', slug: 'mini', list: LIST, ...fields }), htmx),
    );
  return { ...t, eventId: id, fever, edit };
}

describe('editing an event', () => {
  it('shows the days as editable text and the preview of what is saved', async () => {
    const t = await setup();
    const html = await (await t.asAnn('/events/mini/edit')).text();
    expect(html).toContain(
      'Day 1: Blood | Tears\nDay 2: Sweat | Fever | Chills\nDay 3: Bruises\n\nAlternates:\n- Amnesia\n</textarea>',
    );
    expect(html).toContain('value="2025-10-01"');
    expect(html).toContain('hx-post="/events/mini/preview"');
    expect(html).toContain('<th scope="row">No. 3</th>');
  });

  it('is only for the organiser and the admin: other writers get 404, visitors sign in', async () => {
    const t = await setup();
    expect((await t.asBo('/events/mini/edit')).status).toBe(404);
    expect((await t.asBo('/events/mini/edit', postForm(eventForm({ name: 'Hijacked' })))).status).toBe(404);
    expect((await t.asBo('/events/mini/preview', postForm(eventForm(), true))).status).toBe(404);
    expect((await t.asVisitor('/events/mini/edit')).status).toBe(303);
    expect((await t.asAnn('/events/nope/edit')).status).toBe(404);
    const admin = sessionFor(t.db, 'root', { admin: true });
    expect((await t.app.request('/events/mini/edit', { headers: { Cookie: admin.cookie } })).status).toBe(
      200,
    );
    expect(t.sqlite.prepare("select name from events where slug = 'mini'").get()).toEqual({ name: 'Mini' });
  });

  it('links the organiser, and only the organiser, to the edit page', async () => {
    const t = await setup();
    expect(await (await t.asAnn('/events/mini')).text()).toContain('href="/events/mini/edit"');
    expect(await (await t.asBo('/events/mini')).text()).not.toContain('href="/events/mini/edit"');
  });

  it('updates days in place: fills keep their day and prompt, whose text changes', async () => {
    const t = await setup();
    const [before] = t.fever();
    expect(before?.text).toBe('Fever');
    const list = ['Day 1: Hurt', 'Blood | Tears', '2. Sweat | High fever', '3. Bruises', '4. Home'].join(
      '\n',
    );
    const res = await t.edit({ list, first_day: '2025-11-01', name: 'Mini (revised)' });
    expect(res.status).toBe(303);
    expect(t.fever()).toEqual([{ id: before?.id, text: 'High fever' }]);
    const json = await (await t.asAnn('/api/v1/events/mini')).json();
    expect(json).toMatchObject({
      name: 'Mini (revised)',
      first_day: '2025-11-01',
      last_day: '2025-11-04',
      alternates: [],
    });
    expect(json.days).toEqual([
      { day: 1, date: '2025-11-01', title: 'Hurt', prompts: ['Blood', 'Tears'] },
      { day: 2, date: '2025-11-02', prompts: ['Sweat', 'High fever'] },
      { day: 3, date: '2025-11-03', prompts: ['Bruises'] },
      { day: 4, date: '2025-11-04', prompts: ['Home'] },
    ]);
    expect(t.count('fills')).toBe(1);
  });

  it('deletes only prompts and days that no longer exist', async () => {
    const t = await setup();
    const res = await t.edit({ list: '1. Blood\n2. Sweat | Fever' });
    expect(res.status).toBe(303);
    expect(t.fever()).toHaveLength(1);
    expect(
      t.sqlite.prepare('select count(*) as n from event_days where event_id = ?').get(t.eventId),
    ).toEqual({ n: 2 });
    // Dropping the prompt a fill used unlinks it; the fill itself stays.
    expect((await t.edit({ list: '1. Blood\n2. Sweat' })).status).toBe(303);
    expect(t.fever()).toEqual([]);
    expect(t.count('fills')).toBe(1);
  });

  it('refuses to remove a day that has fills, with a clear message, changing nothing', async () => {
    const t = await setup();
    const before = { ...t.counts(), fills: t.count('fills'), fill_prompts: t.count('fill_prompts') };
    const res = await t.edit({ list: '1. Blood', name: 'Renamed' }, true);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('The list now ends at day 1, but pieces fill day 2 (1 fill)');
    expect({ ...t.counts(), fills: t.count('fills'), fill_prompts: t.count('fill_prompts') }).toEqual(before);
    expect(t.sqlite.prepare('select name from events where id = ?').get(t.eventId)).toEqual({ name: 'Mini' });
  });

  it('warns in the preview before a day with fills would go', async () => {
    const t = await setup();
    const html = await (
      await t.asAnn('/events/mini/preview', postForm(eventForm({ list: '1. Blood' }), true))
    ).text();
    expect(html).toContain('pieces fill day 2 (1 fill)');
  });

  it('moves the event to a new slug, refusing one that is taken', async () => {
    const t = await setup();
    const taken = await t.edit({ slug: 'promptober-demo' });
    expect(taken.status).toBe(422);
    expect(await taken.text()).toContain('That slug is taken by another event');
    const moved = await t.edit({ slug: 'mini-2025' });
    expect(moved.headers.get('Location')).toBe('/events/mini-2025');
    expect((await t.asAnn('/events/mini-2025/edit', { headers: HX })).status).toBe(200);
  });

  it('warns when a prompt made through the API would not survive as text', async () => {
    const t = editorApp();
    const { token } = createToken(t.db, t.ann.writer.id, 'test');
    const event = { name: 'Piped', first_day: '2025-10-01', days: [{ prompts: ['this | that'] }] };
    const res = await t.asVisitor('/api/v1/events', {
      method: 'POST',
      body: JSON.stringify(event),
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(201);
    const html = await (await t.asAnn('/events/piped/edit')).text();
    expect(html).toContain('Some prompts of this event cannot be written as one line of text');
  });
});
