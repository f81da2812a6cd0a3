import { Hono } from 'hono';
import { PageHeader } from '../../views/components.tsx';
import { PrivateFeedSection } from '../../views/private-feed.tsx';
import { requireWriter } from '../auth/guards.ts';
import { type AppEnv, signedIn } from '../context.ts';
import { flash } from '../http/flash.ts';
import { writerProgress } from '../queries/collection.ts';
import { renewFeedSecret, revokeFeedSecret } from '../queries/feeds.ts';
import { redirectAfterPost, render } from '../render.tsx';

/** `/settings/feed`: make (or make anew) and revoke the writer's private calendar feed secret. */
export function privateFeedRoutes() {
  const app = new Hono<AppEnv>();

  app.post('/', requireWriter, async (c) => {
    const { db, baseUrl } = c.get('deps');
    const writer = signedIn(c);
    const body = await c.req.parseBody();
    if (body.intent === 'revoke') {
      revokeFeedSecret(db, writer.id);
      flash(c, 'Your private calendar feed was revoked: its addresses no longer work.');
      return redirectAfterPost(c, '/settings');
    }
    const secret = renewFeedSecret(db, writer.id);
    const origin = baseUrl ?? new URL(c.req.url).origin;
    const address = (slug: string) => `${origin}/events/${slug}/prompts.ics?key=${secret}`;
    const events = writerProgress(db, writer.id).map((p) => p.event);
    // Shown once, on this answer: only the secret's digest is kept.
    return render(c, {
      title: 'Your private calendar feed',
      body: (
        <>
          <PageHeader title="Your private calendar feed" lead="Copy an address now: it is shown this once." />
          {events.length === 0 ? <p>Join an event first: each event has its own address.</p> : null}
          <ul class="private-feeds">
            {events.map((e) => (
              <li>
                {e.name}: <a href={address(e.slug).replace(/^https?:/, 'webcal:')}>Subscribe</a> ·{' '}
                <code>{address(e.slug)}</code>
              </li>
            ))}
          </ul>
          <PrivateFeedSection active />
          <p>
            <a href="/settings">Back to Settings</a>
          </p>
        </>
      ),
    });
  });

  return app;
}
