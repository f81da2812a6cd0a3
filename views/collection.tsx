import type { Event } from '../db/schema.ts';
import { formatNumber, plural } from '../src/domain/format.ts';
import { PIECE_STATUSES, statusLabel } from '../src/domain/piece.ts';
import type { SquickFilter } from '../src/domain/squick.ts';
import type { PieceDetail } from '../src/queries/pieces.ts';
import { FilterSelect, PageHeader } from './components.tsx';
import { PieceBlurb } from './pieces.tsx';

/** The collection's filters, as strings from the query. */
export type CollectionQuery = { event: string; status: string; fandom: string; sort: string; page: number };

export type CollectionResultsProps = {
  query: CollectionQuery;
  items: PieceDetail[];
  total: number;
  words: number;
  daysFilled: number;
  daysTotal: number;
  perPage: number;
  /** The writer's squick list: prompts in blurbs with a word from it are blurred. */
  avoid?: SquickFilter;
};

/** The query string for the collection with some filters changed. */
export function collectionHref(q: CollectionQuery, change: Partial<CollectionQuery> = {}): string {
  const merged = { ...q, ...change };
  const params = new URLSearchParams();
  for (const key of ['event', 'status', 'fandom', 'sort'] as const)
    if (merged[key]) params.set(key, merged[key]);
  if (merged.page > 1) params.set('page', String(merged.page));
  const s = params.toString();
  return s ? `/pieces?${s}` : '/pieces';
}

/** The collection page: filters, then the results that htmx swaps alone. */
export function CollectionPage(props: CollectionResultsProps & { events: Event[]; fandoms: string[] }) {
  const q = props.query;
  return (
    <>
      <PageHeader title="Your collection">
        <p class="actions">
          <a class="button" href="/pieces/new">
            Log a piece
          </a>
          <a class="button" href="/pieces/import">
            Import from AO3
          </a>
        </p>
      </PageHeader>
      <form
        class="filters"
        method="get"
        action="/pieces"
        hx-get="/pieces"
        hx-trigger="change, submit"
        hx-target="#collection"
        hx-swap="outerHTML"
        hx-push-url="true"
        aria-label="Filter and sort"
      >
        <FilterSelect
          id="c-event"
          name="event"
          label="Event"
          none="All events"
          options={props.events.map((e) => ({ value: e.slug, label: e.name }))}
          value={q.event}
        />
        <FilterSelect
          id="c-status"
          name="status"
          label="Status"
          none="Any status"
          options={PIECE_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
          value={q.status}
        />
        <FilterSelect
          id="c-fandom"
          name="fandom"
          label="Fandom"
          none="All fandoms"
          options={props.fandoms}
          value={q.fandom}
        />
        <div class="field">
          <label for="c-sort">Sort by</label>
          <select id="c-sort" name="sort">
            <option value="date" selected={q.sort === 'date' || !q.sort}>
              Date, newest first
            </option>
            <option value="words" selected={q.sort === 'words'}>
              Words, most first
            </option>
            <option value="title" selected={q.sort === 'title'}>
              Title, A to Z
            </option>
          </select>
        </div>
        <button class="button" type="submit">
          Apply
        </button>
      </form>
      <CollectionResults {...props} />
    </>
  );
}

/** Totals, blurbs and paging: the part that filters and paging replace. */
export function CollectionResults(props: CollectionResultsProps) {
  const q = props.query;
  const pages = Math.max(1, Math.ceil(props.total / props.perPage));
  const link = (page: number, label: string, rel: string) => (
    <a
      class="button"
      href={collectionHref(q, { page })}
      rel={rel}
      hx-get={collectionHref(q, { page })}
      hx-target="#collection"
      hx-swap="outerHTML"
      hx-push-url="true"
    >
      {label}
    </a>
  );
  return (
    <section id="collection" aria-labelledby="totals-title">
      <h2 id="totals-title" class="visually-hidden" tabindex={-1} data-swap-focus>
        Results
      </h2>
      <dl class="totals" data-announce>
        <div>
          <dt>Pieces</dt>
          <dd>{formatNumber(props.total)}</dd>
        </div>
        <div>
          <dt>Words</dt>
          <dd>{formatNumber(props.words)}</dd>
        </div>
        <div>
          <dt>Days filled</dt>
          <dd>
            {formatNumber(props.daysFilled)} of {formatNumber(props.daysTotal)}
          </dd>
        </div>
      </dl>
      {props.items.length === 0 ? (
        <p class="empty" data-announce>
          {props.total === 0 && !q.event && !q.status && !q.fandom ? (
            <>
              Nothing logged yet. <a href="/pieces/new">Log your first piece</a>.
            </>
          ) : (
            'No piece matches these filters.'
          )}
        </p>
      ) : (
        <ol class="blurbs">
          {props.items.map((p) => (
            <PieceBlurb piece={p} avoid={props.avoid} />
          ))}
        </ol>
      )}
      {pages > 1 ? (
        <nav class="pager" aria-label="Pages">
          {q.page > 1 ? link(q.page - 1, '← Previous page', 'prev') : <span />}
          <span>
            Page {q.page} of {pages} ({plural(props.total, 'piece')})
          </span>
          {q.page < pages ? link(q.page + 1, 'Next page →', 'next') : <span />}
        </nav>
      ) : null}
    </section>
  );
}
