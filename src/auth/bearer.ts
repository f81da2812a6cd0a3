import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.ts';
import { apiError } from '../http/json.ts';
import { touchToken, writerByToken } from '../queries/tokens.ts';

/**
 * Guard for token routes, given on each route where it is declared (never as a path-wide `use`,
 * which would also guard other routers' public routes under the same prefix): the writer of
 * `Authorization: Bearer <token>` as `c.get('writer')`, or 401 with `WWW-Authenticate: Bearer`.
 */
export const bearerAuth: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { db, now } = c.get('deps');
  const token = /^Bearer +(\S+) *$/i.exec(c.req.header('Authorization') ?? '')?.[1];
  const found = token ? writerByToken(db, token) : undefined;
  if (!found) {
    c.header(
      'WWW-Authenticate',
      token ? 'Bearer realm="Promptly", error="invalid_token"' : 'Bearer realm="Promptly"',
    );
    return apiError(
      c,
      401,
      token
        ? 'That API token is not valid: mistyped, or revoked.'
        : 'Send an API token: Authorization: Bearer <token> (create one in your settings).',
    );
  }
  touchToken(db, found.tokenId, found.lastUsedAt, now().toJSDate());
  c.set('writer', found.writer);
  await next();
};
