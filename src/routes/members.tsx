import { Hono } from 'hono';
import { JoinForm } from '../../views/members.tsx';
import { requireWriter } from '../auth/guards.ts';
import { type AppEnv, signedIn } from '../context.ts';
import { flash } from '../http/flash.ts';
import { findEvent } from '../queries/events.ts';
import { canEditEvent, joinEvent, leaveEvent, memberRole } from '../queries/members.ts';
import { redirectAfterPost, wantsFragment } from '../render.tsx';

/** `/events/:slug/join` and `/leave`: a writer joins or leaves an event. */
export function memberRoutes() {
  const app = new Hono<AppEnv>();

  for (const action of ['join', 'leave'] as const) {
    app.post(`/:slug/${action}`, requireWriter, (c) => {
      const { db } = c.get('deps');
      const writer = signedIn(c);
      const event = findEvent(db, c.req.param('slug'));
      if (!event) return c.notFound();
      if (action === 'join') joinEvent(db, writer.id, event.id);
      else leaveEvent(db, writer.id, event.id);
      const done = action === 'join' ? `You joined ${event.name}.` : `You left ${event.name}.`;
      if (!wantsFragment(c)) {
        flash(c, done);
        return redirectAfterPost(c, `/events/${event.slug}`);
      }
      const membership = {
        role: memberRole(db, writer.id, event.id),
        canEdit: canEditEvent(db, writer, event),
      };
      return c.html(<JoinForm event={event} membership={membership} done={done} />);
    });
  }

  return app;
}
