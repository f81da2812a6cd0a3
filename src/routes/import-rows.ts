import type { Context } from 'hono';
import type { Db } from '../../db/client.ts';
import type { AppEnv } from '../context.ts';
import type { Ao3ListedWork } from '../domain/ao3-listing.ts';
import {
  MAX_PREVIEW_WORKS,
  type PreviewRow,
  type PreviewWork,
  previewWorkOf,
  readPreviewWork,
} from '../domain/import-preview.ts';
import type { FillInput } from '../domain/piece-input.ts';
import type { MatchedFill } from '../domain/prompt-match.ts';
import { eventDays, resolvePrompts } from '../forms/piece-import.ts';
import { loggedAo3Works } from '../queries/ao3-imports.ts';

type Body = Record<string, string | File | (string | File)[]>;

const all = (body: Body, key: string): string[] => {
  const v = body[key];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.filter((x): x is string => typeof x === 'string');
};
const one = (body: Body, key: string) => all(body, key)[0] ?? '';

/** The event most of the works fill (when none was chosen), and each work's days in the event shown. */
export function matchRows(db: Db, works: PreviewWork[], chosen: string | null) {
  const daysOf = eventDays(db);
  let matched = works.map((w) => resolvePrompts(db, { ...w, notes: '' }, chosen, daysOf));
  let event = chosen;
  if (!event) {
    const counts = new Map<string, number>();
    for (const m of matched)
      for (const slug of new Set(m.map((f) => f.event))) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    event = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    if (event) matched = works.map((w) => resolvePrompts(db, { ...w, notes: '' }, event, daysOf));
  }
  const fillsOf = (m: MatchedFill[]): FillInput[] =>
    m.filter((f) => f.event === event).map((f) => ({ day: f.day, prompts: f.prompts }));
  return { event, fills: matched.map(fillsOf) };
}

/** The preview's rows for freshly read works: each work's days, already-logged works marked and not chosen. */
export function freshRows(
  db: Db,
  writerId: number,
  listed: Ao3ListedWork[],
  chosen: string | null,
): { event: string | null; rows: PreviewRow[]; cut: number } {
  const works = listed.slice(0, MAX_PREVIEW_WORKS).map(previewWorkOf);
  const { event, fills } = matchRows(db, works, chosen);
  const logged = loggedAo3Works(db, writerId);
  // Works that fill a day are chosen; when none does, every work is.
  const anyDay = fills.some((f) => f.length > 0);
  const rows = works.map((work, k) => {
    const already = logged.get(work.work_id);
    return {
      work,
      fills: fills[k]!,
      picked: !already && (!anyDay || fills[k]!.length > 0),
      ...(already ? { logged: already } : {}),
    };
  });
  return { event, rows, cut: Math.max(0, listed.length - MAX_PREVIEW_WORKS) };
}

/** The preview form as posted: the event, the button, and each row as the writer left it. */
export async function readPreviewForm(c: Context<AppEnv>, writerId: number) {
  const body = (await c.req.parseBody({ all: true })) as Body;
  const db = c.get('deps').db;
  const works = all(body, 'work').slice(0, MAX_PREVIEW_WORKS).map(readPreviewWork);
  if (works.some((w) => w === null)) return null;
  const event = one(body, 'event') || null;
  const picked = new Set(all(body, 'pick'));
  const logged = loggedAo3Works(db, writerId);
  // Another event than the one the days were read for: the days are matched afresh.
  const rematch = event !== (one(body, 'matched_event') || null);
  const matched = rematch ? matchRows(db, works as PreviewWork[], event) : null;
  const fresh = matched?.fills ?? null;
  const rows: PreviewRow[] = (works as PreviewWork[]).map((work, k) => {
    const days = [
      ...new Set(
        all(body, `day_${k}`)
          .filter((d) => /^\d{1,3}$/.test(d))
          .map(Number),
      ),
    ];
    const fills = fresh
      ? fresh[k]!
      : days.map((day) => ({
          day,
          prompts: all(body, `prompts_${k}_${day}`).map(Number).filter(Number.isInteger),
        }));
    const already = logged.get(work.work_id);
    return {
      work,
      fills,
      picked: picked.has(String(k)) && !already,
      ...(already ? { logged: already } : {}),
    };
  });
  return { event: matched ? matched.event : event, rows, intent: one(body, 'intent') || 'refresh' };
}
