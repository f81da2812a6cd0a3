import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers.ts';

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
    expect(html).toContain(
      '<a href="/events/promptober-demo/prompts.ics">Subscribe to the prompts (.ics)</a>',
    );
  });

  it('is a 404 for an unknown event', async () => {
    const { app } = testApp();
    expect((await app.request('/events/nope/prompts.ics')).status).toBe(404);
  });
});
