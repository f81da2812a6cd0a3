import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { writers } from '../../db/schema.ts';
import { form, post, TEST_NOW, testApp } from '../helpers.ts';
import { addShortEvent, postPiece, writerSetup } from './progress-helpers.ts';

const DEMO = 'promptober-demo';
/** Day 2 of the demo event: titled "Cold open", prompts "Frostbite" and "Shared warmth". */
const fillDay2 = [{ event: DEMO, day: 2, prompts: [1] }];

/** ann, who avoids "frostbite" and "cold", with one posted piece filling day 2 with Frostbite. */
async function avoiding() {
  const t = testApp();
  const ann = await writerSetup(t, 'ann');
  t.db
    .update(writers)
    .set({ squickWords: 'frostbite\ncold', profilePublic: true })
    .where(eq(writers.id, ann.writer.id))
    .run();
  const id = await postPiece(ann.api, { title: 'Ice', words: 500, fills: fillDay2 });
  return { ...t, ann, id };
}

/** The number of blurred copies of `text` in `html`. */
const blurred = (html: string, text: string) =>
  html.split(`<span class="squick-blur" aria-hidden="true">${text}</span>`).length - 1;

describe('a prompt the writer avoids is blurred wherever it is shown to them', () => {
  it('on the log form: the prompt to tick and the day’s title', async () => {
    const { ann } = await avoiding();
    const html = await (await ann.request(`/pieces/new?event=${DEMO}&day=2`)).text();
    expect(blurred(html, 'Frostbite')).toBe(1);
    expect(blurred(html, 'Cold open')).toBe(1);
    expect(html).toContain('Shared warmth');
  });

  it('on the piece page, in the collection and on the masterpost preview, but not in the texts to copy', async () => {
    const { ann, id } = await avoiding();
    for (const path of [`/pieces/${id}`, '/pieces', `/events/${DEMO}/pieces`]) {
      const html = await (await ann.request(path)).text();
      expect(html, path).toContain('details class="squick compact"');
    }
    const masterpost = await (await ann.request(`/events/${DEMO}/masterpost`)).text();
    expect(blurred(masterpost.slice(0, masterpost.indexOf('<textarea')), 'Frostbite')).toBe(1);
    const md = await (await ann.request(`/events/${DEMO}/masterpost?format=md`)).text();
    expect(md).toContain('- Day 2 — Frostbite — Ice (500 words)');
  });

  it('in day titles on Today, the calendar and the day page', async () => {
    const { ann } = await avoiding();
    for (const path of ['/', `/events/${DEMO}`, `/events/${DEMO}/days/2`]) {
      const html = await (await ann.request(path)).text();
      expect(blurred(html, 'Cold open'), path).toBeGreaterThan(0);
    }
  });
});

describe('the piece page and the log form', () => {
  it('shows the title once, and statuses capitalised like the ratings', async () => {
    const t = testApp();
    const ann = await writerSetup(t, 'ann');
    const id = await postPiece(ann.api, { title: 'Only once', url: 'https://archiveofourown.org/works/9' });
    const html = await (await ann.request(`/pieces/${id}`)).text();
    expect(html.split('Only once').length - 1).toBe(2); // the <title> and the <h1>
    expect(html).toContain('>Posted</span>');
    expect(html).toContain('Open it where it is posted');
    const formHtml = await (await ann.request('/pieces/new')).text();
    expect(formHtml).toMatch(/<option value="drafting"[^>]*>Drafting<\/option>/);
    const collection = await (await ann.request('/pieces')).text();
    expect(collection).toMatch(/<option value="planned"[^>]*>Planned<\/option>/);
  });

  it('does not echo a refused over-long title in full', async () => {
    const t = testApp();
    const ann = await writerSetup(t, 'ann');
    const title = 'x'.repeat(200_000);
    const res = await ann.request(
      '/pieces',
      post(form({ title, words: '10', status: 'posted', intent: 'save' })),
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html.length).toBeLessThan(100_000);
    expect(html).toContain(`value="${'x'.repeat(300)}"`);
  });
});

