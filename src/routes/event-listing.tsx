import { type Context, Hono } from 'hono';
import type { Event } from '../../db/schema.ts';
import { ErrorPage } from '../../views/errors.tsx';
import { DeleteEventPage } from '../../views/event-listing.tsx';
import { requireWriter } from '../auth/guards.ts';
import { type AppEnv, signedIn, writerOf } from '../context.ts';
import { deleteEvent, eventFootprint, setEventListing } from '../queries/event-listing.ts';
import { findEvent } from '../queries/events.ts';
import { canEditEvent } from '../queries/members.ts';
import { redirectAfterPost, render } from '../render.tsx';

type Ctx = Context<AppEnv>;

/** The event in the path if the signed-in writer may manage it (organiser or admin), else undefined: a 404. */
function managedEvent(c: Ctx): Event | undefined {
  const { db } = c.get('deps');
  const event = findEvent(db, c.req.param('slug') ?? '');
  return event && canEditEvent(db, writerOf(c), event) ? event : undefined;
}

function confirmation(c: Ctx, event: Event, error?: string) {
  const footprint = eventFootprint(c.get('deps').db, event.id);
  return render(c, {
    title: `Delete ${event.name}?`,
    body: <DeleteEventPage event={event} footprint={footprint} error={error} />,
    status: error ? 422 : 200,
  });
}

/** The value of a posted "1" / "0" field, or undefined for anything else. */
async function flag(c: Ctx, name: string): Promise<boolean | undefined> {
  const value = (await c.req.parseBody())[name];
  return value === '1' ? true : value === '0' ? false : undefined;
}

const badFlag = (c: Ctx, message: string) =>
  render(c, {
    title: 'Bad request',
    body: <ErrorPage title="Nothing was changed" message={message} />,
    status: 422,
  });

/** `/events/:slug/delete`, `/listing` and `/featured`: organisers delete or hide their events; the admin features them. */
export function eventListingRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/:slug/delete', requireWriter, (c) => {
    const event = managedEvent(c);
    return event ? confirmation(c, event) : c.notFound();
  });

  // Only the confirmation page's form deletes: it names the event, so a stray post cannot.
  app.post('/:slug/delete', requireWriter, async (c) => {
    const event = managedEvent(c);
    if (!event) return c.notFound();
    if ((await c.req.parseBody()).confirm !== event.slug)
      return confirmation(c, event, 'Nothing was deleted: press “Delete the event” on this page to confirm.');
    deleteEvent(c.get('deps').db, event.id);
    return redirectAfterPost(c, '/events');
  });

  app.post('/:slug/listing', requireWriter, async (c) => {
    const event = managedEvent(c);
    if (!event) return c.notFound();
    const hidden = await flag(c, 'hidden');
    if (hidden === undefined) return badFlag(c, 'Send hidden=1 to hide the event, or hidden=0 to list it.');
    setEventListing(c.get('deps').db, event.id, { hidden });
    return redirectAfterPost(c, `/events/${event.slug}/edit`);
  });

  app.post('/:slug/featured', requireWriter, async (c) => {
    const event = findEvent(c.get('deps').db, c.req.param('slug'));
    if (!event || !signedIn(c).isAdmin) return c.notFound();
    const featured = await flag(c, 'featured');
    if (featured === undefined)
      return badFlag(c, 'Send featured=1 to feature the event, or featured=0 not to.');
    setEventListing(c.get('deps').db, event.id, { featured });
    return redirectAfterPost(c, `/events/${event.slug}/edit`);
  });

  return app;
}
