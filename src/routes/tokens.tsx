import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.ts';
import { PageHeader } from '../../views/components.tsx';
import { TokensSection, type TokensSectionProps } from '../../views/tokens.tsx';
import { requireWriter } from '../auth/guards.ts';
import { type AppEnv, signedIn } from '../context.ts';
import { tokenNameError } from '../domain/api-token.ts';
import { createToken, listTokens, revokeToken } from '../queries/tokens.ts';
import { redirectAfterPost, render, wantsFragment } from '../render.tsx';

type Ctx = Context<AppEnv>;

/** The settings page's API tokens section for `writerId`, loaded from the database. */
export function tokensSection(db: Db, writerId: number, extra: Omit<TokensSectionProps, 'tokens'> = {}) {
  return <TokensSection tokens={listTokens(db, writerId)} {...extra} />;
}

/** The section as its own page (without htmx), or alone for htmx. */
function showSection(c: Ctx, extra: Omit<TokensSectionProps, 'tokens'>, status: 200 | 422 = 200) {
  const section = tokensSection(c.get('deps').db, signedIn(c).id, extra);
  return render(c, {
    title: 'API tokens',
    body: (
      <>
        <PageHeader title="API tokens" lead={<a href="/settings">Back to your settings</a>} />
        {section}
      </>
    ),
    fragment: section,
    status,
  });
}

/** `/settings/tokens`: the signed-in writer creates and revokes API tokens. */
export function tokenRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', requireWriter, (c) => showSection(c, {}));

  app.post('/', requireWriter, async (c) => {
    const body = await c.req.parseBody();
    const typed = typeof body.token_name === 'string' ? body.token_name : '';
    const name = typed.trim();
    const error = tokenNameError(name);
    if (error) return showSection(c, { name: typed, error }, 422);
    const { token } = createToken(c.get('deps').db, signedIn(c).id, name);
    // The page holds the only copy of the token: keep it out of every cache.
    c.header('Cache-Control', 'no-store');
    return showSection(c, { created: { name, token } });
  });

  app.post('/:id{[0-9]+}/revoke', requireWriter, (c) => {
    const id = Number(c.req.param('id'));
    if (!Number.isSafeInteger(id) || !revokeToken(c.get('deps').db, signedIn(c).id, id)) return c.notFound();
    if (wantsFragment(c)) return showSection(c, {});
    return redirectAfterPost(c, '/settings#tokens');
  });

  return app;
}
