import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventDays, events, prompts } from '../../db/schema.ts';
import { form, post, testWriterApp } from '../helpers.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ao3/${name}`, import.meta.url), 'utf8');

/** Adds "Whumptober 2025" with "Shaking Hands" as day 2's second prompt. */
function addWhumptober(db: Awaited<ReturnType<typeof testWriterApp>>['db']) {
  const event = db
    .insert(events)
    .values({
      slug: 'whumptober-2025',
      name: 'Whumptober 2025',
      firstDay: '2025-10-01',
      lastDay: '2025-10-03',
    })
    .returning()
    .get();
  for (const n of [1, 2, 3]) {
    const day = db
      .insert(eventDays)
      .values({ eventId: event.id, number: n, date: `2025-10-0${n}` })
      .returning()
      .get();
    ['Frostbite', 'Shaking Hands'].forEach((text, i) => {
      db.insert(prompts)
        .values({ dayId: day.id, position: i + 1, text })
        .run();
    });
  }
}

describe('paste a finished piece into the log form', () => {
  it('fills the form from an AO3 work page for review, preselecting the event day and prompt', async () => {
    const t = await testWriterApp();
    addWhumptober(t.db);
    const res = await t.request(
      '/pieces',
      post(form({ intent: 'import', paste: fixture('one-shot-inline.txt') })),
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('value="Shaking Hands"');
    expect(html).toContain('value="341"');
    expect(html).toContain('value="2025-10-02"');
    expect(html).toContain('value="Marvel Cinematic Universe"');
    expect(html).toMatch(/<option value="Teen And Up Audiences" selected/);
    expect(html).toMatch(/<option value="whumptober-2025" selected/);
    expect(html).toMatch(/name="prompts-2" value="2" checked/);
    expect(html).toContain('Found the prompt for day 2.');
    // Only the fields are kept: the pasted work text is not sent back.
    expect(html).not.toContain('The lab was quiet');
    expect(t.count('pieces')).toBe(0);
  });

  it('ticks the prompt a page names without quoting it: by its title', async () => {
    const t = await testWriterApp();
    addWhumptober(t.db);
    const paste =
      'Rating:\nGeneral Audiences\nFandom:\nOriginal Work\nAdditional Tags:\nWhumptober 2025 No. 1\n' +
      'Stats:\nPublished: 2025-10-01 Words: 3\n\nFrostbite\nann\nWork Text:\n\nCold, so cold.\n';
    const html = await (await t.request('/pieces', post(form({ intent: 'import', paste })))).text();
    expect(html).toContain('Found the prompt for day 1.');
    expect(html).toMatch(/name="prompts-1" value="1" checked/);
    expect(html).not.toMatch(/name="prompts-1" value="2" checked/);
  });

  it('fills Words only from plain story text', async () => {
    const t = await testWriterApp();
    const res = await t.request(
      '/pieces',
      post(form({ intent: 'import', title: 'Mine', paste: "It wasn't the arm-rest. It was—everything." })),
    );
    const html = await res.text();
    expect(html).toContain('value="Mine"');
    expect(html).toContain('value="7"');
    expect(html).toContain('counted as AO3 counts');
  });

  it('fills the link from an AO3 work URL without fetching anything', async () => {
    const t = await testWriterApp();
    const paste = 'https://archiveofourown.org/works/123456/chapters/789';
    const html = await (await t.request('/pieces', post(form({ intent: 'import', paste })))).text();
    expect(html).toContain('value="https://archiveofourown.org/works/123456"');
    expect(html).toContain('does not fetch pages from AO3');
  });

  it('counts a paste live, as a fragment, and stores nothing', async () => {
    const t = await testWriterApp();
    const res = await t.request('/pieces/word-count', post(form({ paste: 'one two three' }), true));
    expect(await res.text()).toContain('3 words (AO3 count)');
    expect(t.count('pieces')).toBe(0);
  });

  it('keeps exactly the stated count, which equals the count of the work text', async () => {
    const t = await testWriterApp();
    const res = await t.request(
      '/pieces',
      post(form({ intent: 'import', paste: fixture('multi-chapter.txt') })),
    );
    const html = await res.text();
    expect(html).toContain('value="1057"');
    expect(html).not.toContain('its work text counts');
  });
});
