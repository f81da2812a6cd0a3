import { describe, expect, it } from 'vitest';
import { form, HX, post, testWriterApp } from '../helpers.ts';

const BASE: [string, string][] = [
  ['title', 'Stitches in Time'],
  ['words', '1234'],
  ['url', 'https://archiveofourown.org/works/1'],
  ['fandoms', 'Good Omens, Sherlock'],
  ['rating', 'Teen And Up Audiences'],
  ['status', 'posted'],
  ['posted_on', '2025-10-02'],
  ['event', 'promptober-demo'],
  ['day', '2'],
  ['prompts-2', '1'],
  ['summary', 'A summary.'],
  ['notes', 'Some notes.'],
];

const withField = (name: string, value: string): [string, string][] => [
  ...BASE.filter(([k]) => k !== name),
  [name, value],
];

type Request = Awaited<ReturnType<typeof testWriterApp>>['request'];

async function createOne(request: Request, pairs = BASE) {
  const res = await request('/pieces', post(form(pairs)));
  expect(res.status).toBe(303);
  return res.headers.get('Location') as string;
}

describe('logging a piece', () => {
  it('saves a piece with its fills and prompts and shows it in the collection with grouped digits', async () => {
    const { request, count } = await testWriterApp();
    const location = await createOne(request);
    expect(location).toMatch(/^\/pieces\/\d+$/);
    expect(count('pieces')).toBe(1);
    expect(count('fills')).toBe(1);
    expect(count('fill_prompts')).toBe(1);
    const page = await (await request(location)).text();
    expect(page).toContain('Stitches in Time');
    expect(page).toContain('1,234 words');
    const collection = await (await request('/pieces')).text();
    expect(collection).toContain('Stitches in Time');
    expect(collection).toContain('1,234');
    expect(collection).toContain('Good Omens, Sherlock');
    expect(collection).toContain('Day 2</a> — Frostbite');
  });

  it('fills several days with one piece, and a day with several pieces', async () => {
    const { request, count } = await testWriterApp();
    await createOne(request, [...BASE, ['day', '3'], ['prompts-3', '1']]);
    await createOne(request, withField('title', 'Another'));
    expect(count('fills')).toBe(3);
    const day = await (await request('/events/promptober-demo/days/2')).text();
    expect(day).toContain('Stitches in Time');
    expect(day).toContain('Another');
    const calendar = await (await request('/events/promptober-demo')).text();
    expect(calendar).toContain('state-filled');
  });

  it('marks a day filled late when posted after it', async () => {
    const { request } = await testWriterApp();
    await createOne(request, withField('posted_on', '2025-10-05'));
    const html = await (await request('/events/promptober-demo/days/2')).text();
    expect(html).toContain('Filled late');
  });

  it('a form the preselected day counts even if only chosen in “Day filled”', async () => {
    const { request, count } = await testWriterApp();
    await createOne(request, [
      ['title', 'Chosen'],
      ['words', '5'],
      ['event', 'promptober-demo'],
      ['add_day', '6'],
    ]);
    expect(count('fills')).toBe(1);
  });

  it('uses today for a posted piece without a date', async () => {
    const { request } = await testWriterApp();
    const location = await createOne(request, withField('posted_on', ''));
    expect(await (await request(location)).text()).toContain('Thu 2 Oct 2025');
  });

  it('answers htmx with a client redirect', async () => {
    const { request } = await testWriterApp();
    const res = await request('/pieces', post(form(BASE), true));
    expect(res.status).toBe(204);
    expect(res.headers.get('HX-Redirect')).toMatch(/^\/pieces\/\d+$/);
  });

  it('adds and removes days without saving', async () => {
    const { request, count } = await testWriterApp();
    const added = await request('/pieces', post(form([...BASE, ['add_day', '9'], ['intent', 'add-day']])));
    expect(added.status).toBe(200);
    const html = await added.text();
    expect(html).toContain('name="prompts-9"');
    expect(html).toContain('value="Stitches in Time"');
    const removed = await request('/pieces', post(form([...BASE, ['intent', 'remove-day:2']]), true));
    expect(await removed.text()).not.toContain('name="prompts-2"');
    expect(count('pieces')).toBe(0);
  });
});

