import type { Db } from '../../db/client.ts';
import { dbPacer, type Pacer, pacer } from './pacer.ts';

/** How Promptly talks to AO3: where, how patiently, how much it reads and how often it asks. */
export type Ao3ClientOptions = {
  /** Where AO3 is (`PROMPTLY_AO3_URL`): `https://archiveofourown.org`, or a test's fake. */
  baseUrl: string;
  /** This instance's address, named in the User-Agent so AO3 knows who asks. */
  instanceUrl?: string;
  timeoutMs?: number;
  maxBytes?: number;
  /** Fetches per writer in `writerWindowMs`, and the least time between any two fetches. */
  writerLimit?: number;
  writerWindowMs?: number;
  spacingMs?: number;
  /** How long a fetch a writer waits for may queue for its turn before it is refused. */
  maxWaitMs?: number;
  cacheMs?: number;
  now?: () => number;
  /** Where the turns are counted, shared by every process of the server; without one, in this process. */
  db?: Db;
};

/** Why a fetch failed, with the message to show. */
export type FetchFailure = {
  ok: false;
  reason: 'busy' | 'timeout' | 'too-large' | 'redirect' | 'refused' | 'network' | 'status';
  status?: number;
  message: string;
  /** Seconds until the writer may fetch again (for `busy`). */
  retryAfter?: number;
};

/** A page AO3 answered with (any status but a redirect), or why there is none. */
export type FetchResult = { ok: true; status: number; html: string; path: string } | FetchFailure;

/** The one way Promptly reaches AO3. */
export type Ao3Client = {
  /** The host links are read against (the configured AO3's, when it is not archiveofourown.org). */
  host: string;
  /** Fetches `path` for `writer`, waiting its turn (`wait`: as long as it takes; else at most maxWaitMs). */
  fetchPage(
    path: string,
    writer: number,
    opts?: { wait?: boolean; signal?: AbortSignal },
  ): Promise<FetchResult>;
};

const MB = 1024 * 1024;

/** Builds the client: one pacer for the whole instance, a small cache of recent pages. */
export function createAo3Client(options: Ao3ClientOptions): Ao3Client {
  const o = {
    timeoutMs: 10_000,
    maxBytes: 5 * MB,
    writerLimit: 10,
    writerWindowMs: 60_000,
    spacingMs: 1000,
    maxWaitMs: 5000,
    cacheMs: 10 * 60_000,
    now: () => Date.now(),
    ...options,
  };
  const base = new URL(o.baseUrl);
  const userAgent = `Promptly/1.0 (writing-challenge tracker${o.instanceUrl ? `; +${o.instanceUrl}` : ''})`;
  const turns: Pacer = o.db ? dbPacer(o.db, o) : pacer(o);
  const cache = new Map<string, { at: number; result: FetchResult & { ok: true } }>();
  const inFlight = new Map<string, Promise<FetchResult>>();

  const cached = (path: string) => {
    const hit = cache.get(path);
    if (hit && o.now() - hit.at < o.cacheMs) return hit.result;
    cache.delete(path);
    return undefined;
  };
  const remember = (path: string, result: FetchResult) => {
    if (!result.ok || result.status !== 200) return;
    cache.set(path, { at: o.now(), result });
    // The oldest entries go first; 40 pages of at most 5 MB is the cache's most.
    while (cache.size > 40) cache.delete(cache.keys().next().value!);
  };

  return {
    host: base.host,
    async fetchPage(path, writer, opts = {}) {
      const hit = cached(path);
      if (hit) return hit;
      const running = inFlight.get(path);
      if (running) return running;
      // Reserved now, synchronously: requests arriving together each get their own turn or a refusal.
      const turn = turns.reserve(writer, opts.wait ?? false);
      if (!turn.ok)
        return {
          ok: false,
          reason: 'busy',
          retryAfter: Math.ceil(turn.retryAfterMs / 1000),
          message: `Promptly fetches at most ${o.writerLimit} pages from AO3 a minute for you; try again in ${Math.ceil(turn.retryAfterMs / 1000)} s.`,
        };
      const work = (async () => {
        await turn.ready(opts.signal);
        const result = await download(base, path, userAgent, o, opts.signal);
        remember(path, result);
        return result;
      })();
      inFlight.set(path, work);
      try {
        return await work;
      } finally {
        inFlight.delete(path);
      }
    },
  };
}

/** One GET, following redirects on AO3's own host only, within the time and size limits. */
async function download(
  base: URL,
  path: string,
  userAgent: string,
  o: { timeoutMs: number; maxBytes: number },
  signal?: AbortSignal,
): Promise<FetchResult> {
  const timeout = AbortSignal.timeout(o.timeoutMs);
  const abort = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let url = new URL(path, base);
  try {
    for (let hops = 0; hops < 5; hops++) {
      const res = await fetch(url, {
        redirect: 'manual',
        signal: abort,
        headers: { 'User-Agent': userAgent, Accept: 'text/html' },
      });
      const location = res.headers.get('Location');
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel();
        const next = new URL(location, url);
        if (next.host !== base.host || next.protocol !== base.protocol)
          return failure(
            'redirect',
            `AO3 sent Promptly to another site (${next.host}); it was not followed.`,
          );
        url = next;
        continue;
      }
      if (res.headers.get('cf-mitigated') === 'challenge') {
        await res.body?.cancel();
        return failure(
          'refused',
          'AO3 answered with a check for robots (Cloudflare) instead of the page.',
          res.status,
        );
      }
      const html = await readCapped(res, o.maxBytes);
      if (html === null) return failure('too-large', `AO3’s page is larger than ${o.maxBytes / MB} MB.`);
      return { ok: true, status: res.status, html, path: url.pathname + url.search };
    }
    return failure('redirect', 'AO3 sent Promptly round in circles (too many redirects).');
  } catch (err) {
    if (timeout.aborted) return failure('timeout', `AO3 did not answer within ${o.timeoutMs / 1000} s.`);
    if (signal?.aborted) return failure('network', 'The fetch was cancelled.');
    return failure('network', `AO3 could not be reached (${(err as Error).message}).`);
  }
}

const failure = (reason: FetchFailure['reason'], message: string, status?: number): FetchFailure => ({
  ok: false,
  reason,
  message,
  ...(status ? { status } : {}),
});

/** The body as UTF-8 text, or null once it passes `max` bytes (the rest is not read). */
async function readCapped(res: Response, max: number): Promise<string | null> {
  const declared = Number(res.headers.get('Content-Length') ?? '0');
  if (declared > max) {
    await res.body?.cancel();
    return null;
  }
  if (!res.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
