import type { Event } from '../db/schema.ts';
import type { ListingJob } from '../src/ao3/jobs.ts';
import { formatNumber } from '../src/domain/format.ts';
import { ErrorSummary, Field, PageHeader, TextArea } from './components.tsx';
import { EventSelect } from './import-preview.tsx';

/** The import page: a listing's link or its pasted HTML, and the event its works fill. */
export type ImportPageProps = {
  events: Event[];
  values: { event: string; url: string; paste: string };
  errors: Record<string, string>;
  /** Whether this instance fetches from AO3. */
  fetches: boolean;
};

/** "Import from AO3": link or paste a list of your works, a collection's, a series or your bookmarks. */
export function ImportPage(props: ImportPageProps) {
  const v = props.values;
  return (
    <>
      <PageHeader
        title="Import from AO3"
        lead="Log many works at once: your works (or those in a collection), a series, or your bookmarks. You check every work before anything is saved."
      />
      <form method="post" action="/pieces/import" class="piece-form import-form">
        <ErrorSummary errors={props.errors} />
        <EventSelect events={props.events} value={v.event || null} />
        {props.fetches ? (
          <Field
            name="url"
            label="Link to the list on AO3"
            type="url"
            value={v.url}
            error={props.errors.url}
            hint="For example https://archiveofourown.org/users/you/works?collection_id=whumptober2025 — up to 20 pages are read."
          />
        ) : null}
        <TextArea
          name="paste"
          label={props.fetches ? 'Or paste the list’s HTML' : 'The list’s HTML'}
          value={v.paste}
          error={props.errors.paste}
          rows={5}
          hint="On the list’s page on AO3, save the page (or view its source), select all, copy, and paste it here."
        />
        <p class="actions">
          <button class="button primary" type="submit">
            Read the list
          </button>
        </p>
      </form>
    </>
  );
}

/** The progress of a linked list: pages fetched of pages found, and a way to cancel. */
export function ImportProgress(props: { job: ListingJob }) {
  const j = props.job;
  const path = `/pieces/import/jobs/${j.id}`;
  return (
    <section
      id="import-progress"
      class="import-progress"
      hx-get={path}
      hx-trigger="every 1s"
      hx-target="this"
      hx-swap="outerHTML"
    >
      <PageHeader
        title="Reading the list from AO3"
        lead="Promptly reads one page a second, and fewer when you import often."
      />
      <p role="status">
        <label for="import-pages">
          Fetched {j.pagesFetched} of {j.pagesFound} {j.pagesFound === 1 ? 'page' : 'pages'} found
        </label>{' '}
        <progress id="import-pages" max={String(j.pagesFound)} value={String(j.pagesFetched)} /> —{' '}
        {j.works.length} {j.works.length === 1 ? 'work' : 'works'} so far.
      </p>
      <form method="post" action={`${path}/cancel`} class="actions">
        <button class="button" type="submit">
          Cancel and show what was read
        </button>
      </form>
      <noscript>
        <p class="hint">This page reloads itself every two seconds until the list is read.</p>
      </noscript>
    </section>
  );
}

/** After an import: how many works were logged and how many were already there. */
export function ImportDone(props: { added: number; skipped: number; event: Event | null }) {
  return (
    <>
      <PageHeader
        title="Imported from AO3"
        lead={`${formatNumber(props.added)} ${props.added === 1 ? 'work was' : 'works were'} logged${props.skipped > 0 ? `; ${formatNumber(props.skipped)} already logged ${props.skipped === 1 ? 'was' : 'were'} skipped` : ''}.`}
      />
      <p class="actions">
        <a class="button primary" href={props.event ? `/pieces?event=${props.event.slug}` : '/pieces'}>
          See your collection
        </a>
        {props.event ? (
          <a class="button" href={`/events/${props.event.slug}`}>
            Back to {props.event.name}
          </a>
        ) : null}
      </p>
    </>
  );
}
