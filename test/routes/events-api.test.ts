import { describe, expect, it } from 'vitest';
import { createToken } from '../../src/queries/tokens.ts';
import { editorApp, fixture } from './event-helpers.ts';

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  body: typeof body === 'string' ? body : JSON.stringify(body),
  headers: { 'Content-Type': 'application/json', ...headers },
});

describe('GET /api/v1/events and /api/v1/events/:slug', () => {
  it('lists every event with its first and last day, to anyone', async () => {
    const t = editorApp();
    const res = await t.asVisitor('/api/v1/events');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual([
      {
        slug: 'promptober-demo',
        name: 'Promptober October 2025 (demo)',
        kind: 'daily',
        first_day: '2025-10-01',
        last_day: '2025-10-31',
      },
    ]);
  });

  it('gives an event’s days, titles only where there is one, prompts and alternates', async () => {
    const t = editorApp();
    const body = await (await t.asVisitor('/api/v1/events/promptober-demo')).json();
    expect(body).toMatchObject({ slug: 'promptober-demo', first_day: '2025-10-01', day_label: 'Day' });
    expect(body.days).toHaveLength(31);
    expect(body.days.slice(0, 2)).toEqual([
      { day: 1, date: '2025-10-01', prompts: ['First light', 'A door left open', 'Borrowed coat'] },
      { day: 2, date: '2025-10-02', title: 'Cold open', prompts: ['Frostbite', 'Shared warmth'] },
    ]);
    expect(body.alternates).toEqual([
      'Hurt/comfort',
      'Snowed in',
      'A song on repeat',
      'Stargazing',
      'Second chances',
    ]);
  });

  it('answers 404 with an error for an unknown slug', async () => {
    const t = editorApp();
    const res = await t.asVisitor('/api/v1/events/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'No event has that slug.' });
  });
});

describe('POST /api/v1/prompt-lists/parse', () => {
  const parse = async (text: string, extra: Record<string, unknown> = {}) => {
    const t = editorApp();
    const before = t.counts();
    const res = await t.asVisitor('/api/v1/prompt-lists/parse', json({ text, ...extra }));
    expect(t.counts()).toEqual(before);
    return { status: res.status, body: await res.json() };
  };

  it('reads a numbered list with theme lines, then alternatives, and an alt pool', async () => {
    const { status, body } = await parse(fixture('whumptober.txt'));
    expect(status).toBe(200);
    expect(body.days).toHaveLength(31);
    expect(body.days[0]).toEqual({ day: 1, prompts: ['Panic attack', 'Shaking hands', '“Breathe with me”'] });
    expect(body.days[4]).toEqual({
      day: 5,
      title: 'RUNNING ON EMPTY',
      prompts: ['Exhaustion', 'Fainting', 'Dehydration'],
    });
    expect(body.days[19]).toEqual({
      day: 20,
      title: 'HALFWAY THERE',
      prompts: ['Stab wound', 'Bleeding out', 'Improvised bandage'],
    });
    expect(body.days[27].prompts).toEqual([
      'Food poisoning',
      'Dizziness',
      'Can’t keep anything down',
      'Hydration',
    ]);
    expect(body.alternates).toEqual(['Amnesia', 'Hypothermia', '“Don’t look”', 'Trapped in rubble']);
  });

  it('reads the same list pasted from Windows (CRLF, byte-order mark) the same way', async () => {
    const plain = await parse(fixture('whumptober.txt'));
    const windows = await parse(`\uFEFF${fixture('whumptober.txt').replace(/\n/g, '\r\n')}`);
    expect(windows).toEqual(plain);
  });

  it('reads a numbered list of dialogue prompts', async () => {
    const { body } = await parse(fixture('fictober.txt'));
    expect(body.days).toHaveLength(31);
    expect(body.days[1]).toEqual({
      day: 2,
      prompts: ['"Where were you?"', '"You came back."', '"I can explain."'],
    });
    expect(body.days[12]).toEqual({ day: 13, prompts: ['“Wake up. Please, wake up.”'] });
    expect(body.alternates).toEqual([]);
  });

  it('reads a dated list followed by rules, with dates once the year is given', async () => {
    const { body } = await parse(fixture('flufftober-dated.txt'), { year: 2025 });
    expect(body.days).toHaveLength(31);
    expect(body.days[0]).toEqual({ day: 1, date: '2025-10-01', prompts: ['Hot chocolate'] });
    expect(body.days[3]).toEqual({ day: 4, date: '2025-10-04', prompts: ['Rainy window'] });
    expect(body.days[30]).toEqual({ day: 31, date: '2025-10-31', prompts: ['Costume party'] });
    expect(JSON.stringify(body.days)).not.toContain('Tag your posts');
    // The title's year dates the list when none is sent; without either, days have no dates.
    const titled = await parse(fixture('flufftober-dated.txt'));
    expect(titled.body.days[0]).toEqual({ day: 1, date: '2025-10-01', prompts: ['Hot chocolate'] });
    const undated = await parse(fixture('flufftober-dated.txt').replace('Flufftober 2025', 'Flufftober'));
    expect(undated.body.days[0]).toEqual({ day: 1, prompts: ['Hot chocolate'] });
  });

  it('answers the lines it did not use, numbered from 1 as pasted', async () => {
    const { status, body } = await parse(fixture('flufftober-dated.txt'), { year: 2025 });
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(['days', 'alternates', 'unused']);
    expect(body.unused).toEqual([
      { line: 1, text: 'Flufftober 2025 — prompts by date' },
      { line: 35, text: 'Rules' },
      { line: 36, text: 'Post your fill on the day or late, it all counts.' },
      { line: 37, text: 'Tag your posts with #flufftober2025 so we can find them.' },
      { line: 38, text: 'Have fun!' },
      { line: 40, text: '#flufftober2025 #flufftober' },
    ]);
    const clean = await parse('1. Blood\n2. Tears');
    expect(clean.body).toEqual({
      days: [
        { day: 1, prompts: ['Blood'] },
        { day: 2, prompts: ['Tears'] },
      ],
      alternates: [],
      unused: [],
    });
  });

  it('reads an unnumbered list between a title and hashtags', async () => {
    const { body } = await parse(fixture('inktober.txt'));
    expect(body.days.map((d: { prompts: string[] }) => d.prompts[0])).toEqual(
      'Stitch Mask Blade Lantern Moth Crown Fog Thorn Whisper Key Bridge Feather Anchor Shadow Candle Mirror Raven Ember Maze Locket Ripple Bone Harvest Comet Scarecrow Teacup Spiral Veil Cauldron Hollow Dusk'.split(
        ' ',
      ),
    );
    expect(body.days[30]).toEqual({ day: 31, prompts: ['Dusk'] });
  });

  it.each([
    ['', ['The list is empty.']],
    ['1. a\n3. c', ['Day 2 is missing.']],
    ['\u0000\u0001junk', ['This does not look like text: paste the prompt list itself.']],
    [
      Array.from({ length: 400 }, (_, i) => `${i + 1}. p`).join('\n'),
      ['The list has 400 days; an event has at most 366.'],
    ],
  ])('answers 422 with the parser’s messages for %j', async (text, errors) => {
    const { status, body } = await parse(text);
    expect(status).toBe(422);
    expect(body).toEqual({ error: 'The list was not parsed.', errors });
  });

  it.each([
    [json('{"text": '), 400, 'The body is not valid JSON.'],
    [json('["1. a"]'), 400, 'The body must be a JSON object.'],
    [{ method: 'POST', body: '1. a', headers: { 'Content-Type': 'text/plain' } }, 415, 'Send JSON'],
    [json({ text: 42 }), 422, 'The list was not parsed.'],
    [json({ text: '1. a', year: 'soon' }), 422, 'The list was not parsed.'],
  ] as [RequestInit, number, string][])(
    'refuses a malformed request (%#) with %i',
    async (init, status, error) => {
      const t = editorApp();
      const res = await t.asVisitor('/api/v1/prompt-lists/parse', init);
      expect(res.status).toBe(status);
      expect((await res.json()).error).toContain(error);
    },
  );
});

describe('POST /api/v1/events', () => {
  const setup = () => {
    const t = editorApp();
    const { token } = createToken(t.db, t.ann.writer.id, 'test');
    const create = (body: unknown) =>
      t.asVisitor('/api/v1/events', json(body, { Authorization: `Bearer ${token}` }));
    return { ...t, create };
  };

  it('creates an event from the JSON GET answers (round trip), its token’s writer the organiser', async () => {
    const t = setup();
    const demo = await (await t.asVisitor('/api/v1/events/promptober-demo')).json();
    const res = await t.create({ ...demo, slug: 'copy' });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/v1/events/copy');
    expect(await res.json()).toEqual({ ...demo, slug: 'copy' });
    expect(await (await t.asVisitor('/api/v1/events/copy')).json()).toEqual({ ...demo, slug: 'copy' });
    const row = t.sqlite.prepare("select organiser_id from events where slug = 'copy'").get();
    expect(row).toEqual({ organiser_id: t.ann.writer.id });
  });

  it('takes days without dates when first_day is given', async () => {
    const t = setup();
    const res = await t.create({
      name: 'Tiny',
      first_day: '2025-12-30',
      days: [{ prompts: ['a'] }, { title: 'T', prompts: ['b', 'c'] }, { prompts: ['d'] }],
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({
      slug: 'tiny',
      first_day: '2025-12-30',
      last_day: '2026-01-01',
      alternates: [],
    });
    expect(body.days[1]).toEqual({ day: 2, date: '2025-12-31', title: 'T', prompts: ['b', 'c'] });
  });

  it('needs a token', async () => {
    const t = setup();
    const res = await t.asVisitor(
      '/api/v1/events',
      json({ name: 'X', first_day: '2025-10-01', days: [{ prompts: ['a'] }] }),
    );
    expect(res.status).toBe(401);
    expect(t.count('events')).toBe(1);
  });

  const day = (date?: string) => ({ ...(date ? { date } : {}), prompts: ['a'] });
  it.each([
    [
      'a last day before the first',
      { name: 'X', first_day: '2025-10-05', last_day: '2025-10-01', days: [day()] },
      422,
      'last_day',
    ],
    [
      'a first day that is not a date',
      { name: 'X', first_day: '2025-02-30', days: [day()] },
      422,
      'first_day',
    ],
    ['days without dates and no first day', { name: 'X', days: [day()] }, 422, 'first_day'],
    ['dates that skip a day', { name: 'X', days: [day('2025-10-01'), day('2025-10-03')] }, 422, 'days'],
    ['no days', { name: 'X', first_day: '2025-10-01', days: [] }, 422, 'days'],
    [
      '400 days',
      { name: 'X', first_day: '2025-10-01', days: Array.from({ length: 400 }, () => day()) },
      422,
      'days',
    ],
    ['a day without prompts', { name: 'X', first_day: '2025-10-01', days: [{ prompts: [] }] }, 422, 'days'],
    [
      'a slug with bad characters',
      { name: 'X', slug: 'Bad Slug', first_day: '2025-10-01', days: [day()] },
      422,
      'slug',
    ],
    [
      'a duplicate slug',
      { name: 'X', slug: 'promptober-demo', first_day: '2025-10-01', days: [day()] },
      409,
      'slug',
    ],
    [
      'alternates that are not text',
      { name: 'X', first_day: '2025-10-01', days: [day()], alternates: [1] },
      422,
      'alternates',
    ],
  ])('refuses %s: %i with the field named, nothing saved', async (_label, body, status, field) => {
    const t = setup();
    const before = t.counts();
    const res = await t.create(body);
    expect(res.status).toBe(status);
    const answer = await res.json();
    expect(answer.error).toBe('The event was not created; see fields.');
    expect(Object.keys(answer.fields)).toContain(field);
    expect(t.counts()).toEqual(before);
  });
});
