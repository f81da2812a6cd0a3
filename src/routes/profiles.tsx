import { Hono } from 'hono';
import { ProfilePage, ProfilePieces } from '../../views/profiles.tsx';
import { type AppEnv, avoidOf, writerOf } from '../context.ts';
import { visitorPageCache } from '../page-cache.ts';
import { postedPieces, writerProgress } from '../queries/collection.ts';
import { findWriterByUsername } from '../queries/writers.ts';
import { render } from '../render.tsx';

const PER_PAGE = 20;

/** `/@username`: a writer's public profile (their own private one is shown only to them). */
export function profileRoutes() {
  const app = new Hono<AppEnv>();

  // Hono params are whole path segments, so `/@:username` cannot be written; match `@name` instead.
  app.get(
    '/:handle{@[A-Za-z0-9_-]+}',
    visitorPageCache((c) => [{ username: (c.req.param('handle') ?? '').slice(1) }, { events: true }]),
    (c) => {
      const { db } = c.get('deps');
      const writer = findWriterByUsername(db, (c.req.param('handle') ?? '').slice(1));
      const own = writer !== undefined && writerOf(c)?.id === writer.id;
      if (!writer || !(writer.profilePublic || own)) return c.notFound();
      const page = Math.min(Math.max(1, Number.parseInt(c.req.query('page') ?? '1', 10) || 1), 100_000);
      const pieces = postedPieces(db, writer.id, page, PER_PAGE);
      const props = {
        writer: { username: writer.username, displayName: writer.displayName },
        ...pieces,
        page,
        perPage: PER_PAGE,
        avoid: avoidOf(c),
      };
      return render(c, {
        title: writer.displayName,
        feeds: writer.profilePublic
          ? [{ title: `${writer.displayName}’s pieces`, href: `/@${writer.username}.atom` }]
          : [],
        body: (
          <ProfilePage
            {...props}
            progress={writerProgress(db, writer.id)}
            preview={own && !writer.profilePublic}
          />
        ),
        fragment: <ProfilePieces {...props} />,
      });
    },
  );

  return app;
}
