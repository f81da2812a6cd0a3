import { readdirSync, readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { memoryDatabase } from '../../db/client.ts';
import { loadSession } from '../../src/auth/session.ts';
import type { AppEnv } from '../../src/context.ts';
import { seedDemo } from '../../src/demo.ts';
import { TEST_NOW } from '../helpers.ts';

const ROUTES = new URL('../../src/routes/', import.meta.url);

/** Every /api/v1 route factory: each `api…Routes` exported by a src/routes/api-*.ts file, by name. */
const factories: [string, () => Hono<AppEnv>][] = [];
for (const file of readdirSync(ROUTES)
  .filter((f) => /^api-.*\.tsx?$/.test(f))
  .sort()) {
  const module = (await import(new URL(file, ROUTES).href)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(module))
    if (/^api\w+Routes$/.test(name)) factories.push([name, value as () => Hono<AppEnv>]);
}

/** The routes anyone may call without a token: reading events, parsing and counting. */
const PUBLIC = new Set([
  'GET /events',
  'GET /events/:slug',
  'POST /prompt-lists/parse',
  'POST /word-count',
  'POST /pieces/parse',
  'POST /pieces/parse-list',
]);

/** Each order in which `items` can be listed. */
function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** The API routers mounted at /api/v1 in `order`, behind the app's deps and session middleware. */
const { db } = memoryDatabase();
seedDemo(db, TEST_NOW);

function apiApp(order: [string, () => Hono<AppEnv>][]) {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('deps', { db, now: () => TEST_NOW });
    await next();
  });
  app.use(loadSession);
  for (const [, routes] of order) app.route('/api/v1', routes());
  return app;
}

/** A route's path with its parameters filled in (`:id` → 1, `:slug` → the demo event). */
const concrete = (path: string) =>
  path.replace(/:slug\b/g, 'promptober-demo').replace(/:id(\{[^}]*\})?/g, '1');

/** Every method and path the routers declare, without middleware-only entries. */
function declaredRoutes(): { method: string; path: string; key: string }[] {
  const seen = new Map<string, { method: string; path: string; key: string }>();
  for (const [, routes] of factories)
    for (const r of routes().routes) {
      if (r.method === 'ALL') continue;
      const path = r.path.replace(/\{[^}]*\}/g, '');
      seen.set(`${r.method} ${r.path}`, { method: r.method, path: r.path, key: `${r.method} ${path}` });
    }
  return [...seen.values()];
}

async function ask(app: Hono<AppEnv>, method: string, path: string) {
  const res = await app.request(`/api/v1${concrete(path)}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: method === 'GET' || method === 'HEAD' ? undefined : JSON.stringify({ text: 'Fandom: X' }),
  });
  return res.status;
}

describe('API guards', () => {
  it('no router in src/routes guards by path with `use`, which would reach the routes of routers mounted beside it', () => {
    for (const file of readdirSync(ROUTES)) {
      const source = readFileSync(new URL(file, ROUTES), 'utf8');
      expect(source, file).not.toMatch(/\.use\(/);
    }
  });

  it('finds the API routers and their routes', () => {
    expect(factories.length).toBeGreaterThanOrEqual(4);
    const keys = declaredRoutes().map((r) => r.key);
    for (const key of PUBLIC) expect(keys).toContain(key);
    expect(keys).toContain('POST /pieces');
    expect(keys).toContain('POST /me/import');
  });

  it('each router guards its own token routes: alone, every route but the public ones answers 401 without a token', async () => {
    for (const factory of factories) {
      const app = apiApp([factory]);
      for (const route of factory[1]().routes) {
        if (route.method === 'ALL') continue;
        const key = `${route.method} ${route.path.replace(/\{[^}]*\}/g, '')}`;
        const status = await ask(app, route.method, route.path);
        if (PUBLIC.has(key)) expect(status, key).not.toBe(401);
        else expect(status, key).toBe(401);
      }
    }
  });

  it('whatever order the routers are mounted in, public routes stay public and token routes stay guarded', async () => {
    const routes = declaredRoutes();
    for (const order of permutations(factories)) {
      const app = apiApp(order);
      const names = order.map(([name]) => name).join(', ');
      for (const { method, path, key } of routes) {
        const status = await ask(app, method, path);
        if (PUBLIC.has(key)) expect(status, `${key} mounted as ${names}`).not.toBe(401);
        else expect(status, `${key} mounted as ${names}`).toBe(401);
      }
    }
  });
});