describe('bad input: 422, the form again with what was typed, nothing saved', () => {
  it.each([
    ['title', '', 'Give the piece a title.'],
    ['title', '   ', 'Give the piece a title.'],
    ['title', 'x'.repeat(301), 'Title is too long: at most 300 characters.'],
    ['words', '', 'Enter the word count'],
    ['words', '-1', 'Words must be a whole number from 0 to 10,000,000.'],
    ['words', '1.5', 'Words must be a whole number from 0 to 10,000,000.'],
    ['words', 'many', 'Words must be a whole number from 0 to 10,000,000.'],
    ['words', '10000001', 'Words must be a whole number from 0 to 10,000,000.'],
    ['url', 'javascript:alert(1)', 'The link must start with http:// or https://'],
    ['url', 'ftp://example.com/x', 'The link must start with http:// or https://'],
    ['url', 'not a link', 'The link must start with http:// or https://'],
    ['posted_on', '2025-02-30', 'Posted on must be a real date'],
    ['posted_on', 'tomorrow', 'Posted on must be a real date'],
    ['day', '40', 'Day 40 is not a day of this event.'],
    ['prompts-2', '9', 'Day 2 has no prompt 9.'],
    ['rating', 'Spicy', 'Rating must be one of'],
    ['status', 'done', 'Status must be planned, drafting or posted.'],
  ])('%s = %j → %s', async (field, value, message) => {
    const { request, count } = await testWriterApp();
    const pairs =
      field === 'day' ? withField('day', value).filter(([k]) => k !== 'prompts-2') : withField(field, value);
    for (const htmx of [false, true]) {
      const res = await request('/pieces', post(form(pairs), htmx));
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain(message.replaceAll('"', '&quot;'));
      expect(html).toContain(
        'value="2025-10-02"'.replace('2025-10-02', field === 'posted_on' ? value : '2025-10-02'),
      );
      expect(html).toContain('aria-invalid="true"');
      expect(html.includes('<html')).toBe(!htmx);
    }
    expect(count('pieces')).toBe(0);
    expect(count('fills')).toBe(0);
  });

  it('refuses an unknown event', async () => {
    const { request, count } = await testWriterApp();
    const res = await request('/pieces', post(form(withField('event', 'nope'))));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('That event does not exist.');
    expect(count('pieces')).toBe(0);
  });

  it('refuses a day of another event', async () => {
    const { request, count } = await testWriterApp();
    const res = await request('/pieces', post(form(withField('day', 'x'))));
    expect(res.status).toBe(422);
    expect(count('pieces')).toBe(0);
  });
});

