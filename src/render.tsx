import type { Context } from 'hono';
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Db } from '../db/client.ts';
import { type FeedLink, Layout } from '../views/layout.tsx';
import { cacheOf, type Source } from './cache.ts';
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

/**
 * A part of a page that is the same for every viewer who sees it (keyed by `key`, which names
 * whatever else it depends on, like the viewer's squick list): rendered once per version of
 * `sources` and kept in the cache beside the values it was made from, so a signed-in page renders
 * only what is its writer's own. Nothing in it may depend on the request.
 */
export function sharedPart(db: Db, key: string, sources: readonly Source[], part: () => Child): Child {
  const html = cacheOf(db).memo(
    `part\n${key}`,
    sources,
    () => {
      // biome-ignore lint/complexity/noUselessFragments: a Child may be a list; it renders as one node.
      const out = (<>{part()}</>).toString();
      if (typeof out !== 'string') throw new Error(`sharedPart ${key}: the part renders asynchronously`);
      return out;
    },
    (out) => out.length * 2,
  );
  return raw(html);
}