describe('the collection’s totals', () => {
  it('follow the status and fandom filters', async () => {
    const t = testApp();
    const ann = await writerSetup(t, 'ann');
    await postPiece(ann.api, { title: 'A', words: 100, fandoms: ['Good Omens'], fills: fillDay2 });
    await postPiece(ann.api, {
      title: 'B',
      words: 200,
      fandoms: ['Star Trek'],
      fills: [{ event: DEMO, day: 3 }],
    });
    await postPiece(ann.api, { title: 'C', words: 300, fills: [{ event: DEMO, day: 4 }] });
    const totals = async (query: string) => {
      const html = await (await ann.request(`/pieces${query}`)).text();
      const dl = html.slice(html.indexOf('<dl class="totals"'), html.indexOf('</dl>'));
      return dl
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    };
    expect(await totals('')).toBe('Pieces 3 Words 600 Days filled 3 of 31');
    expect(await totals('?fandom=Good+Omens')).toBe('Pieces 1 Words 100 Days filled 1 of 31');
    expect(await totals('?status=drafting')).toBe('Pieces 0 Words 0 Days filled 0 of 0');
  });

  it('still count a joined event’s days after the last piece is deleted', async () => {
    const t = testApp();
    const ann = await writerSetup(t, 'ann');
    expect((await ann.request(`/events/${DEMO}/join`, post(form({})))).status).toBe(303);
    const id = await postPiece(ann.api, { title: 'Gone', fills: fillDay2 });
    expect((await ann.api.delete(`/pieces/${id}`)).status).toBe(204);
    const html = await (await ann.request('/pieces')).text();
    expect(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain('Days filled 0 of 31');
  });
});

describe('messages write dates as pages do', () => {
  it('a running total below the earlier one names the date as “Thu 2 Oct 2025”', async () => {
    const t = testApp();
    const ann = await writerSetup(t, 'ann');
    await ann.api.post('/me/word-logs', { date: '2025-10-01', words: 500 });
    const res = await ann.api.post('/me/word-logs', { date: '2025-10-02', words: 100, mode: 'set' });
    expect(((await res.json()) as { fields: { words: string } }).fields.words).toContain(
      'before Thu 2 Oct 2025',
    );
  });
});

describe('the masterpost names days as the event does', () => {
  it('“No. 1” in an event whose days are “No.”', async () => {
    const t = testApp();
    addShortEvent(t.db);
    const ann = await writerSetup(t, 'ann');
    await postPiece(ann.api, { title: 'Inked', fills: [{ event: 'inktober-test', day: 1, prompts: [1] }] });
    const txt = await (await ann.request('/events/inktober-test/masterpost?format=txt')).text();
    expect(txt).toContain('No. 1 — Ink 1 — Inked');
  });
});

describe('a running total', () => {
  it('says how it was split, names the posted pieces counted on top, and ties them to count once', async () => {
    const t = testApp();
    const ann = await writerSetup(t, 'ann');
    await postPiece(ann.api, { title: 'Frostbite', words: 1100, posted_on: '2025-10-01', fills: fillDay2 });
    await ann.api.post('/me/word-logs', { date: '2025-10-01', words: 3800 });
    const res = await ann.request(
      '/stats/word-logs',
      post(form({ date: '2025-10-02', words: '5000', mode: 'set' })),
    );
    expect(res.status).toBe(303);
    const page = await (await ann.request(res.headers.get('Location') as string)).text();
    const text = page.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain(
      'Your running total is 5,000 on Thu 2 Oct 2025: 1,200 words for that date, after 3,800 logged before it.',
    );
    expect(text).toContain(
      'Your stats show 6,100 by then: 1 posted piece with no word log tied to it (1,100 words)',
    );
    const id = /name="piece_id" value="(\d+)"/.exec(page)?.[1] as string;
    const tie = await ann.request('/stats/word-logs/tie', post(form({ piece_id: id, event: '' }), true));
    const after = (await tie.text()).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(after).toContain('“Frostbite” is tied to your logs');
    const stats = (await (await ann.api.get('/me/stats')).json()) as { words: number };
    expect(stats.words).toBe(5000);
    // Tied once: a second tie finds nothing to tie.
    expect((await ann.request('/stats/word-logs/tie', post(form({ piece_id: id })))).status).toBe(404);
  });
});

describe('what a form did is said on the next page, with and without JavaScript', () => {
  it('saving, editing and deleting a piece, and joining and leaving an event', async () => {
    const t = testApp();
    const ann = await writerSetup(t, 'ann');
    const follow = async (res: Response) => {
      const location = res.headers.get('Location') ?? res.headers.get('HX-Redirect');
      const cookie = res.headers
        .getSetCookie()
        .find((c) => c.startsWith('promptly_flash='))
        ?.split(';')[0];
      const next = await ann.request(location as string, { headers: { Cookie: `${ann.cookie}; ${cookie}` } });
      return (await next.text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    };
    const fields = {
      title: 'Frostbite',
      words: '10',
      status: 'posted',
      event: DEMO,
      day: '2',
      'prompts-2': '1',
      intent: 'save',
    };
    const made = await ann.request('/pieces', post(form(fields)));
    expect(await follow(made)).toContain('Saved “Frostbite” for Day 2 of Promptober October 2025 (demo).');
    const id = (made.headers.get('Location') as string).split('/').at(-1);
    const edited = await ann.request(`/pieces/${id}`, post(form({ ...fields, title: 'Thaw' }), true));
    expect(edited.status).toBe(204);
    expect(await follow(edited)).toContain('Saved your changes to “Thaw”.');
    expect(await follow(await ann.request(`/pieces/${id}/delete`, post(form({}))))).toContain(
      'Deleted “Thaw”.',
    );
    expect(await follow(await ann.request(`/events/${DEMO}/leave`, post(form({}))))).toContain(
      'You left Promptober',
    );
    const joined = await ann.request(`/events/${DEMO}/join`, post(form({}), true));
    expect(await joined.text()).toMatch(/role="status">You joined Promptober/);
  });
});

describe('sign-up asks for the time zone, without JavaScript too', () => {
  it('offers every zone, the browser’s preselected when known, and saves the one chosen', async () => {
    const t = testApp();
    const page = await (await t.app.request('/signup')).text();
    expect(page).toContain('<option value="Pacific/Auckland">Pacific/Auckland</option>');
    expect(page).toContain('data-zone-from-browser="true"');
    const known = await (await t.app.request('/signup', { headers: { Cookie: 'tz=Europe/Paris' } })).text();
    expect(known).toMatch(/<option value="Europe\/Paris" selected="">/);
    expect(known).not.toContain('data-zone-from-browser');
    const body = form({ username: 'kiri', password: 'correct horse battery', time_zone: 'Pacific/Auckland' });
    expect((await t.app.request('/signup', post(body))).status).toBe(303);
    const row = t.db.select().from(writers).where(eq(writers.username, 'kiri')).get();
    expect(row?.timeZone).toBe('Pacific/Auckland');
    const bad = form({ username: 'kira', password: 'correct horse battery', time_zone: 'Mars/Olympus' });
    const refused = await t.app.request('/signup', post(bad));
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Choose your time zone from the list.');
  });
});

describe('the event page', () => {
  it('puts the calendar before what the event is about, and offers a webcal:// Subscribe with how-to', async () => {
    const t = testApp();
    const html = await (await t.app.request(`/events/${DEMO}`)).text();
    expect(html.indexOf('id="calendar"')).toBeLessThan(html.indexOf('About this event'));
    expect(html).toContain(`href="webcal://localhost/events/${DEMO}/prompts.ics"`);
    expect(html).toContain(`value="http://localhost/events/${DEMO}/prompts.ics"`);
    for (const app of ['Google Calendar', 'Apple Calendar', 'Outlook']) expect(html).toContain(app);
    expect(html).not.toContain('Jump to today'); // day 2: today is near the top
  });

  it('offers “Jump to today” later in the month', async () => {
    const t = testApp(DateTime.fromISO('2025-10-20T12:00:00Z'), TEST_NOW);
    const html = await (await t.app.request(`/events/${DEMO}`)).text();
    expect(html).toContain('<a href="#today-cell">Jump to today</a>');
    expect(html).toContain('id="today-cell"');
  });
});

describe('the private calendar feed', () => {
  it('behind a secret address: the writer’s fill state, their hidden prompts kept out, revocable', async () => {
    const { ann, app } = await avoiding();
    expect((await ann.request(`/events/${DEMO}/join`, post(form({})))).status).toBe(303);
    const made = await (await ann.request('/settings/feed', post(form({ intent: 'renew' })))).text();
    const address = new RegExp(`http://localhost/events/${DEMO}/prompts\\.ics\\?key=(pf_[\\w-]+)`).exec(made);
    expect(address).not.toBeNull();
    const feedPath = String(address?.[0]).replace('http://localhost', '');
    const ics = (await (await app.request(feedPath)).text()).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('SUMMARY:Day 2 ✓ filled: a prompt you hide | Shared warmth');
    expect(ics).not.toContain('Frostbite');
    expect(ics).not.toContain('Cold open');
    expect(ics).toContain('SUMMARY:Day 3: The last train home');
    // The public feed is unchanged, and a wrong key is not found.
    expect(await (await app.request(`/events/${DEMO}/prompts.ics`)).text()).toContain('Frostbite');
    expect((await app.request(`/events/${DEMO}/prompts.ics?key=pf_wrong-key-of-enough-length`)).status).toBe(
      404,
    );
    expect((await ann.request('/settings/feed', post(form({ intent: 'revoke' })))).status).toBe(303);
    expect((await app.request(feedPath)).status).toBe(404);
  });
});
