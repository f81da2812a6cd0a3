import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type FeedLink, Layout } from '../views/layout.tsx';
import { type Deps, writerOf } from './context.ts';
import { takeFlash } from './http/flash.ts';

/** True for an htmx request that wants a fragment (not a history restore or a full-page swap). */
export function wantsFragment(c: Context): boolean {
  return (
    c.req.header('HX-Request') === 'true' &&
    c.req.header('HX-Request-Type') !== 'full' &&
    c.req.header('HX-History-Restore-Request') !== 'true'
  );
}

/** Answers with the whole page in the layout, or only `fragment` (default: the page body) for htmx. */
export function render(
  c: Context,
  view: {
    title: string;
    body: Child;
    fragment?: Child;
    status?: ContentfulStatusCode;
    refresh?: number;
    /** Feeds of what the page shows, linked from its head (rel="alternate"). */
    feeds?: FeedLink[];
  },
) {
  c.header('Vary', 'HX-Request');
  const status = view.status ?? 200;
  // biome-ignore lint/complexity/noUselessFragments: a Child may be a list; c.html takes one node.
  if (wantsFragment(c)) return c.html(<>{view.fragment ?? view.body}</>, status);
  const flashed = takeFlash(c);
  return c.html(
    '<!doctype html>' +
    (
      <Layout
        title={view.title}
        path={c.req.path}
        writer={writerOf(c)}
        signupOpen={(c.get('deps') as Deps | undefined)?.signup !== 'closed'}
        refresh={view.refresh}
        flash={flashed}
        feeds={view.feeds}
      >
        {view.body}
      </Layout>
    ),
    status,
  );
}

/** After a successful form post: a 303 to `location`, or for htmx a client-side redirect. */
export function redirectAfterPost(c: Context, location: string) {
  if (c.req.header('HX-Request') === 'true') {
    c.header('HX-Redirect', location);
    return c.body(null, 204);
  }
  return c.redirect(location, 303);
}
