import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers.ts';
import { postPiece, writerSetup } from './progress-helpers.ts';

const EVENT = {
  slug: 'whumptober-2026',
  name: 'Whumptober 2026',
  first_day: '2026-10-01',
  day_label: 'No.',
  tag_pattern: '#whumptober2026 #no.{day} #{prompt}',
  days: [
    { day: 1, prompts: ['Shaky hands'] },
    { day: 2, prompts: ['Drowning', 'Cold water'] },
  ],
};

async function tagApp() {
  const t = testApp();
  const ann = await writerSetup(t, 'ann');
  const made = await ann.api.post('/events', EVENT);
  expect(made.status, await made.clone().text()).toBe(201);
  return { ...t, ann };
}

describe('the event’s tag pattern', () => {
  it('is in the open format and the JSON API, and checked there', async () => {
    const t = await tagApp();
    const json = (await (await t.app.request('/api/v1/events/whumptober-2026')).json()) as Record<
      string,
      unknown
    >;
    expect(json.tag_pattern).toBe('#whumptober2026 #no.{day} #{prompt}');
    const bad = await t.ann.api.post('/events', { ...EVENT, slug: 'other', tag_pattern: '#x {month}' });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { fields: Record<string, string> }).fields.tag_pattern).toContain(
      '{month}',
    );
    const none = await t.ann.api.post('/events', { ...EVENT, slug: 'plain', tag_pattern: undefined });
    expect(((await none.json()) as { tag_pattern: string }).tag_pattern).toBe('');
  });

  it('is in the editor', async () => {
    const t = await tagApp();
    const edit = await (await t.ann.request('/events/whumptober-2026/edit')).text();
    expect(edit).toContain('name="tag_pattern"');
    expect(edit).toContain('value="#whumptober2026 #no.{day} #{prompt}"');
    expect(await (await t.ann.request('/events/new')).text()).toContain('name="tag_pattern"');
  });

  it('gives each piece page and masterpost line its tag line to copy', async () => {
    const t = await tagApp();
    const id = await postPiece(t.ann.api, {
      title: 'Under',
      fills: [{ event: 'whumptober-2026', day: 2, prompts: [1, 2] }],
    });
    const line = 'value="#whumptober2026 #no.2 #drowning #coldwater"';
    const page = await (await t.ann.request(`/pieces/${id}`)).text();
    expect(page).toContain(line);
    expect(page).toContain('data-copy="#tags-whumptober-2026-2"');
    const masterpost = await (await t.ann.request('/events/whumptober-2026/masterpost')).text();
    expect(masterpost).toContain(line);
    expect(masterpost).toContain('data-copy="#tags-2"');
    // The demo event has no pattern: no tag line.
    const plain = await postPiece(t.ann.api, {
      title: 'Plain',
      fills: [{ event: 'promptober-demo', day: 2 }],
    });
    expect(await (await t.ann.request(`/pieces/${plain}`)).text()).not.toContain('Tags for your post');
  });
});
