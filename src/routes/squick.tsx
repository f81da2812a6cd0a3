import { type Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { Writer } from '../../db/schema.ts';
import { PageHeader } from '../../views/components.tsx';
import { SquickSection } from '../../views/squick-settings.tsx';
import { requireWriter } from '../auth/guards.ts';
import { type AppEnv, signedIn } from '../context.ts';
import { validateSquickList } from '../domain/squick.ts';
import { setSquickWords } from '../queries/writers.ts';
import { redirectAfterPost, render, wantsFragment } from '../render.tsx';

/** The settings page's "Prompts to hide" section for `writer` (`saved`: say the list was saved). */
export function squickSection(writer: Writer, saved = false) {
  const count = writer.squickWords === '' ? 0 : writer.squickWords.split('\n').length;
  return <SquickSection text={writer.squickWords} saved={saved ? count : undefined} />;
}

/** The section as its own page (without htmx, after a refused list), or alone for htmx. */
function showSection(c: Context<AppEnv>, section: Child, status: 200 | 422) {
  return render(c, {
    title: 'Prompts to hide',
    body: (
      <>
        <PageHeader title="Prompts to hide" lead={<a href="/settings">Back to your settings</a>} />
        {section}
      </>
    ),
    fragment: section,
    status,
  });
}

/** `/settings/squick`: the signed-in writer's list of words and phrases whose prompts are blurred. */
export function squickRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', requireWriter, (c) => showSection(c, squickSection(signedIn(c)), 200));

  app.post('/', requireWriter, async (c) => {
    const body = await c.req.parseBody();
    const typed = typeof body.squick_words === 'string' ? body.squick_words : '';
    const checked = validateSquickList(typed);
    if (!checked.ok)
      return showSection(c, <SquickSection text={typed} error={checked.errors.squick_words} />, 422);
    setSquickWords(c.get('deps').db, signedIn(c).id, checked.value);
    if (wantsFragment(c))
      return render(c, {
        title: 'Prompts to hide',
        body: <SquickSection text={checked.value.join('\n')} saved={checked.value.length} />,
      });
    return redirectAfterPost(c, '/settings?saved=squick#squick');
  });

  return app;
}
