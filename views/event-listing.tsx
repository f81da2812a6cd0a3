import type { Event } from '../db/schema.ts';
import type { EventFootprint } from '../src/queries/event-listing.ts';
import { PageHeader } from './components.tsx';

/** On the edit page: hide the event from lists or list it again, feature it (the admin), or go to delete it. */
export function EventListingControls(props: { event: Event; admin: boolean }) {
  const e = props.event;
  const base = `/events/${e.slug}`;
  return (
    <section class="card event-listing" aria-labelledby="listing-title">
      <h2 id="listing-title">Listing</h2>
      <form method="post" action={`${base}/listing`}>
        <p>
          {e.hidden
            ? 'Hidden: the event lists and Today leave it out for everyone but its members; its address still works for anyone who has it.'
            : 'Listed: the event shows in the event lists for everyone.'}
        </p>
        <input type="hidden" name="hidden" value={e.hidden ? '0' : '1'} />
        <button class="button" type="submit">
          {e.hidden ? 'List the event again' : 'Hide it from the lists'}
        </button>
      </form>
      {props.admin ? (
        <form method="post" action={`${base}/featured`}>
          <p>
            {e.featured
              ? 'Featured: on everyone’s Today page while it runs.'
              : 'Not featured: on Today only for its members.'}
          </p>
          <input type="hidden" name="featured" value={e.featured ? '0' : '1'} />
          <button class="button" type="submit">
            {e.featured ? 'Stop featuring it' : 'Feature it on Today'}
          </button>
        </form>
      ) : null}
      <p>
        <a class="button danger" href={`${base}/delete`}>
          Delete the event…
        </a>
      </p>
    </section>
  );
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "Delete this event?": what goes (its days and fills) and what stays (the pieces); works without JavaScript. */
export function DeleteEventPage(props: { event: Event; footprint: EventFootprint; error?: string }) {
  const { event, footprint } = props;
  return (
    <>
      <PageHeader title={`Delete ${event.name}?`} lead="This cannot be undone.">
        {props.error ? (
          <p class="error-summary" role="alert">
            {props.error}
          </p>
        ) : null}
      </PageHeader>
      <section class="card">
        <p>
          Its days, prompts and alternates go, with {plural(footprint.fills, 'fill', 'fills')} (
          {plural(footprint.pieces, 'piece', 'pieces')} filling its days), its{' '}
          {plural(footprint.members, 'member', 'members')} and their goals for it.
        </p>
        <p>The pieces themselves stay in their writers’ collections, without this event’s days.</p>
        <form method="post" action={`/events/${event.slug}/delete`}>
          <input type="hidden" name="confirm" value={event.slug} />
          <p class="actions">
            <button class="button danger" type="submit">
              Delete the event
            </button>
            <a class="button" href={`/events/${event.slug}/edit`}>
              Keep it
            </a>
          </p>
        </form>
      </section>
    </>
  );
}
