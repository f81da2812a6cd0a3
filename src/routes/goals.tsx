import { type Context, Hono } from 'hono';
import type { Event } from '../../db/schema.ts';
import { PageHeader } from '../../views/components.tsx';
import { Completionists, EventProgressSection, type GoalValues } from '../../views/progress.tsx';
import { requireWriter } from '../auth/guards.ts';
import { type AppEnv, signedIn, todayOf, writerOf } from '../context.ts';
import { validateGoal } from '../domain/word-log-input.ts';
import { findEvent } from '../queries/events.ts';
import { completionists, eventDayCount, saveGoal } from '../queries/progress.ts';
import { eventStats, writerStreak } from '../queries/stats.ts';
import { redirectAfterPost, render, sharedPart, wantsFragment } from '../render.tsx';
import { embedSection } from './cards.tsx';

type Ctx = Context<AppEnv>;

/** The signed-in writer's progress section for `event` (goal form with `values` and `errors`); null for a visitor. */
export function eventProgressSection(
  c: Ctx,
  event: Event,
  form: { values?: GoalValues; errors?: Record<string, string>; saved?: boolean } = {},
) {
  const writer = writerOf(c);
  if (!writer) return null;
  const { db } = c.get('deps');
  const today = todayOf(c);
  const stats = eventStats(db, writer.id, event, today);
  const values = form.values ?? {
    fills: stats.goal?.fills === null || !stats.goal ? '' : String(stats.goal.fills),
    words: stats.goal?.words === null || !stats.goal ? '' : String(stats.goal.words),
  };
  return (
    <EventProgressSection
      stats={stats}
      streak={writer.showStreaks ? writerStreak(db, writer.id, today) : null}
      values={values}
      errors={form.errors ?? {}}
      saved={form.saved}
    />
  );
}

/** The event page's progress for the writer (if signed in) and its completionists, for everyone. */
export function eventProgress(c: Ctx, event: Event) {
  const { db } = c.get('deps');
  return (
    <>
      {eventProgressSection(c, event)}
      {embedSection(c, event)}
      {sharedPart(db, `completionists\n${event.id}`, [{ event: event.id }], () => (
        <Completionists writers={completionists(db, event)} />
      ))}
    </>
  );
}

/** `/events/:slug/goal`: the signed-in writer sets (or clears) their goal for an event. */
export function goalRoutes() {
  const app = new Hono<AppEnv>();

  app.post('/:slug/goal', requireWriter, async (c) => {
    const { db } = c.get('deps');
    const event = findEvent(db, c.req.param('slug'));
    if (!event) return c.notFound();
    const body = await c.req.parseBody();
    const values: GoalValues = {
      fills: typeof body.fills === 'string' ? body.fills : '',
      words: typeof body.words === 'string' ? body.words : '',
    };
    const checked = validateGoal(values, eventDayCount(db, event.id));
    if (!checked.ok) {
      const section = eventProgressSection(c, event, { values, errors: checked.errors });
      return render(c, {
        title: `Your goal · ${event.name}`,
        body: (
          <>
            <PageHeader title="Your goal" lead={<a href={`/events/${event.slug}`}>{event.name}</a>} />
            {section}
          </>
        ),
        fragment: section,
        status: 422,
      });
    }
    saveGoal(db, signedIn(c).id, event.id, checked.value);
    if (wantsFragment(c)) {
      const section = eventProgressSection(c, event, { saved: true });
      return render(c, { title: event.name, body: section, fragment: section });
    }
    return redirectAfterPost(c, `/events/${event.slug}#event-progress`);
  });

  return app;
}
