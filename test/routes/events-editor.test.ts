import { describe, expect, it } from 'vitest';
import { HX } from '../helpers.ts';
import { editorApp, eventForm, fixture, postForm } from './event-helpers.ts';

const previewOf = (html: string) => {
  const start = html.indexOf('<section id="preview"');
  return html.slice(start, html.indexOf('</section>', start) + '</section>'.length);
};

describe('the new-event page', () => {
  it('is a full page with the form, the preview area and the JSON import, linked from /events', async () => {
    const t = editorApp();
    expect(await (await t.asAnn('/events')).text()).toContain('href="/events/new"');
    const res = await t.asAnn('/events/new');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    for (const field of [
      'name',
      'slug',
      'first_day',
      'description',
      'day_label',
      'late_until',
      'min_words',
      'list',
    ])
      expect(html).toContain(`name="${field}"`);
    expect(html).toContain('hx-post="/events/preview"');
    expect(html).toContain('formaction="/events/preview"');
    expect(html).toContain('Import JSON');
  });

  it('answers htmx with the form alone', async () => {
    const t = editorApp();
    const html = await (await t.asAnn('/events/new', { headers: HX })).text();
    expect(html.startsWith('<form id="event-form"')).toBe(true);
    expect(html).not.toContain('<html');
  });

  it('sends a visitor to sign in first', async () => {
    const t = editorApp();
    const res = await t.asVisitor('/events/new');
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toMatch(/^\/login\?next=%2Fevents%2Fnew/);
    const saved = await t.asVisitor('/events', postForm(eventForm()));
    expect(saved.status).toBe(303);
    expect(t.count('events')).toBe(1);
  });
});

describe('the preview', () => {
  it('is a fragment for htmx: each day with its number, date, theme and prompts, then the alternates', async () => {
    const t = editorApp();
    const res = await t.asAnn('/events/preview', postForm(eventForm(), true));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.startsWith('<section id="preview"')).toBe(true);
    expect(html).toContain('31 days, Wed 1 Oct 2025 – Fri 31 Oct 2025.');
    expect(html).toContain(
      '<th scope="row">No. 5</th><td><time datetime="2025-10-05">Sun 5 Oct 2025</time></td><td>RUNNING ON EMPTY</td><td><ul class="preview-prompts"><li>Exhaustion</li><li>Fainting</li><li>Dehydration</li></ul>',
    );
    expect(html).toContain('<li>Trapped in rubble</li>');
    expect(t.count('events')).toBe(1);
  });

  it('without JavaScript, re-renders the whole form with the preview and the typed text', async () => {
    const t = editorApp();
    const html = await (await t.asAnn('/events/preview', postForm(eventForm({ name: 'Kept' })))).text();
    expect(html).toContain('<html');
    expect(html).toContain('value="Kept"');
    expect(html).toContain('<th scope="row">No. 31</th>');
    expect(html).toContain('<td>THE END</td>');
    expect(html).toContain('Panic attack | Shaking hands');
  });

  it('shows the parser’s messages, and dates only once the first day is known', async () => {
    const t = editorApp();
    const bad = await (
      await t.asAnn('/events/preview', postForm(eventForm({ list: '1. a\n3. c' }), true))
    ).text();
    expect(bad).toContain('<li>Day 2 is missing.</li>');
    const undated = await (
      await t.asAnn('/events/preview', postForm(eventForm({ first_day: '' }), true))
    ).text();
    expect(undated).toContain('Give the first day to see their dates.');
  });

  it('takes the first day from a dated list when none is typed, and says so when they disagree', async () => {
    const t = editorApp();
    const list = fixture('flufftober-dated.txt');
    const blank = await (
      await t.asAnn('/events/preview', postForm(eventForm({ first_day: '', list }), true))
    ).text();
    expect(blank).toContain('31 days, Wed 1 Oct 2025 – Fri 31 Oct 2025 (the first day comes from the list).');
    const other = await (
      await t.asAnn('/events/preview', postForm(eventForm({ first_day: '2025-10-02', list }), true))
    ).text();
    expect(other).toContain('The list starts on Wed 1 Oct 2025, but the first day says Thu 2 Oct 2025');
  });
});

