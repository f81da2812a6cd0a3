import type { BingoCard, Event } from '../db/schema.ts';
import { loginPath } from '../src/domain/account.ts';
import { formatDate } from '../src/domain/calendar.ts';
import type { CardView } from '../src/queries/bingo-view.ts';
import { BingoCardTable, CardProgressSummary } from './bingo-card.tsx';
import { PageHeader } from './components.tsx';

/** A writer on the event page's list of lines and blackouts. */
export type Standing = {
  username: string;
  displayName: string;
  lines: number;
  blackout: number;
  filled: number;
};

/** The rules of a bingo event in words. */
export function BingoRules(props: { event: Event }) {
  const e = props.event;
  const size = e.cardSize ?? 5;
  return (
    <ul class="bingo-rules">
      <li>
        Cards of {size}×{size} squares{e.freeCentre ? ', with a free centre' : ''}.
      </li>
      {e.minWords !== null ? <li>A square needs at least {e.minWords.toLocaleString('en')} words.</li> : null}
      {e.maxSquaresPerPiece !== null ? (
        <li>One piece may fill at most {e.maxSquaresPerPiece} squares.</li>
      ) : (
        <li>One piece may fill several squares.</li>
      )}
      <li>
        {e.reroll ? 'You may reroll your card once in the first 24 hours.' : 'Cards cannot be rerolled.'}
      </li>
    </ul>
  );
}

/** A bingo event's page: what it is, joining (which deals a card), and who has lines and blackouts. */
export function BingoEventPage(props: {
  event: Event;
  signedIn: boolean;
  hasCard: boolean;
  canEdit: boolean;
  standings: Standing[];
}) {
  const { event } = props;
  const base = `/events/${event.slug}`;
  return (
    <>
      <PageHeader
        title={event.name}
        lead={`Bingo, open ${formatDate(event.firstDay)} to ${formatDate(event.lastDay)}.`}
      />
      {event.description ? <p class="description">{event.description}</p> : null}
      <BingoRules event={event} />
      {!props.signedIn ? (
        <p class="membership">
          <a href={loginPath(base)}>Sign in to join this event</a> and be dealt a card.
        </p>
      ) : props.hasCard ? (
        <p class="actions">
          <a class="button primary" href={`${base}/card`}>
            Your card
          </a>{' '}
          <a class="button" href={`${base}/masterpost`}>
            Masterpost
          </a>
        </p>
      ) : (
        <form method="post" action={`${base}/join`} class="membership">
          <button class="button primary" type="submit">
            Join and get a card
          </button>
        </form>
      )}
      {props.canEdit ? (
        <p>
          <a href={`${base}/cards`}>Every writer’s card</a>
        </p>
      ) : null}
      <section aria-labelledby="standings">
        <h2 id="standings">Lines and blackouts</h2>
        {props.standings.length === 0 ? (
          <p class="muted">No one with a public profile has completed a line yet.</p>
        ) : (
          <ul class="standings">
            {props.standings.map((s) => (
              <li>
                <a href={`/@${s.username}`}>{s.displayName}</a>: {s.lines} {s.lines === 1 ? 'line' : 'lines'}
                {s.blackout ? ', blackout' : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p class="muted">Bingo events have no days, so they have no calendar feed.</p>
    </>
  );
}

function History(props: { history: BingoCard[] }) {
  if (props.history.length === 0) return null;
  return (
    <p class="muted">
      {props.history.map(
        (c) =>
          `Your first card (seed ${c.seed}) was rerolled on ${formatDate((c.replacedAt ?? c.dealtAt).slice(0, 10))}; it is kept in your history.`,
      )}
    </p>
  );
}

/** The writer's own card: the table, what it has done, notices about the deal, and the reroll when offered. */
export function CardPage(props: { event: Event; view: CardView; message?: string }) {
  const { event, view } = props;
  const base = `/events/${event.slug}`;
  return (
    <>
      <PageHeader title={`Your card: ${event.name}`} lead={<a href={base}>Back to the event</a>} />
      {props.message ? (
        <p class="notice" role="status">
          {props.message}
        </p>
      ) : null}
      {view.card.hiddenDealt > 0 ? (
        <p class="notice">
          The pool is too small to leave out every prompt you hide: {view.card.hiddenDealt}{' '}
          {view.card.hiddenDealt === 1 ? 'square holds one' : 'squares hold one'}.
        </p>
      ) : null}
      {!view.card.uniqueInEvent ? (
        <p class="notice">
          The pool is too small for every card to differ: another writer has this card too.
        </p>
      ) : null}
      <CardProgressSummary view={view} />
      <BingoCardTable view={view} caption={`Your ${view.size}×${view.size} card`} slug={event.slug} own />
      <p class="actions">
        <a class="button primary" href={`/pieces/new?event=${event.slug}`}>
          Log a piece
        </a>{' '}
        <a class="button" href={`${base}/masterpost`}>
          Masterpost
        </a>
      </p>
      {view.mayReroll ? (
        <form method="post" action={`${base}/card/reroll`}>
          <p>You may reroll this card once, within 24 hours of the deal and before filling a square.</p>
          <button class="button" type="submit">
            Reroll my card
          </button>
        </form>
      ) : null}
      <History history={view.history} />
    </>
  );
}

/** The organiser's view of every card in play. */
export function AllCardsPage(props: { event: Event; cards: { name: string; view: CardView }[] }) {
  return (
    <>
      <PageHeader
        title={`Every card: ${props.event.name}`}
        lead={<a href={`/events/${props.event.slug}`}>Back to the event</a>}
      />
      {props.cards.length === 0 ? <p class="muted">No one has been dealt a card yet.</p> : null}
      {props.cards.map((c) => (
        <section>
          <CardProgressSummary view={c.view} />
          <BingoCardTable view={c.view} caption={`${c.name}’s card`} />
        </section>
      ))}
    </>
  );
}
