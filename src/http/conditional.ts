import { createHash } from 'node:crypto';
import type { Context } from 'hono';

// When this process first answered each ETag: its Last-Modified (a later version is first seen later).
const firstSeen = new Map<string, number>();

/** A strong ETag for the versions (and anything else) an answer was made from. */
export function etagOf(...parts: string[]): string {
  return `"${createHash('sha256').update(parts.join('\n')).digest('base64url').slice(0, 27)}"`;
}

/**
 * Answers a GET whose body follows from `etag`: 304 when the client's `If-None-Match` (or, without
 * one, its `If-Modified-Since`) shows it has this version, else 200 with `body()`. Last-Modified is
 * when this process first served the ETag, to the second.
 */
export function conditionalAnswer(
  c: Context,
  opts: { etag: string; type: string; cacheControl: string; now: number; body: () => string },
): Response {
  let since = firstSeen.get(opts.etag);
  if (since === undefined) {
    if (firstSeen.size >= 10_000) firstSeen.clear();
    since = Math.floor(opts.now / 1000) * 1000;
    firstSeen.set(opts.etag, since);
  }
  const headers = {
    ETag: opts.etag,
    'Last-Modified': new Date(since).toUTCString(),
    'Cache-Control': opts.cacheControl,
  };
  const match = c.req.header('If-None-Match');
  const modifiedSince = Date.parse(c.req.header('If-Modified-Since') ?? '');
  const fresh =
    match !== undefined
      ? match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opts.etag || tag.trim() === '*')
      : !Number.isNaN(modifiedSince) && modifiedSince >= since;
  if (fresh) return c.body(null, 304, headers);
  return c.body(opts.body(), 200, { ...headers, 'Content-Type': opts.type });
}
