import type { Event } from '../db/schema.ts';
import { dayName, formatDate } from '../src/domain/calendar.ts';
import { formatNumber, plural } from '../src/domain/format.ts';
import { RATINGS } from '../src/domain/piece.ts';
import type { SquickFilter } from '../src/domain/squick.ts';
import type { PublicPiece } from '../src/queries/collection.ts';
import type { CollectionTotals } from '../src/queries/event-collection.ts';
import { FilterSelect, PageHeader } from './components.tsx';
import { PieceBlurb } from './pieces.tsx';

/** The event collection's filters, as read from the query. */
export type EventCollectionQuery = {
  day: string;
  fandom: string;
  rating: string;
  order: string;
  page: number;
  /** The keyset cursor the page was read from: the pieces after it, or before it. */
  after?: string;
  before?: string;
};

/** The collection's address with some filters changed. */
export function eventCollectionHref(
  event: Event,
  q: EventCollectionQuery,
  change: Partial<EventCollectionQuery> = {},
): string {
  const merged = { ...q, after: undefined, before: undefined, ...change };
  const params = new URLSearchParams();
  for (const key of ['day', 'fandom', 'rating', 'order'] as const)
    if (merged[key]) params.set(key, merged[key]);
  if (merged.page > 1) {
    params.set('page', String(merged.page));
    if (merged.after) params.set('after', merged.after);
    if (merged.before) params.set('before', merged.before);
  }
  const s = params.toString();
  return `/events/${event.slug}/pieces${s ? `?${s}` : ''}`;
}

function Totals(props: { totals: CollectionTotals }) {
  const t = props.totals;
  return (
    <dl class="totals" aria-live="polite">
      <div>
        <dt>Pieces</dt>
        <dd>{formatNumber(t.pieces)}</dd>
      </div>
      <div>
        <dt>Writers</dt>
        <dd>{formatNumber(t.writers)}</dd>
      </div>
      <div>
        <dt>Words</dt>
        <dd>{formatNumber(t.words)}</dd>
      </div>
    </dl>
  );
}

/** The event page's short list: the latest public pieces and a link to the whole collection. */
export function LatestPieces(props: {
  event: Event;
  items: PublicPiece[];
  totals: CollectionTotals;
  /** The writer's squick list: the prompts in blurbs with a word from it are blurred. */
  avoid?: SquickFilter;
}) {
  const href = `/events/${props.event.slug}/pieces`;
  return (
    <section class="latest" aria-labelledby="latest-title">
      <h2 id="latest-title">Latest pieces</h2>
      {props.items.length === 0 ? (
        <p class="muted">No public pieces yet. Writers with a public profile appear here when they post.</p>
      ) : (
        <>
          <ol class="blurbs">
            {props.items.map((p) => (
              <PieceBlurb piece={p} by={p.writer} avoid={props.avoid} />
            ))}
          </ol>
          <p>
            <a href={href}>
              The whole collection: {plural(props.totals.pieces, 'piece')} by{' '}
              {plural(props.totals.writers, 'writer')} →
            </a>
          </p>
        </>
      )}
    </section>
  );
}

export type EventCollectionResultsProps = {
  event: Event;
  query: EventCollectionQuery;
  items: PublicPiece[];
  totals: CollectionTotals;
  perPage: number;
  /** Cursors of the pages after and before this one. */
  next: string | null;
  prev: string | null;
  /** The writer's squick list: the prompts in blurbs with a word from it are blurred. */
  avoid?: SquickFilter;
};

/** Totals, blurbs and paging: the part filters replace. */
export function EventCollectionResults(props: EventCollectionResultsProps) {
  const { event, query: q } = props;
  const pages = Math.max(1, Math.ceil(props.totals.pieces / props.perPage));
  const link = (page: number, cursor: { after?: string; before?: string }, label: string, rel: string) => {
    const href = eventCollectionHref(event, q, { page, ...cursor });
    return (
      <a
        class="button"
        href={href}
        rel={rel}
        hx-get={href}
        hx-target="#event-collection"
        hx-swap="outerHTML"
        hx-push-url="true"
      >
        {label}
      </a>
    );
  };
  return (
    <section id="event-collection" aria-labelledby="collection-totals">
      <h2 id="collection-totals" class="visually-hidden">
        Totals
      </h2>
      <Totals totals={props.totals} />
      {props.items.length === 0 ? (
        <p class="empty">
          {q.day || q.fandom || q.rating ? 'No piece matches these filters.' : 'No public pieces yet.'}
        </p>
      ) : (
        <ol class="blurbs">
          {props.items.map((p) => (
            <PieceBlurb piece={p} by={p.writer} avoid={props.avoid} />
          ))}
        </ol>
      )}
      {pages > 1 ? (
        <nav class="pager" aria-label="Pages">
          {q.page > 1 && props.prev ? (
            link(q.page - 1, { before: props.prev }, '← Previous page', 'prev')
          ) : (
            <span />
          )}
          <span>
            Page {q.page} of {pages}
          </span>
          {q.page < pages && props.next ? (
            link(q.page + 1, { after: props.next }, 'Next page →', 'next')
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </section>
  );
}

/** An event's public collection: every posted piece of writers with public profiles, filterable. */
export function EventCollectionPage(
  props: EventCollectionResultsProps & { days: { number: number; date: string }[]; fandoms: string[] },
) {
  const { event, query: q } = props;
  const action = `/events/${event.slug}/pieces`;
  return (
    <>
      <p class="eyebrow">
        <a href={`/events/${event.slug}`}>{event.name}</a>
      </p>
      <PageHeader title="The collection" lead="Every posted piece of the writers who share their profile." />
      <form
        class="filters"
        method="get"
        action={action}
        hx-get={action}
        hx-trigger="change, submit"
        hx-target="#event-collection"
        hx-swap="outerHTML"
        hx-push-url="true"
        aria-label="Filter and order"
      >
        <FilterSelect
          id="e-day"
          name="day"
          label="Day"
          none="Every day"
          options={props.days.map((d) => ({
            value: String(d.number),
            label: `${dayName(event.dayLabel, d.number)} (${formatDate(d.date)})`,
          }))}
          value={q.day}
        />
        <FilterSelect
          id="e-fandom"
          name="fandom"
          label="Fandom"
          none="All fandoms"
          options={props.fandoms}
          value={q.fandom}
        />
        <FilterSelect
          id="e-rating"
          name="rating"
          label="Rating"
          none="Any rating"
          options={RATINGS}
          value={q.rating}
        />
        <div class="field">
          <label for="e-order">Order</label>
          <select id="e-order" name="order">
            <option value="newest" selected={q.order !== 'day'}>
              Newest first
            </option>
            <option value="day" selected={q.order === 'day'}>
              By day
            </option>
          </select>
        </div>
        <button class="button" type="submit">
          Apply
        </button>
      </form>
      <EventCollectionResults {...props} />
    </>
  );
}
