import type { Context, MiddlewareHandler } from 'hono';
import { cacheOf, type Source } from './cache.ts';
import { type AppEnv, writerOf, zoneOf } from './context.ts';
import { todayIn } from './domain/calendar.ts';
import { wantsFragment } from './render.tsx';

// Kept encoded, so a hit sends the bytes as they are.
type CachedPage = { body: Uint8Array<ArrayBuffer>; type: string; vary: string | null };

/**
 * Middleware for GET pages that are the same for every visitor: a visitor's HTML is kept per URL,
 * time zone, "today" in it and page-or-fragment, under the versions of what the page shows
 * (`sources`, from the request), so only a write to those makes it again; signed-in writers always
 * get a fresh page. `perMinute` also keys on the minute, for pages with a countdown.
 */
export function visitorPageCache(
  sources: (c: Context<AppEnv>) => Source[],
  opts: { perMinute?: boolean } = {},
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'GET' || writerOf(c)) return next();
    const { db, now, signup } = c.get('deps');
    const zone = zoneOf(c);
    const instant = now();
    const parts = [c.req.url, zone, todayIn(instant, zone), wantsFragment(c) ? 'fragment' : 'page', signup];
    if (opts.perMinute) parts.push(String(Math.floor(instant.toMillis() / 60_000)));
    const key = `page\n${parts.join('\n')}`;
    const cache = cacheOf(db);
    const version = cache.versionOf(sources(c));
    const hit = cache.get<CachedPage>(key, version);
    if (hit) {
      if (hit.vary) c.header('Vary', hit.vary);
      return c.body(hit.body, 200, { 'Content-Type': hit.type });
    }
    await next();
    const res = c.res;
    const type = res.headers.get('Content-Type') ?? '';
    if (res.status !== 200 || res.headers.has('Set-Cookie') || !type.startsWith('text/html')) return;
    const body = new Uint8Array(await res.clone().arrayBuffer());
    cache.set(
      key,
      version,
      { body, type, vary: res.headers.get('Vary') } satisfies CachedPage,
      body.byteLength,
    );
  };
}

/** The sources of a page about one event (`:slug`): its shared part and the list of events. */
export const eventPage = (c: Context<AppEnv>): Source[] => [
  { eventSlug: c.req.param('slug') ?? '' },
  { events: true },
];

/** The sources of a page that lists events. */
export const eventsPage = (): Source[] => [{ events: true }];
