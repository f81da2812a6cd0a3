import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { form, HX, post, signUp, TEST_NOW, testApp, testWriterApp, withCookie } from '../helpers.ts';

const PAGES = [
  ['/', 'Today’s prompts'],
  ['/events', 'Events'],
  ['/events/promptober-demo', 'Promptober October 2025 (demo)'],
  ['/events/promptober-demo?month=2025-10', 'October 2025'],
  ['/events/promptober-demo/days/2', 'Day 2'],
  ['/pieces', 'Your collection'],
  ['/pieces/new', 'Log a piece'],
  ['/pieces/new?event=promptober-demo&day=4', 'Running on empty'],
] as const;

const PUBLIC_PAGES = [
  ['/signup', 'Sign up'],
  ['/login', 'Sign in'],
  ['/events/promptober-demo/pieces', 'The collection'],
] as const;

describe('every page, whole and as a fragment', () => {
  it.each([...PAGES, ['/settings', 'Settings'] as const])(
    '%s is a full page with the layout',
    async (path, text) => {
      const { request } = await testWriterApp();
      const res = await request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('Vary')).toContain('HX-Request');
      const html = await res.text();
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain('<nav aria-label="Main">');
      expect(html).toContain(text);
    },
  );

  it.each(PAGES)('%s answers htmx with a fragment, no layout', async (path) => {
    const { request } = await testWriterApp();
    const res = await request(path, { headers: HX });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain('<html');
    expect(html).not.toContain('<nav aria-label="Main">');
    expect(html.length).toBeGreaterThan(50);
  });

  it.each(PUBLIC_PAGES)('%s is a page for a visitor too', async (path, text) => {
    const { app } = testApp();
    const res = await app.request(path);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(text);
  });

  it('answers a history restore with the full page', async () => {
    const { request } = await testWriterApp();
    const res = await request('/pieces', { headers: { ...HX, 'HX-History-Restore-Request': 'true' } });
    expect(await res.text()).toContain('<html');
  });

  it('serves htmx and the stylesheet from public/', async () => {
    const { app } = testApp();
    const js = await app.request('/public/vendor/htmx.min.js?v=4.0.1');
    expect(js.status).toBe(200);
    expect(await js.text()).toContain('htmx');
    expect((await app.request('/public/css/app.css')).status).toBe(200);
  });

  it('says ok on /healthz', async () => {
    const { app } = testApp();
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
  });

  it.each([
    '/nope',
    '/events/nope',
    '/events/promptober-demo/days/32',
    '/events/promptober-demo/days/0',
    '/pieces/999',
  ])('%s is a real 404 page', async (path) => {
    const { app } = testApp();
    const res = await app.request(path);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Page not found');
  });
});

describe('the home page: today in the writer’s zone', () => {
  const instant = DateTime.fromISO('2025-10-02T10:30:00Z', { zone: 'UTC' });

  it.each([
    ['Pacific/Kiritimati', 'Day 3'],
    ['Pacific/Pago_Pago', 'Day 1'],
    ['UTC', 'Day 2'],
  ])('in %s it shows %s', async (zone, day) => {
    const { app } = testApp(instant);
    const res = await app.request('/', { headers: { Cookie: `tz=${encodeURIComponent(zone)}` } });
    const html = await res.text();
    expect(html).toContain(`>${day}</a>`);
    expect(html).toContain('Log a piece');
  });

  it('uses a signed-in writer’s own zone, not the browser’s', async () => {
    const { app } = testApp(instant);
    const cookie = await signUp(app, 'kiri');
    const settings = form({
      display_name: 'Kiri',
      time_zone: 'Pacific/Kiritimati',
      week_start: '1',
      email: '',
    });
    expect((await app.request('/settings', withCookie(cookie, post(settings)))).status).toBe(303);
    const res = await app.request('/', withCookie(cookie, { headers: { Cookie: 'tz=Pacific%2FPago_Pago' } }));
    const html = await res.text();
    expect(html).toContain('>Day 3</a>');
    expect(html).toContain('your time zone: Pacific/Kiritimati');
  });

  it('shows the day’s title and all its prompts, and links the log form to the day', async () => {
    const { app } = testApp(DateTime.fromISO('2025-10-04T12:00:00Z', { zone: 'UTC' }));
    const html = await (await app.request('/')).text();
    expect(html).toContain('Running on empty');
    for (const p of ['Exhaustion', 'Fainting', 'Dehydration']) expect(html).toContain(p);
    expect(html).toContain('href="/pieces/new?event=promptober-demo&amp;day=4"');
  });

  it('when no event runs, shows the next one and how long until it starts', async () => {
    const { app } = testApp(DateTime.fromISO('2025-09-28T12:00:00Z', { zone: 'UTC' }), TEST_NOW);
    const html = await (await app.request('/', { headers: { Cookie: 'tz=UTC' } })).text();
    expect(html).toContain('No event runs today');
    expect(html).toContain(
      'Promptober October 2025 (demo)</a> starts on Wed 1 Oct 2025, in 2 days, 12 hours.',
    );
  });

  it('ignores a bogus zone cookie', async () => {
    const { app } = testApp();
    const res = await app.request('/', { headers: { Cookie: 'tz=Mars%2FOlympus' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('your time zone: UTC');
  });
});

describe('the calendar', () => {
  it('shows every day with its number, prompts and state, Monday first', async () => {
    const { app } = testApp();
    const html = await (await app.request('/events/promptober-demo')).text();
    expect(html).toContain('<th scope="col" abbr="Monday">Mon</th>');
    expect(html.indexOf('abbr="Monday"')).toBeLessThan(html.indexOf('abbr="Sunday"'));
    expect(html).toContain('href="/events/promptober-demo/days/31"');
    expect(html).toContain('aria-current="date"');
    expect(html).toContain('state-today');
    expect(html).toContain('state-upcoming');
    expect(html).toContain('state-open');
  });

  it('navigates months as a fragment that replaces #calendar', async () => {
    const { app } = testApp();
    const res = await app.request('/events/promptober-demo?month=2025-10', { headers: HX });
    const html = await res.text();
    expect(html.startsWith('<section id="calendar"')).toBe(true);
  });

  it('falls back to a month of the event for a month outside it or garbage', async () => {
    const { app } = testApp();
    for (const month of ['1999-01', 'banana', '2025-13']) {
      const res = await app.request(`/events/promptober-demo?month=${month}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('October 2025');
    }
  });
});

describe('the day page', () => {
  it('lists the prompts, the alternates pool and a link to log a piece', async () => {
    const { request } = await testWriterApp();
    const html = await (await request('/events/promptober-demo/days/7')).text();
    expect(html).toContain('Found family');
    expect(html).toContain('A seat at the table');
    expect(html).toContain('Alternates');
    expect(html).toContain('Hurt/comfort');
    expect(html).toContain('href="/pieces/new?event=promptober-demo&amp;day=7"');
    expect(html).toContain('Nothing logged for this day yet.');
  });
});
