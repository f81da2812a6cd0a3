import { formatNumber, plural } from '../src/domain/format.ts';
import type { SquickFilter } from '../src/domain/squick.ts';
import type { Byline, EventProgress } from '../src/queries/collection.ts';
import type { PieceDetail } from '../src/queries/pieces.ts';
import { PageHeader } from './components.tsx';
import { PieceBlurb } from './pieces.tsx';

export type ProfilePiecesProps = {
  writer: Byline;
  items: PieceDetail[];
  total: number;
  words: number;
  page: number;
  perPage: number;
  /** The viewer's squick list: prompts in blurbs with a word from it are blurred. */
  avoid?: SquickFilter;
};

/** A writer's posted pieces, newest first, with paging: swapped alone by htmx. */
export function ProfilePieces(props: ProfilePiecesProps) {
  const pages = Math.max(1, Math.ceil(props.total / props.perPage));
  const base = `/@${props.writer.username}`;
  const link = (page: number, label: string, rel: string) => (
    <a
      class="button"
      href={`${base}?page=${page}`}
      rel={rel}
      hx-get={`${base}?page=${page}`}
      hx-target="#profile-pieces"
      hx-swap="outerHTML"
      hx-push-url="true"
    >
      {label}
    </a>
  );
  return (
    <section id="profile-pieces" aria-labelledby="pieces-title">
      <h2 id="pieces-title">
        Pieces{' '}
        <span class="muted">
          ({plural(props.total, 'piece')}, {formatNumber(props.words)} words)
        </span>
      </h2>
      {props.items.length === 0 ? (
        <p class="muted">Nothing posted yet.</p>
      ) : (
        <ol class="blurbs">
          {props.items.map((p) => (
            <PieceBlurb piece={p} avoid={props.avoid} />
          ))}
        </ol>
      )}
      {pages > 1 ? (
        <nav class="pager" aria-label="Pages">
          {props.page > 1 ? link(props.page - 1, '← Newer', 'prev') : <span />}
          <span>
            Page {props.page} of {pages}
          </span>
          {props.page < pages ? link(props.page + 1, 'Older →', 'next') : <span />}
        </nav>
      ) : null}
    </section>
  );
}

/** A writer's public profile: their events' progress and their posted pieces (nothing private). */
export function ProfilePage(props: ProfilePiecesProps & { progress: EventProgress[]; preview: boolean }) {
  return (
    <>
      <PageHeader title={props.writer.displayName} lead={`@${props.writer.username}`}>
        {props.preview ? (
          <p class="notice" role="status">
            Only you can see this page: your profile is private. Make it public in{' '}
            <a href="/settings">Settings</a>.
          </p>
        ) : null}
      </PageHeader>
      {props.progress.length > 0 ? (
        <section aria-labelledby="progress-title">
          <h2 id="progress-title">Events</h2>
          <ul class="progress-list">
            {props.progress.map((p) => (
              <li>
                <a href={`/events/${p.event.slug}`}>{p.event.name}</a>:{' '}
                <span class="progress">
                  {formatNumber(p.filled)} of {plural(p.days, 'day')} filled
                </span>{' '}
                <meter min={0} max={Math.max(1, p.days)} value={p.filled} aria-hidden="true" />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ProfilePieces {...props} />
    </>
  );
}
