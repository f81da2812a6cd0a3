import { describe, expect, it } from 'vitest';
import { createPiece } from '../../src/queries/pieces.ts';
import { editorApp, eventForm, postForm } from './event-helpers.ts';

const RULES = {
  late: 'no',
  late_until: '',
  max_prompts_per_piece: '1',
  min_words: '100',
  max_words: '500',
};

/** Ann organises "strict" (3 days from 1 October) and logs a piece per day: two break rules, one keeps them. */
async function setup() {
  const t = editorApp();
  const list = '1. Blood | Tears\n2. Sweat | Fever\n3. Bruises';
  const res = await t.asAnn(
    '/events',
    postForm(eventForm({ name: 'Strict', slug: 'strict', list, ...RULES })),
  );
  expect(res.status).toBe(303);
  const { id: eventId } = t.sqlite.prepare("select id from events where slug = 'strict'").get() as {
    id: number;
  };
  const piece = (title: string, words: number, postedOn: string, day: number, prompts: number[]) =>
    createPiece(t.db, t.ann.writer.id, {
      title,
      url: null,
      words,
      fandoms: [],
      rating: 'Not Rated',
      summary: '',
      notes: '',
      status: 'posted',
      postedOn,
      fills: [{ eventId, day, prompts }],
    });
  piece('Late and short', 50, '2025-10-03', 1, [1]);
  piece('Long and greedy', 1000, '2025-10-02', 2, [1, 2]);
  piece('Just right', 300, '2025-10-02', 3, [1]);
  return t;
}

const cell = (html: string, day: number) => {
  const start = html.indexOf(`href="/events/strict/days/${day}"`);
  return html.slice(start, html.indexOf('</td>', start));
};
const blurb = (html: string, title: string) => {
  const start = html.indexOf(`>${title}</a>`);
  return html.slice(start, html.indexOf('</li></ul>', start));
};

describe('fills that break an event’s rules', () => {
  it('shows the rules on the event page', async () => {
    const t = await setup();
    const html = await (await t.asAnn('/events/strict')).text();
    expect(html).toContain(
      '<li>Late fills do not count.</li><li>One piece may combine up to 1 prompts.</li>',
    );
    expect(html).toContain('<li>At least 100 words per fill.</li><li>At most 500 words per fill.</li>');
  });

  it('are marked in the calendar cells, and the others are not', async () => {
    const t = await setup();
    const html = await (await t.asAnn('/events/strict')).text();
    expect(cell(html, 1)).toContain('Breaks the event’s rules: late, too short.');
    expect(cell(html, 1)).toContain(
      '<span class="badge rule-break rule-late" aria-hidden="true">Late</span>',
    );
    expect(cell(html, 2)).toContain('Breaks the event’s rules: too long, too many prompts.');
    expect(cell(html, 3)).not.toContain('rule-break');
  });

  it('are marked on the day page and in the collection, without being refused', async () => {
    const t = await setup();
    const day = await (await t.asAnn('/events/strict/days/1')).text();
    expect(blurb(day, 'Late and short')).toContain('Breaks the event’s rules: late, too short.');
    const collection = await (await t.asAnn('/pieces')).text();
    expect(blurb(collection, 'Long and greedy')).toContain(
      'Breaks the event’s rules: too long, too many prompts.',
    );
    expect(blurb(collection, 'Just right')).not.toContain('rule-break');
    expect(t.count('pieces')).toBe(3);
  });

  it('are not marked for another writer, who has no fills', async () => {
    const t = await setup();
    expect(await (await t.asBo('/events/strict')).text()).not.toContain('rule-break rule-');
  });
});

describe('several events at once', () => {
  it('the home page shows today’s day of each running event the writer joined, and the featured ones', async () => {
    const t = editorApp();
    const list = '1. Ghosts\n2. Bats\n3. Moons\n4. Owls\n5. Candles\n6. Webs';
    const res = await t.asAnn(
      '/events',
      postForm(eventForm({ name: 'Spooky Week', first_day: '2025-09-28', list })),
    );
    expect(res.status).toBe(303);
    // Ann organises Spooky Week (so she is in it); the demo is featured, so everyone has it.
    const html = await (await t.asAnn('/')).text();
    const demo = html.indexOf('Promptober October 2025 (demo)');
    const spooky = html.indexOf('Spooky Week');
    expect(demo).toBeGreaterThan(-1);
    expect(spooky).toBeGreaterThan(-1);
    // The demo started on 1 October (day 2 today); Spooky Week on 28 September (day 5, “Candles”).
    expect(html.slice(demo, demo + 2000)).toContain('Frostbite');
    expect(html.slice(spooky, spooky + 2000)).toContain('Candles');
    expect(html).toContain('>Day 2</a>');
    expect(html).toContain('>No. 5</a>');
    // Bo joined neither: the featured demo, and a link to the other running event.
    const bo = await (await t.asBo('/')).text();
    expect(bo).toContain('>Day 2</a>');
    expect(bo).not.toContain('Spooky Week');
    expect(bo).toContain('One more event is running');
  });
});
