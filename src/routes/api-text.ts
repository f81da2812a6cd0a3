import { type Context, Hono } from 'hono';
import type { Writer } from '../../db/schema.ts';
import type { Ao3Failure } from '../ao3/fetch.ts';
import { fetchListing, fetchWork } from '../ao3/fetch.ts';
import { bearerAuth } from '../auth/bearer.ts';
import { type AppEnv, parsePoolOf } from '../context.ts';
import type { Ao3ListedWork } from '../domain/ao3-listing.ts';
import { readAo3Link } from '../domain/ao3-url.ts';
import { textProblem } from '../domain/text-input.ts';
import { eventDays, resolvePrompts } from '../forms/piece-import.ts';
import { apiError, parseRefused, readJsonObject } from '../http/json.ts';

type Ctx = Context<AppEnv>;

/** `{ error }` with AO3's failure status (and Retry-After when the writer must wait). */
function failed(c: Ctx, failure: Ao3Failure) {
  if (failure.retryAfter) c.header('Retry-After', String(failure.retryAfter));
  return c.json({ error: failure.message }, failure.status);
}

/** The writer of the request's API token, or the 401 answer (fetching from AO3 counts against a writer). */
async function tokenWriter(c: Ctx): Promise<Writer | Response> {
  let writer: Writer | null = null;
  const refused = await bearerAuth(c, async () => {
    writer = c.get('writer');
  });
  return writer ?? (refused as Response);
}

/** Reads `{ text }` or `{ url }`; the answer to send instead when it is neither. */
async function textOrUrl(c: Ctx): Promise<{ text?: string; url?: string } | Response> {
  const body = await readJsonObject(c);
  if (!body.ok) return body.response;
  const { text, url, ...rest } = body.value;
  const unknown = Object.keys(rest)[0];
  if (unknown)
    return apiError(c, 422, `Unknown field “${unknown}”.`, { [unknown]: 'Send text or url only.' });
  if (url !== undefined) {
    if (typeof url !== 'string' || url.trim() === '' || text !== undefined)
      return apiError(c, 422, 'Send either text or url.', {
        url: 'url must be a non-empty string, without text.',
      });
    return { url };
  }
  if (typeof text !== 'string' || text.trim() === '')
    return apiError(c, 422, 'Send the page text to parse, or its url.', {
      text: 'text must be a non-empty string.',
    });
  const problem = textProblem(text, 'text', true);
  if (problem) return apiError(c, 422, problem, { text: problem });
  return { text };
}

/** A listed work with the event days it fills here. */
const withEvents = (c: Ctx, works: Ao3ListedWork[]) => {
  const { db } = c.get('deps');
  const daysOf = eventDays(db);
  return works.map((w) => ({ ...w, events: resolvePrompts(db, { ...w, notes: '' }, null, daysOf) }));
};

/** `/api/v1` text tools: AO3 word counts, and AO3 works and listings read (pasted, or fetched with a token).
 * Nothing sent is stored or logged. */
export function apiTextRoutes() {
  const app = new Hono<AppEnv>();

  app.post('/word-count', async (c) => {
    const body = await readJsonObject(c);
    if (!body.ok) return body.response;
    const { text, format = 'plain' } = body.value;
    if (typeof text !== 'string')
      return apiError(c, 422, 'Send the text to count.', { text: 'text must be a string.' });
    if (format !== 'plain' && format !== 'html')
      return apiError(c, 422, 'Unknown format.', { format: 'format must be "plain" or "html".' });
    const problem = textProblem(text, 'text', true);
    if (problem) return apiError(c, 422, problem, { text: problem });
    const counted = await parsePoolOf(c).run('words', text, format);
    if (!counted.ok) return parseRefused(c, counted);
    return c.json({ words: counted.value });
  });

  app.post('/pieces/parse', async (c) => {
    const input = await textOrUrl(c);
    if (input instanceof Response) return input;
    const { db, ao3 } = c.get('deps');
    if (input.text !== undefined) {
      const parsed = await parsePoolOf(c).run('ao3', input.text);
      if (!parsed.ok) return parseRefused(c, parsed);
      const read = parsed.value;
      if (!read.ok) return c.json({ error: read.errors.page }, 422);
      return c.json({ ...read.value, events: resolvePrompts(db, read.value, null) });
    }
    const link = readAo3Link(input.url!, ao3 ? [ao3.host] : []);
    if (!link) return apiError(c, 422, 'url is not a link.', { url: 'Send an AO3 work’s address.' });
    if (!link.ok) return apiError(c, 422, link.error, { url: link.error });
    if (link.value.kind !== 'work')
      return apiError(c, 422, 'That is a list of works: send it to /api/v1/pieces/parse-list.', {
        url: 'Not a work.',
      });
    if (!ao3) return apiError(c, 422, 'This instance does not fetch from AO3: send the page’s text instead.');
    const writer = await tokenWriter(c);
    if (writer instanceof Response) return writer;
    const fetched = await fetchWork(ao3, writer.id, link.value.workId, parsePoolOf(c));
    if (!fetched.ok) return failed(c, fetched.failure);
    return c.json({ ...fetched.value, events: resolvePrompts(db, fetched.value, null) });
  });

  app.post('/pieces/parse-list', async (c) => {
    const input = await textOrUrl(c);
    if (input instanceof Response) return input;
    const { ao3 } = c.get('deps');
    if (input.text !== undefined) {
      const parsed = await parsePoolOf(c).run('ao3Listing', input.text);
      if (!parsed.ok) return parseRefused(c, parsed);
      const read = parsed.value;
      if (!read.ok) return c.json({ error: read.errors.page }, 422);
      const { works, skipped, heading, page, pages } = read.value;
      return c.json({ heading, works: withEvents(c, works), skipped, pages: { page, found: pages } });
    }
    const link = readAo3Link(input.url!, ao3 ? [ao3.host] : []);
    if (!link)
      return apiError(c, 422, 'url is not a link.', { url: 'Send the address of an AO3 list of works.' });
    if (!link.ok) return apiError(c, 422, link.error, { url: link.error });
    if (link.value.kind !== 'listing')
      return apiError(c, 422, 'That is one work: send it to /api/v1/pieces/parse.', { url: 'Not a list.' });
    if (!ao3) return apiError(c, 422, 'This instance does not fetch from AO3: send the list’s HTML instead.');
    const writer = await tokenWriter(c);
    if (writer instanceof Response) return writer;
    const out = await fetchListing(ao3, writer.id, link.value.path, () => {}, c.req.raw.signal);
    if (!out.ok) return failed(c, out.failure);
    const { works, skipped, heading, pagesFetched, pagesFound, pagesLeft } = out.value;
    return c.json({
      heading,
      works: withEvents(c, works),
      skipped,
      pages: { fetched: pagesFetched, found: pagesFound + pagesLeft },
    });
  });

  return app;
}
