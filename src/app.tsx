import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { writers } from '../db/schema.ts';
import { ErrorPage, NotFoundPage } from '../views/errors.tsx';
import type { AppEnv, Deps } from './context.ts';
import { ensureLocalWriter } from './demo.ts';
import { render } from './render.tsx';
import { eventRoutes } from './routes/events.tsx';
import { homeRoutes } from './routes/home.tsx';
import { pieceRoutes } from './routes/pieces.tsx';

/** Largest request body accepted (a pasted story fits; a runaway upload does not). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

const PUBLIC_ROOT = relative(process.cwd(), fileURLToPath(new URL('../public', import.meta.url))) || '.';

/** Builds the Hono app from its dependencies; does nothing on import. */
export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  const localWriterId = ensureLocalWriter(deps.db);

  app.use(
    '/public/*',
    serveStatic({
      root: PUBLIC_ROOT,
      rewriteRequestPath: (path) => path.replace(/^\/public/, ''),
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=3600');
      },
    }),
  );
  app.get('/healthz', (c) => c.text('ok'));

  app.use(async (c, next) => {
    const writer = deps.db
      .select({ timeZone: writers.timeZone, weekStart: writers.weekStart })
      .from(writers)
      .where(eq(writers.id, localWriterId))
      .get();
    c.set('deps', deps);
    c.set('writerId', localWriterId);
    c.set('writerZone', writer?.timeZone ?? 'UTC');
    c.set('weekStart', writer?.weekStart ?? 1);
    await next();
  });
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        c.req.path.startsWith('/api/')
          ? c.json({ error: 'The request body is too large (over 5 MB).' }, 413)
          : render(c, {
              title: 'Too large',
              body: (
                <ErrorPage
                  title="That was too large"
                  message="The request is over 5 MB. Nothing was saved."
                />
              ),
              status: 413,
            }),
    }),
  );

  app.route('/', homeRoutes());
  app.route('/events', eventRoutes());
  app.route('/pieces', pieceRoutes());

  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? c.json({ error: 'Not found.' }, 404)
      : render(c, { title: 'Not found', body: <NotFoundPage />, status: 404 }),
  );
  app.onError((err, c) => {
    const api = c.req.path.startsWith('/api/');
    if (err instanceof HTTPException && err.status < 500) {
      if (api) return c.json({ error: err.message || 'Bad request.' }, err.status);
      return render(c, {
        title: 'Bad request',
        body: (
          <ErrorPage title="That request could not be read" message={err.message || 'Nothing was saved.'} />
        ),
        status: err.status,
      });
    }
    console.error(err);
    if (api) return c.json({ error: 'Something went wrong on the server; it was logged.' }, 500);
    return render(c, {
      title: 'Something went wrong',
      body: (
        <ErrorPage title="Something went wrong" message="The error was logged. Nothing was half-saved." />
      ),
      status: 500,
    });
  });
  return app;
}
