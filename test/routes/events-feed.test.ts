import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { memoryDatabase } from '../../db/client.ts';
import { createApp } from '../../src/app.tsx';
import { seedDemo } from '../../src/demo.ts';
import { TEST_NOW, testApp } from '../helpers.ts';

const FEED = '/events/promptober-demo/prompts.ics';

/** The value of a calendar property read as RFC 5545 TEXT (ical.js leaves NAME and X-WR-* raw). */
function textOf(calendar: ICAL.Component, name: string): string {
  return ICAL.design.icalendar.value.text?.fromICAL?.(String(calendar.getFirstPropertyValue(name))) as string;
}

/** The demo event renamed and redescribed (as old data or another client could have them), and its feed. */
async function feedOf(name: string, description: string) {
  const { app, sqlite } = testApp();
  sqlite
    .prepare('update events set name = ?, description = ? where slug = ?')
    .run(name, description, 'promptober-demo');
  const text = await (await app.request(FEED)).text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { text, calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

/** The feed's VEVENTs as ical.js reads them. */
async function feed(path = '/events/promptober-demo/prompts.ics') {
  const { app } = testApp();
  const res = await app.request(path);
  const text = await res.text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { res, text, calendar, events };
}

describe('the calendar feed', () => {
  it('is text/calendar that a standard parser reads', async () => {
    const { res, calendar } = await feed();
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Promptober October 2025 (demo)');
  });

  it('has one all-day event per day, with a stable UID', async () => {
    const { events } = await feed();
    expect(events).toHaveLength(31);
    events.forEach((e, i) => {
      expect(e.uid).toBe(`promptober-demo-day-${i + 1}@promptly`);
      expect(e.startDate.isDate).toBe(true);
      expect(e.endDate.isDate).toBe(true);
      expect(e.startDate.toString()).toBe(`2025-10-${String(i + 1).padStart(2, '0')}`);
      expect(e.duration.toSeconds()).toBe(24 * 60 * 60);
    });
    const again = await feed();
    expect(again.events.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  it('puts the day’s prompts in the summary, and its title, prompts and page in the description', async () => {
    const { events } = await feed();
    const day2 = events[1];
    expect(day2?.summary).toBe('Day 2: Frostbite | Shared warmth');
    expect(day2?.description).toBe(
      'Day 2 — Cold open\n• Frostbite\n• Shared warmth\n\nhttp://localhost/events/promptober-demo/days/2',
    );
    expect(events[2]?.summary).toBe('Day 3: The last train home');
  });

  it('is linked from the event page', async () => {
    const { app } = testApp();
    const html = await (await app.request('/events/promptober-demo')).text();
    expect(html).toContain('href="webcal://localhost/events/promptober-demo/prompts.ics">Subscribe</a>');
  });

  it('is a 404 for an unknown event', async () => {
    const { app } = testApp();
    expect((await app.request('/events/nope/prompts.ics')).status).toBe(404);
  });

  it('escapes line breaks and specials in the name and description: no event can be added through them', async () => {
    const phish =
      'Read this.\r\nBEGIN:VEVENT\r\nUID:phish@evil\r\nDTSTART;VALUE=DATE:20251005\r\nSUMMARY:Reset your password at https://evil.example\r\nEND:VEVENT\r\nX-EVIL:1';
    const description = `Two lines;\nof text, with \\ and commas\n\n${phish}`;
    const name = 'Promptober\r\nBEGIN:VEVENT\nSUMMARY:Phish; really, \\';
    const { text, calendar, events } = await feedOf(name, description);
    expect(events).toHaveLength(31);
    expect(events.map((e) => e.uid)).toEqual(
      Array.from({ length: 31 }, (_, i) => `promptober-demo-day-${i + 1}@promptly`),
    );
    expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(31);
    expect(text).not.toMatch(/^(UID:phish|X-EVIL|SUMMARY:Phish)/m);
    const lf = (s: string) => s.replace(/\r\n/g, '\n');
    expect(textOf(calendar, 'x-wr-calname')).toBe(lf(name));
    expect(textOf(calendar, 'name')).toBe(lf(name));
    expect(textOf(calendar, 'x-wr-caldesc')).toBe(lf(description));
  });

  it('folds long lines at 75 octets, also in the name and description, and they come back whole', async () => {
    const name = `Ünïcödé ${'é'.repeat(120)} 🎃`;
    const description = `${'a long line of the description, '.repeat(10)}\n${'ü'.repeat(90)}`;
    const { text, calendar } = await feedOf(name, description);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(textOf(calendar, 'x-wr-calname')).toBe(name);
    expect(textOf(calendar, 'x-wr-caldesc')).toBe(description);
  });

  it('drops control characters the format cannot carry', async () => {
    const { calendar, events } = await feedOf('Prompt\u0000ober\u000b', 'a\u0007b\tc');
    expect(events).toHaveLength(31);
    expect(textOf(calendar, 'x-wr-calname')).toBe('Promptober');
    expect(textOf(calendar, 'x-wr-caldesc')).toBe('ab\tc');
  });

  it('builds its links from PROMPTLY_BASE_URL when set, whatever the Host header says', async () => {
    const { db } = memoryDatabase();
    seedDemo(db, TEST_NOW);
    const app = createApp({ db, now: () => TEST_NOW, baseUrl: 'https://promptly.example' });
    const res = await app.request(`http://evil.example${FEED}`, { headers: { Host: 'evil.example' } });
    const text = await res.text();
    expect(text).not.toContain('evil.example');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const day2 = new ICAL.Event(calendar.getAllSubcomponents('vevent')[1]);
    expect(day2.description).toContain('\n\nhttps://promptly.example/events/promptober-demo/days/2');
    expect(calendar.getFirstPropertyValue('url')).toBe('https://promptly.example/events/promptober-demo');
  });
});
