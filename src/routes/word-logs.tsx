import { Hono } from 'hono';
import type { WordLogValues } from '../../views/word-logs.tsx';
import { requireWriter } from '../auth/guards.ts';
import { type AppEnv, signedIn, todayOf } from '../context.ts';
import { wordsLabel } from '../domain/format.ts';
import { createOnce, submissionOf } from '../forms/submission.ts';
import { flash } from '../http/flash.ts';
import { loggedNote, tiePiece } from '../queries/word-log-notes.ts';
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
      if (!saved.ok) return { ok: false, refused: saved.errors };
      const total = typed.mode === 'set' ? `&total=${Number(typed.words.trim())}` : '';
      return { ok: true, location: statsPath(slug, `logged=${saved.value.id}${total}`) };
    });
    if (!made.ok) return showStats(c, chosenEvent(c, slug), { values, errors: made.refused }, 422);
    if (wantsFragment(c)) {
      const q = new URL(made.location, 'http://x').searchParams;
      const total = q.get('total');
      const note = loggedNote(
        c.get('deps').db,
        signedIn(c).id,
        Number(q.get('logged')),
        total ? Number(total) : null,
      );
      return showStats(c, chosenEvent(c, slug), { saved: note });
    }
    return redirectAfterPost(c, made.location);
  });

  // Ties a posted piece to the writer's logs, so a running total that includes it counts it once.
  app.post('/word-logs/tie', requireWriter, async (c) => {
    const body = await c.req.parseBody();
    const slug = typeof body.event === 'string' && body.event ? body.event : undefined;
    const tied = tiePiece(c.get('deps').db, signedIn(c).id, Number(body.piece_id));
    if (!tied) return c.notFound();
    const message = `“${tied.title}” is tied to your logs: its ${wordsLabel(tied.words)} now count once, in your running total.`;
    if (wantsFragment(c)) return showStats(c, chosenEvent(c, slug), { saved: { message } });
    flash(c, message);
    return redirectAfterPost(c, statsPath(slug));
  });

  app.post('/word-logs/:id{[0-9]+}/delete', requireWriter, (c) => {
    const id = Number(c.req.param('id'));
    if (!Number.isSafeInteger(id) || !deleteWordLog(c.get('deps').db, signedIn(c).id, id))
      return c.notFound();
    const slug = c.req.query('event');
    const message = 'The word log was deleted.';
    if (wantsFragment(c)) return showStats(c, chosenEvent(c, slug), { saved: { message } });
    flash(c, message);
    return redirectAfterPost(c, statsPath(slug));
  });

  return app;
}