describe('saving a new event', () => {
  it('saves exactly the preview, and makes its creator the organiser', async () => {
    const t = editorApp();
    const preview = await (await t.asAnn('/events/preview', postForm(eventForm(), true))).text();
    const res = await t.asAnn('/events', postForm(eventForm()));
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/events/whumptober-2025');
    // The edit page previews what was saved: the same days, dates, themes, prompts and alternates.
    const edit = await (await t.asAnn('/events/whumptober-2025/edit')).text();
    // The paste's title, rules and hashtags were not used; the saved event, as text, has none left over.
    const days = (html: string) =>
      previewOf(html).replace('</section>', '').split('<div class="preview-unused">')[0];
    expect(days(edit)).toBe(days(preview));
    expect(preview).toContain('<h4 id="unused-title">Not used</h4>');
    expect(edit).not.toContain('Not used');
    const event = t.sqlite.prepare("select * from events where slug = 'whumptober-2025'").get() as Record<
      string,
      unknown
    >;
    expect(event).toMatchObject({
      name: 'Whumptober 2025',
      first_day: '2025-10-01',
      last_day: '2025-10-31',
      day_label: 'No.',
      late_until: '2025-11-07',
      max_prompts_per_piece: 3,
      min_words: 100,
      max_words: 5000,
      organiser_id: t.ann.writer.id,
    });
    expect(
      t.sqlite.prepare('select writer_id, role from event_members where event_id = ?').all(event.id),
    ).toEqual([{ writer_id: t.ann.writer.id, role: 'organiser' }]);
  });

  it('with htmx, redirects the browser to the new event', async () => {
    const t = editorApp();
    const res = await t.asAnn('/events', postForm(eventForm(), true));
    expect(res.status).toBe(204);
    expect(res.headers.get('HX-Redirect')).toBe('/events/whumptober-2025');
  });

  it('answers 422 with the form, the typed values and the errors beside the fields', async () => {
    const t = editorApp();
    const res = await t.asAnn(
      '/events',
      postForm(eventForm({ name: '', min_words: '900', max_words: '10' }), true),
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html.startsWith('<form id="event-form"')).toBe(true);
    expect(html).toContain('<p class="field-error" id="f-name-error">Give the event a name.</p>');
    expect(html).toContain(
      '<p class="field-error" id="f-max_words-error">The maximum word count is below the minimum.</p>',
    );
    expect(html).toContain('value="900"');
    expect(html).toContain('Panic attack | Shaking hands');
    expect(t.count('events')).toBe(1);
  });

  const big = 'a'.repeat(200_001);
  const days400 = Array.from({ length: 400 }, (_, i) => `${i + 1}. Prompt ${i + 1}`).join('\n');
  it.each([
    ['an empty paste', { list: '' }, 422, 'The list is empty.'],
    [
      'a paste over the size limit',
      { list: big },
      422,
      'The list is too long (201 KB); paste at most 200 KB.',
    ],
    ['a list of 400 days', { list: days400 }, 422, 'The list has 400 days; an event has at most 366.'],
    ['binary junk', { list: '\u0000\u0001PNG\u0002\u0003IHDR\u0000' }, 422, 'This does not look like text'],
    ['a first day that is not a date', { first_day: '2025-02-30' }, 422, 'The first day must be a real date'],
    ['no first day for a numbered list', { first_day: '' }, 422, 'Give the first day of the event.'],
    ['a duplicate slug', { slug: 'promptober-demo' }, 422, 'That slug is taken by another event'],
    ['a slug with bad characters', { slug: 'Whump Tober!' }, 422, 'The slug may only hold lowercase letters'],
    ['a slug naming a page', { slug: 'new' }, 422, 'names a page of Promptly'],
    [
      'late fills until before the last day',
      { late_until: '2025-10-15' },
      422,
      'Late fills must count until',
    ],
    ['late fills counted without a date', { late_until: '' }, 422, 'Give the last date late fills count'],
    [
      'a prompt limit of zero',
      { max_prompts_per_piece: '0' },
      422,
      'Prompts per piece must be a whole number',
    ],
  ])('refuses %s: %i, a clear message, nothing saved', async (_label, fields, status, message) => {
    const t = editorApp();
    const before = t.counts();
    const res = await t.asAnn('/events', postForm(eventForm(fields)));
    expect(res.status).toBe(status);
    expect(await res.text()).toContain(message.replace(/'/g, '&#39;'));
    expect(t.counts()).toEqual(before);
  });

  it('refuses a 10 MB paste with 413 and keeps serving', async () => {
    const t = editorApp();
    const before = t.counts();
    const res = await t.asAnn('/events', postForm(eventForm({ list: 'x'.repeat(10 * 1024 * 1024) })));
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('Nothing was saved.');
    expect(t.counts()).toEqual(before);
    expect((await t.asAnn('/events/new')).status).toBe(200);
  });

  it('makes the slug from the name when it is left blank', async () => {
    const t = editorApp();
    const res = await t.asAnn('/events', postForm(eventForm({ name: 'Fíctober — 2025!' })));
    expect(res.headers.get('Location')).toBe('/events/fictober-2025');
  });
});

describe('importing JSON on the new-event page', () => {
  const upload = (json: string) => {
    const body = new FormData();
    body.set('json', json);
    body.set('file', new File([], ''));
    return { method: 'POST', body };
  };

  it('fills in the form and the preview from an event in the open format; nothing is saved yet', async () => {
    const t = editorApp();
    const json = await (await t.asAnn('/api/v1/events/promptober-demo')).json();
    const before = t.counts();
    const res = await t.asAnn('/events/import', upload(JSON.stringify({ ...json, slug: 'copy' })));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('value="copy"');
    expect(html).toContain('Day 2: Cold open\nFrostbite | Shared warmth');
    expect(html).toContain('<td>Cold open</td>');
    expect(t.counts()).toEqual(before);
  });

  it('reads an uploaded file', async () => {
    const t = editorApp();
    const body = new FormData();
    const event = {
      name: 'From a file',
      first_day: '2025-12-01',
      days: [{ prompts: ['Snow'] }],
      alternates: [],
    };
    body.set('file', new File([JSON.stringify(event)], 'event.json', { type: 'application/json' }));
    const html = await (await t.asAnn('/events/import', { method: 'POST', body })).text();
    expect(html).toContain('value="From a file"');
    expect(html).toContain('<li>Snow</li>');
  });

  it.each([
    ['not JSON', '{nope', 'That is not valid JSON.'],
    ['a list', '[]', 'The JSON must be one event'],
    [
      'a last day before the first',
      JSON.stringify({
        name: 'X',
        first_day: '2025-10-05',
        last_day: '2025-10-01',
        days: [{ prompts: ['a'] }],
      }),
      'last_day (2025-10-01) is before first_day (2025-10-05).',
    ],
    ['nothing', '', 'Choose a JSON file or paste the JSON.'],
  ])('refuses %s with 422 and a clear message', async (_label, json, message) => {
    const t = editorApp();
    const before = t.counts();
    const res = await t.asAnn('/events/import', upload(json));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain(message);
    expect(t.counts()).toEqual(before);
  });
});
