import { describe, expect, it } from 'vitest';
import { editorApp, eventForm, fixture, postForm } from './event-helpers.ts';

const LIST = [
  'SPOOKTOBER 2025',
  '1. Ghosts',
  '2. Bats',
  'Moon',
  '#spooktober',
  '',
  'Alt prompts:',
  '- Fog',
].join('\n');

/** The textarea's text in a page or fragment, unescaped. */
const listIn = (html: string) => {
  const m = /<textarea[^>]*name="list"[^>]*>([^<]*)<\/textarea>/.exec(html);
  return (m?.[1] ?? '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');
};

const fix = (fields: Record<string, string>, fixValue: string, line: number, text: string, was = text) => ({
  ...fields,
  fix: fixValue,
  [`was_${line}`]: was,
  [`line_${line}`]: text,
});

describe('the preview’s Not used lines', () => {
  it('lists every line in no day and not in the pool, each with its fixes, with and without htmx', async () => {
    const t = editorApp();
    for (const htmx of [true, false]) {
      const html = await (await t.asAnn('/events/preview', postForm(eventForm({ list: LIST }), htmx))).text();
      expect(html).toContain('<h4 id="unused-title">Not used</h4>');
      for (const [line, text] of [
        [1, 'SPOOKTOBER 2025'],
        [4, 'Moon'],
        [5, '#spooktober'],
      ] as const) {
        expect(html).toContain(`<input type="hidden" name="was_${line}" value="${text}"/>`);
        expect(html).toContain(`name="fix" value="day:${line}" formaction="/events/preview"`);
        expect(html).toContain(`name="fix" value="alternate:${line}"`);
        expect(html).toContain(`name="fix" value="text:${line}"`);
      }
      expect(html).not.toContain('name="was_2"');
    }
    expect(t.count('events')).toBe(1);
  });

  it('without JavaScript, “Make it a day” gives the whole form back with the line as a day', async () => {
    const t = editorApp();
    const res = await t.asAnn(
      '/events/preview',
      postForm(fix(eventForm({ list: LIST }), 'day:4', 4, 'Moon')),
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html');
    expect(html).toContain('<th scope="row">No. 3</th>');
    expect(html).toContain('<li>Moon</li>');
    expect(html).not.toContain('name="was_4"');
    expect(listIn(html)).toBe(
      [
        'SPOOKTOBER 2025',
        '',
        'Day 1: Ghosts',
        'Day 2: Bats',
        'Day 3: Moon',
        '',
        'Alternates:',
        '- Fog',
        '',
        '#spooktober',
      ].join('\n'),
    );
    expect(t.count('events')).toBe(1);
  });

  it('“Make it an alternate” moves the line into the pool', async () => {
    const t = editorApp();
    const html = await (
      await t.asAnn(
        '/events/preview',
        postForm(fix(eventForm({ list: LIST }), 'alternate:4', 4, 'Moon'), true),
      )
    ).text();
    // With htmx the whole form comes back, to swap itself: its text has changed too.
    expect(html.startsWith('<form id="event-form"')).toBe(true);
    expect(listIn(html)).toBe(
      ['SPOOKTOBER 2025', '1. Ghosts', '2. Bats', '#spooktober', '', 'Alt prompts:', '- Fog', '- Moon'].join(
        '\n',
      ),
    );
    expect(html).toContain('<ul class="preview-alternates"><li>Fog</li><li>Moon</li></ul>');
  });

  it('“Correct the text” replaces the line with what was typed, and the preview reads it again', async () => {
    const t = editorApp();
    const html = await (
      await t.asAnn(
        '/events/preview',
        postForm(fix(eventForm({ list: LIST }), 'text:4', 4, '3. Moon', 'Moon')),
      )
    ).text();
    expect(listIn(html)).toContain('2. Bats\n3. Moon\n#spooktober');
    expect(html).toContain('<th scope="row">No. 3</th>');
  });

  it('a day in a list of one prompt a line is made by a bullet in its place', async () => {
    const t = editorApp();
    const list = 'INKTOBER 2025 PROMPT LIST\n\nStitch\nMask\nHappy inking!';
    const html = await (
      await t.asAnn('/events/preview', postForm(fix(eventForm({ list }), 'day:5', 5, 'Happy inking!')))
    ).text();
    expect(listIn(html)).toBe('INKTOBER 2025 PROMPT LIST\n\nStitch\nMask\n- Happy inking!');
    expect(html).toContain('<li>Happy inking!</li>');
  });

  it('a fix posted to the save address (htmx sends the form there) fixes and saves nothing', async () => {
    const t = editorApp();
    const before = t.counts();
    const res = await t.asAnn('/events', postForm(fix(eventForm({ list: LIST }), 'day:4', 4, 'Moon'), true));
    expect(res.status).toBe(200);
    expect(listIn(await res.text())).toContain('Day 3: Moon');
    expect(t.counts()).toEqual(before);
  });

  it('refuses a fix for a line that changed since the preview, and keeps the text', async () => {
    const t = editorApp();
    const html = await (
      await t.asAnn('/events/preview', postForm(fix(eventForm({ list: LIST }), 'day:4', 4, 'Stars', 'Stars')))
    ).text();
    expect(html).toContain('Line 4 has changed since the preview: check the list and preview it again.');
    expect(listIn(html)).toBe(LIST);
  });

  it('works on the edit page too', async () => {
    const t = editorApp();
    await t.asAnn('/events', postForm(eventForm()));
    const list = `${fixture('whumptober.txt')}\nSea serpent`;
    const line = list.split('\n').length;
    const html = await (
      await t.asAnn(
        '/events/whumptober-2025/preview',
        postForm(fix(eventForm({ list }), `alternate:${line}`, line, 'Sea serpent')),
      )
    ).text();
    expect(html).toContain('<li>Sea serpent</li>');
    expect(listIn(html)).toContain('- Trapped in rubble\n- Sea serpent');
  });
});

describe('a day’s description', () => {
  const list = [
    'Mythtober 2025',
    'Day 1: Selkie',
    'A seal that sheds its skin to walk on land.',
    'Day 2: Banshee',
    'Her wail foretells a death in the family.',
  ].join('\n');

  it('is shown in the preview, saved, shown on the day page, given by the API, and written back as text', async () => {
    const t = editorApp();
    const preview = await (await t.asAnn('/events/preview', postForm(eventForm({ list }), true))).text();
    expect(preview).toContain(
      '<p class="preview-description">A seal that sheds its skin to walk on land.</p>',
    );
    const saved = await t.asAnn('/events', postForm(eventForm({ list })));
    expect(saved.status).toBe(303);
    const day = await (await t.asAnn('/events/whumptober-2025/days/1')).text();
    expect(day).toContain(
      '<div class="day-description"><p>A seal that sheds its skin to walk on land.</p></div>',
    );
    const json = await (await t.asVisitor('/api/v1/events/whumptober-2025')).json();
    expect(json.days[1]).toEqual({
      day: 2,
      date: '2025-10-02',
      description: 'Her wail foretells a death in the family.',
      prompts: ['Banshee'],
    });
    const edit = await (await t.asAnn('/events/whumptober-2025/edit')).text();
    expect(listIn(edit)).toBe(
      'Day 1: Selkie\n> A seal that sheds its skin to walk on land.\nDay 2: Banshee\n> Her wail foretells a death in the family.\n',
    );
    // The text, saved again unchanged, keeps the days as they were.
    const again = await t.asAnn('/events/whumptober-2025/edit', postForm(eventForm({ list: listIn(edit) })));
    expect(again.status).toBe(303);
    expect((await (await t.asVisitor('/api/v1/events/whumptober-2025')).json()).days).toEqual(json.days);
  });
});
