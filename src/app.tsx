import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { sqliteOf } from '../db/client.ts';
import { databaseHealth } from '../db/health.ts';
import { ErrorPage, NotFoundPage } from '../views/errors.tsx';
import { sameOriginOnly } from './auth/csrf.ts';
import { formLimitsOnly } from './auth/form-limits.ts';
import { securityHeaders } from './auth/headers.ts';
import { loadSession } from './auth/session.ts';
import { utf8BodiesOnly } from './auth/utf8.ts';
import type { AppEnv, Deps } from './context.ts';
import { isClientAbort } from './http/abort.ts';
import { createParsePool } from './parse-pool.ts';
import { render } from './render.tsx';
import { apiBingoRoutes } from './routes/api-bingo.ts';
import { apiEventRoutes } from './routes/api-events.ts';
import { apiImportRoutes } from './routes/api-import.ts';
import { apiMeRoutes } from './routes/api-me.ts';
import { apiPieceRoutes } from './routes/api-pieces.ts';
import { apiTextRoutes } from './routes/api-text.ts';
import { authRoutes } from './routes/auth.tsx';
import { bingoRoutes } from './routes/bingo.tsx';
import { bingoCardSvgRoutes } from './routes/bingo-card-svg.ts';
import { bingoEditorRoutes } from './routes/bingo-editor.tsx';
import { cardRoutes } from './routes/cards.tsx';
import { collectionRoutes } from './routes/collections.tsx';
import { eventEditorRoutes } from './routes/event-editor.tsx';
import { eventFeedRoutes } from './routes/event-feed.ts';
import { eventListingRoutes } from './routes/event-listing.tsx';
import { eventRoutes } from './routes/events.tsx';
import { exportRoutes } from './routes/export.ts';
import { feedRoutes } from './routes/feeds.ts';
import { goalRoutes } from './routes/goals.tsx';
import { homeRoutes } from './routes/home.tsx';
import { importRoutes } from './routes/imports.tsx';
import { masterpostRoutes } from './routes/masterpost.tsx';
import { memberRoutes } from './routes/members.tsx';
import { pieceRoutes } from './routes/pieces.tsx';
import { privateFeedRoutes } from './routes/private-feed.tsx';
import { profileRoutes } from './routes/profiles.tsx';
import { settingsRoutes } from './routes/settings.tsx';
import { squickRoutes } from './routes/squick.tsx';
import { statsRoutes } from './routes/stats.tsx';
import { tokenRoutes } from './routes/tokens.tsx';
import { wordLogRoutes } from './routes/word-logs.tsx';

/** Largest request body accepted (a pasted story fits; a runaway upload does not). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

const PUBLIC_ROOT = relative(process.cwd(), fileURLToPath(new URL('../public', import.meta.url))) || '.';

/** Builds the Hono app from its dependencies; does nothing on import. */
export function createApp(given: Deps) {
  const deps: Deps = { ...given, parse: given.parse ?? createParsePool() };
  const app = new Hono<AppEnv>();

  app.use(securityHeaders);
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
  // The load balancer's question, asked often: the database is checked at most once a second.
  const health = deps.health ?? databaseHealth(sqliteOf(deps.db));
  app.get('/healthz', (c) => {
    const problem = health.problem();
    return problem ? c.text(`unhealthy: ${problem}`, 503) : c.text('ok');
  });

  app.use(async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use(loadSession);
  app.use(
    sameOriginOnly((c) =>
      c.req.path.startsWith('/api/')
        ? c.json({ error: 'Cross-site requests are not accepted.' }, 403)
        : render(c, {
            title: 'Refused',
            body: (
              <ErrorPage
                title="That form came from another site"
                message="Promptly only accepts forms sent from its own pages. Nothing was changed."
              />
            ),
            status: 403,
          }),
    ),
  );
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) =>
      c.req.path.startsWith('/api/')
        ? c.json({ error: 'The request body is too large (over 5 MB).' }, 413)
        : render(c, {
            title: 'Too large',
            body: (
              <ErrorPage title="That was too large" message="The request is over 5 MB. Nothing was saved." />
            ),
            status: 413,
          }),
  });
  // GET and HEAD have no body; asking for one builds a whole Request object on every page view.
  app.use((c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)));
  app.use(
    utf8BodiesOnly((c) =>
      c.req.path.startsWith('/api/')
        ? c.json({ error: 'The request body is not valid UTF-8.' }, 400)
        : render(c, {
            title: 'Bad request',
            body: (
              <ErrorPage
                title="That request could not be read"
                message="Its text is not valid UTF-8. Nothing was saved."
              />
            ),
            status: 400,
          }),
    ),
  );
  app.use(
    formLimitsOnly((c, message) =>
      c.req.path.startsWith('/api/')
        ? c.json({ error: message }, 413)
        : render(c, {
            title: 'Too large',
            body: <ErrorPage title="That form was too large" message={message} />,
            status: 413,
          }),
    ),
  );

  app.route('/', homeRoutes());
  app.route('/', authRoutes());
  // The feeds before the profiles and events: `/@name.atom`, `/events.atom`.
  app.route('/', feedRoutes());
  // A bingo event's card first (it passes a daily event on to the progress card).
  app.route('/', bingoCardSvgRoutes());
  app.route('/', cardRoutes());
  app.route('/', profileRoutes());
  app.route('/settings', settingsRoutes());
  app.route('/settings/tokens', tokenRoutes());
  app.route('/settings/squick', squickRoutes());
  app.route('/settings/feed', privateFeedRoutes());
  app.route('/settings', exportRoutes());
  app.route('/stats', statsRoutes());
  app.route('/stats', wordLogRoutes());
  // The editor's /events/new before the event pages' /events/:slug.
  app.route('/events', eventEditorRoutes());
  app.route('/events', bingoEditorRoutes());
  // Bingo events' pages before the daily ones; each passes a daily event on.
  app.route('/events', bingoRoutes());
  app.route('/events', eventListingRoutes());
  app.route('/events', eventFeedRoutes());
  app.route('/events', eventRoutes());
  app.route('/events', collectionRoutes());
  app.route('/events', memberRoutes());
  app.route('/events', goalRoutes());
  app.route('/events', masterpostRoutes());
  app.route('/pieces/import', importRoutes());
  app.route('/pieces', pieceRoutes());
  // Each API router guards its own token routes, route by route: the order here does not matter.
  app.route('/api/v1', apiTextRoutes());
  app.route('/api/v1', apiEventRoutes());
  app.route('/api/v1', apiMeRoutes());
  app.route('/api/v1', apiImportRoutes());
  app.route('/api/v1', apiPieceRoutes());
  app.route('/api/v1', apiBingoRoutes());

  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? c.json({ error: 'Not found.' }, 404)
      : render(c, { title: 'Not found', body: <NotFoundPage />, status: 404 }),
  );
  app.onError((err, c) => {
    // Not logged: one line per dropped upload would be logging per request, which the server never does.
    if (isClientAbort(err)) return c.body(null, 400);
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
    health.notice(err);
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
