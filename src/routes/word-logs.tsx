import { Hono } from 'hono';
import type { WordLogValues } from '../../views/word-logs.tsx';
import { requireWriter } from '../auth/guards.ts';
import { type AppEnv, signedIn, todayOf } from '../context.ts';
import { createOnce, submissionOf } from '../forms/submission.ts';
import { deleteWordLog, logWords } from '../queries/word-logs.ts';
import { redirectAfterPost, wantsFragment } from '../render.tsx';
import { chosenEvent, showStats } from './stats.tsx';

/** The stats page about `slug` ('' for the last 31 days; undefined for the default event). */
const statsPath = (slug: string | undefined, extra = '') => {
  const query = [slug === undefined ? '' : `event=${encodeURIComponent(slug)}`, extra]
    .filter(Boolean)
    .join('&');
  return query ? `/stats?${query}` : '/stats';
};

/** `/stats/word-logs`: the signed-in writer logs words (adding, or setting a running total) and deletes logs. */
export function wordLogRoutes() {
  const app = new Hono<AppEnv>();

  app.post('/word-logs', requireWriter, async (c) => {
    const body = await c.req.parseBody();
    const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
    const typed = {
      date: text('date'),
      words: text('words'),
      mode: text('mode'),
      piece_id: text('piece_id'),
    };
    const submission = submissionOf(text('submission'));
    const values: WordLogValues = { ...typed, submission };
    const slug = typeof body.event === 'string' ? body.event : undefined;
    const today = todayOf(c);
    // A double click (or a resent form) does not log the words twice.
    const made = createOnce(c, submission, [typed, slug], () => {
      const saved = logWords(c.get('deps').db, signedIn(c).id, typed, today);
      return saved.ok
        ? { ok: true, location: statsPath(slug, 'logged=1') }
        : { ok: false, refused: saved.errors };
    });
    if (!made.ok) return showStats(c, chosenEvent(c, slug), { values, errors: made.refused }, 422);
    if (wantsFragment(c)) return showStats(c, chosenEvent(c, slug), { saved: true });
    return redirectAfterPost(c, made.location);
  });

  app.post('/word-logs/:id{[0-9]+}/delete', requireWriter, (c) => {
    const id = Number(c.req.param('id'));
    if (!Number.isSafeInteger(id) || !deleteWordLog(c.get('deps').db, signedIn(c).id, id))
      return c.notFound();
    const slug = c.req.query('event');
    if (wantsFragment(c)) return showStats(c, chosenEvent(c, slug));
    return redirectAfterPost(c, statsPath(slug));
  });

  return app;
}
