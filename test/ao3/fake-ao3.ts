import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the fake answers one path: a status, headers and a body, or a handler of its own. */
export type FakeRoute =
  | { status?: number; headers?: Record<string, string>; body?: string; delayMs?: number }
  | ((req: IncomingMessage, res: ServerResponse) => void);

/** An AO3 fixture page's HTML. */
export const ao3Fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/ao3/${name}`, import.meta.url), 'utf8');

/**
 * A fake AO3 on 127.0.0.1 (a free port): answers each path (with its query) from `routes`, 404 for the
 * rest, and records every request it gets, with its User-Agent and when it came.
 */
export async function startFakeAo3(routes: Record<string, FakeRoute>) {
  const requests: { path: string; userAgent: string; at: number }[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, userAgent: req.headers['user-agent'] ?? '', at: Date.now() });
    const route = routes[path];
    if (typeof route === 'function') return route(req, res);
    const answer = route ?? { status: 404, body: ao3Fixture('not-found.html') };
    const send = () => {
      res.writeHead(answer.status ?? 200, { 'Content-Type': 'text/html; charset=utf-8', ...answer.headers });
      res.end(answer.body ?? '');
    };
    if (answer.delayMs) setTimeout(send, answer.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    routes,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
