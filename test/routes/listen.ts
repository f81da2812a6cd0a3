import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

/** A real HTTP server on 127.0.0.1 (a free port) serving `app`, as `npm start` serves it. */
export type Listening = { url: string; port: number; close: () => Promise<void> };

/** Anything with a fetch handler, as Hono apps have. */
// biome-ignore lint/suspicious/noExplicitAny: @hono/node-server passes its own bindings.
type Fetcher = { fetch: (request: Request, env: any) => Response | Promise<Response> };

/** Serves `app` on 127.0.0.1 through @hono/node-server, once listening. */
export function listen(app: Fetcher): Promise<Listening> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
