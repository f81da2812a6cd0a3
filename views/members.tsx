import type { Event } from '../db/schema.ts';
import { loginPath } from '../src/domain/account.ts';
import type { MemberRole } from '../src/queries/members.ts';
import { SwapForm } from './components.tsx';

/** The viewer's place in an event: their role (null: not joined) and whether they may edit it. */
export type Membership = { role: MemberRole | null; canEdit: boolean };

/** Join or Leave, swapped alone by htmx (with what was `done`, announced); for a visitor, a link to sign in first. */
export function JoinForm(props: { event: Event; membership: Membership | null; done?: string }) {
  const base = `/events/${props.event.slug}`;
  const m = props.membership;
  if (!m)
    return (
      <p id="membership" class="membership">
        <a href={loginPath(base)}>Sign in to join this event</a> and log your pieces.
      </p>
    );
  if (m.role === 'organiser')
    return (
      <p id="membership" class="membership">
        You organise this event.
      </p>
    );
  const joined = m.role === 'writer';
  const action = `${base}/${joined ? 'leave' : 'join'}`;
  return (
    <SwapForm id="membership" class="membership" action={action}>
      {props.done ? (
        <span class="visually-hidden" role="status">
          {props.done}
        </span>
      ) : null}
      {joined ? <span>You joined this event. </span> : null}
      <button class={`button${joined ? ' small' : ' primary'}`} type="submit">
        {joined ? 'Leave the event' : 'Join the event'}
      </button>
    </SwapForm>
  );
}
