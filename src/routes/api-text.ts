import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { countWords } from '../domain/word-count.ts';
import { apiError, readJsonObject } from '../http/json.ts';

/** `/api/v1/word-count`: AO3 word counts. Nothing sent is stored or logged. */
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

  return app;
}
