import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { parseAo3 } from '../domain/ao3-import.ts';
import { countWords } from '../domain/word-count.ts';
import { resolvePrompts } from '../forms/piece-import.ts';
import { apiError, readJsonObject } from '../http/json.ts';

/** `/api/v1` text tools: AO3 word counts and AO3 work-page parsing. Nothing sent is stored or logged. */
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
    return c.json({ words: countWords(text, format) });
  });

  app.post('/pieces/parse', async (c) => {
    const body = await readJsonObject(c);
    if (!body.ok) return body.response;
    const { text } = body.value;
    if (typeof text !== 'string' || text.trim() === '')
      return apiError(c, 422, 'Send the page text to parse.', { text: 'text must be a non-empty string.' });
    const parsed = parseAo3(text);
    const events = resolvePrompts(c.get('deps').db, parsed, null);
    return c.json({ ...parsed, events });
  });

  return app;
}