describe('text is kept exactly and never run', () => {
  it.each([
    ['emoji and accents', 'Café 🌧️ naïve — “quoted”'],
    ['right-to-left', 'שלום عالم'],
    ['CJK', '一个简单の栗子'],
  ])('%s', async (_name, title) => {
    const { request, sqlite } = await testWriterApp();
    const location = await createOne(request, withField('title', title));
    expect((sqlite.prepare('select title from pieces').get() as { title: string }).title).toBe(title);
    expect(await (await request(location)).text()).toContain(title);
  });

  it('shows HTML typed into any field as text', async () => {
    const { request } = await testWriterApp();
    const evil = '<img src=x onerror=alert(1)>';
    const location = await createOne(request, [
      ...BASE.filter(([k]) => !['title', 'summary', 'notes', 'fandoms'].includes(k)),
      ['title', evil],
      ['summary', evil],
      ['notes', evil],
      ['fandoms', evil],
    ]);
    for (const path of [location, '/pieces', '/events/promptober-demo/days/2', `${location}/edit`]) {
      const html = await (await request(path)).text();
      expect(html).not.toContain('<img src=x');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });
});

describe('editing and deleting', () => {
  it('edits a piece, keeping what was not changed', async () => {
    const { request, count } = await testWriterApp();
    const location = await createOne(request);
    const form1 = await (await request(`${location}/edit`)).text();
    expect(form1).toContain('value="Stitches in Time"');
    expect(form1).toMatch(/name="prompts-2" value="1" checked/);
    const res = await request(location, post(form(withField('words', '2,000'))));
    expect(res.status).toBe(303);
    expect(await (await request(location)).text()).toContain('2,000 words');
    expect(count('pieces')).toBe(1);
    expect(count('fills')).toBe(1);
  });

  it('refuses a bad edit and keeps the old piece', async () => {
    const { request, sqlite } = await testWriterApp();
    const location = await createOne(request);
    const res = await request(location, post(form(withField('title', ''))));
    expect(res.status).toBe(422);
    expect((sqlite.prepare('select title from pieces').get() as { title: string }).title).toBe(
      'Stitches in Time',
    );
  });

  it('asks before deleting, then deletes the piece and its fills', async () => {
    const { request, count } = await testWriterApp();
    const location = await createOne(request);
    const confirm = await (await request(`${location}/delete`)).text();
    expect(confirm).toContain('Delete “Stitches in Time”?');
    expect(count('pieces')).toBe(1);
    const res = await request(`${location}/delete`, { method: 'POST' });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/pieces');
    expect(count('pieces')).toBe(0);
    expect(count('fills')).toBe(0);
    expect((await request(location)).status).toBe(404);
  });
});

describe('the collection', () => {
  async function seedMany(request: Request) {
    for (let i = 1; i <= 25; i++) {
      await createOne(request, [
        ['title', `Piece ${String(i).padStart(2, '0')}`],
        ['words', String(i * 100)],
        ['fandoms', i % 2 ? 'Odd Fandom' : 'Even Fandom'],
        ['status', i % 5 === 0 ? 'drafting' : 'posted'],
        ['posted_on', `2025-10-${String(i).padStart(2, '0')}`],
        ['event', 'promptober-demo'],
        ['day', String(i)],
      ]);
    }
  }

  it('lists newest first with totals, and pages by 20', async () => {
    const { request } = await testWriterApp();
    await seedMany(request);
    const html = await (await request('/pieces')).text();
    expect(html.indexOf('Piece 25')).toBeLessThan(html.indexOf('Piece 24'));
    expect(html).not.toContain('Piece 05<');
    expect(html).toContain('<dd>25</dd>');
    expect(html).toContain('<dd>32,500</dd>');
    expect(html).toContain('20 of 31');
    expect(html).toContain('Page 1 of 2');
    const page2 = await (await request('/pieces?page=2', { headers: HX })).text();
    expect(page2).toContain('Piece 05');
    expect(page2.startsWith('<section id="collection"')).toBe(true);
  });

  it('filters by status, fandom and event, and sorts by words and title', async () => {
    const { request } = await testWriterApp();
    await seedMany(request);
    const drafting = await (await request('/pieces?status=drafting')).text();
    expect(drafting).toContain('<dd>5</dd>');
    const odd = await (await request('/pieces?fandom=Odd+Fandom')).text();
    expect(odd).toContain('<dd>13</dd>');
    const byEvent = await (await request('/pieces?event=promptober-demo')).text();
    expect(byEvent).toContain('<dd>25</dd>');
    const byWords = await (await request('/pieces?sort=words')).text();
    expect(byWords.indexOf('Piece 25')).toBeLessThan(byWords.indexOf('Piece 24'));
    const byTitle = await (await request('/pieces?sort=title')).text();
    expect(byTitle.indexOf('Piece 01')).toBeLessThan(byTitle.indexOf('Piece 02'));
  });

  it('ignores nonsense in the query', async () => {
    const { request } = await testWriterApp();
    const res = await request('/pieces?page=-3&sort=%00&status=x&event=nope');
    expect(res.status).toBe(200);
  });
});
