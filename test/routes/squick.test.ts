import { describe, expect, it } from 'vitest';
import { form, HX, makePublic, post, signUp, testWriterApp, withCookie } from '../helpers.ts';

// TEST_NOW is day 2 of the demo event: "Cold open", with the prompts Frostbite and Shared warmth.
const save = (list: string, htmx = false) => post(form({ squick_words: list }), htmx);

describe('the squick list in settings', () => {
  it('saves the list checked (trimmed, repeats left out) and goes back to settings', async () => {
    const { request, sqlite } = await testWriterApp();
    const res = await request('/settings/squick', save('  frostbite \n\nFrostbite\nzyzzyva'));
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/settings?saved=squick#squick');
    const row = sqlite.prepare('select squick_words as w from writers').get() as { w: string };
    expect(row.w).toBe('frostbite\nzyzzyva');
    const page = await (await request('/settings?saved=squick')).text();
    expect(page).toContain('Prompts with any of these 2 are hidden.');
    expect(page).toContain('frostbite\nzyzzyva</textarea>');
  });

  it('answers htmx with the section alone, saved', async () => {
    const { request } = await testWriterApp();
    const res = await request('/settings/squick', save('frostbite', true));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/^<section id="squick"/);
    expect(html).toContain('Prompts with that word are hidden.');
  });

  it('refuses a list too long with 422, saving nothing and keeping what was typed', async () => {
    const { request, sqlite } = await testWriterApp();
    const list = Array.from({ length: 101 }, (_, i) => `w${i}`).join('\n');
    const res = await request('/settings/squick', save(list));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('this list has 101');
    expect(html).toContain('w100</textarea>');
    expect((sqlite.prepare('select squick_words as w from writers').get() as { w: string }).w).toBe('');
    const fragment = await request('/settings/squick', save(list, true));
    expect(fragment.status).toBe(422);
    expect(await fragment.text()).toMatch(/^<section id="squick"/);
  });

  it('asks a visitor to sign in', async () => {
    const { app } = await testWriterApp();
    const res = await app.request('/settings/squick', save('frostbite'));
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toMatch(/^\/login/);
  });
});

describe('prompts with a word the writer avoids', () => {
  it('are blurred on the home page, calendar and day page, without naming the words on the list', async () => {
    const { request } = await testWriterApp();
    await request('/settings/squick', save('frostbite\nzyzzyva'));
    for (const path of ['/', '/events/promptober-demo', '/events/promptober-demo/days/2']) {
      const html = await (await request(path)).text();
      expect(html, path).toMatch(
        /<details class="squick[^"]*"><summary><span class="squick-blur" aria-hidden="true">Frostbite/,
      );
      expect(html, path).not.toContain('zyzzyva');
    }
    const home = await (await request('/')).text();
    expect(home).toMatch(/Try instead:<\/strong> Shared warmth/);
    const day = await (await request('/events/promptober-demo/days/2')).text();
    expect(day).toMatch(/Try instead:<\/strong> Shared warmth — or an alternate: Hurt\/comfort/);
    // The calendar's month swap (htmx) blurs it too.
    const grid = await (await request('/events/promptober-demo?month=2025-10', { headers: HX })).text();
    expect(grid).toContain('<details class="squick compact">');
  });

  it('are blurred in the blurbs of the day page and the calendar page too', async () => {
    const t = await testWriterApp('ann');
    const bob = await signUp(t.app, 'bob');
    await makePublic(t.app, bob, 'bob');
    const piece = form([
      ['title', 'Cold hands'],
      ['words', '500'],
      ['status', 'posted'],
      ['event', 'promptober-demo'],
      ['day', '2'],
      ['prompts-2', '1'],
    ]);
    expect((await t.app.request('/pieces', withCookie(bob, post(piece)))).status).toBe(303);
    await t.request('/settings/squick', save('frostbite'));
    for (const path of ['/events/promptober-demo/days/2', '/events/promptober-demo']) {
      const html = await (await t.request(path)).text();
      const blurb = html.slice(html.indexOf('Cold hands'));
      expect(blurb, path).toMatch(
        / — <details class="squick compact"><summary><span class="squick-blur" aria-hidden="true">Frostbite/,
      );
    }
  });

  it('are never blurred for a visitor, nor for a writer with no list', async () => {
    const { app, request } = await testWriterApp();
    for (const html of [await (await app.request('/')).text(), await (await request('/')).text()]) {
      expect(html).not.toContain('class="squick');
      expect(html).not.toContain('Try instead');
    }
  });

  it('leave the alternates that are avoided out of “Try instead”', async () => {
    const { request } = await testWriterApp();
    await request('/settings/squick', save('frostbite\nhurt comfort'));
    const day = await (await request('/events/promptober-demo/days/2')).text();
    expect(day).toMatch(/or an alternate: Snowed in · A song on repeat/);
    expect(day).toMatch(
      /<details class="squick"><summary><span class="squick-blur" aria-hidden="true">Hurt\/comfort/,
    );
  });
});
