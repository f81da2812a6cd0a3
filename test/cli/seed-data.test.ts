import { describe, expect, it } from 'vitest';
import { random, seedEvents, seedPiece, seedWriter } from '../../src/cli/seed-data.ts';
import { isIsoDate } from '../../src/domain/calendar.ts';
import { PIECE_STATUSES, RATINGS } from '../../src/domain/piece.ts';
import { validatePiece } from '../../src/domain/piece-input.ts';

const events = seedEvents();

describe('the seed generator', () => {
  it('makes a dozen 31-day October events with one to three prompts a day', () => {
    expect(events).toHaveLength(12);
    expect(new Set(events.map((e) => e.slug)).size).toBe(12);
    for (const e of events) {
      expect(e.days).toHaveLength(31);
      expect(e.firstDay).toMatch(/^\d{4}-10-01$/);
      expect(e.lastDay).toMatch(/^\d{4}-10-31$/);
      for (const d of e.days) expect(d.prompts.length).toBeGreaterThanOrEqual(1);
      for (const d of e.days) expect(d.prompts.length).toBeLessThanOrEqual(3);
    }
    expect(seedEvents()).toEqual(events);
  });

  it('names writers writer1… and makes the odd-numbered ones public', () => {
    expect(seedWriter(1)).toMatchObject({ username: 'writer1', profilePublic: true });
    expect(seedWriter(2)).toMatchObject({ username: 'writer2', profilePublic: false });
    expect(seedWriter(2001)).toMatchObject({ username: 'writer2001', profilePublic: true });
  });

  it('is deterministic', () => {
    const a = random(42);
    const b = random(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(seedPiece(12_345, 2000, events)).toEqual(seedPiece(12_345, 2000, events));
    expect(seedPiece(0, 2000, events)).not.toEqual(seedPiece(1, 2000, events));
  });

  it('makes pieces the app itself would accept', () => {
    for (let k = 0; k < 2000; k++) {
      const p = seedPiece(k, 50, events);
      expect(p.writer).toBeGreaterThanOrEqual(1);
      expect(p.writer).toBeLessThanOrEqual(50);
      expect(RATINGS).toContain(p.rating);
      expect(PIECE_STATUSES).toContain(p.status);
      expect(p.status === 'posted' ? isIsoDate(p.postedOn ?? '') : p.postedOn === null).toBe(true);
      expect(p.fandoms.length).toBeGreaterThan(0);
      expect(p.fills.length).toBeGreaterThan(0);
      const first = p.fills[0]?.event ?? 0;
      const days = new Map(events[first]?.days.map((d) => [d.number, d.prompts.map((_, i) => i + 1)]));
      const result = validatePiece(
        { ...p, posted_on: p.postedOn ?? '', fills: p.fills.filter((f) => f.event === first) },
        days,
      );
      expect(result.ok, JSON.stringify(p)).toBe(true);
    }
  });

  it('gives low-numbered writers the most pieces, and every writer a chance', () => {
    const counts = new Map<number, number>();
    for (let k = 0; k < 20_000; k++) {
      const w = seedPiece(k, 100, events).writer;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    expect(counts.size).toBe(100);
    expect(counts.get(1)).toBeGreaterThan(counts.get(100) ?? 0);
    expect(counts.get(1)).toBeGreaterThan(1000);
  });
});
