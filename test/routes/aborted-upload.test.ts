import { connect } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signUp, testApp } from '../helpers.ts';
import { type Listening, listen } from './listen.ts';

let server: Listening | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

/** Sends the headers of a `length`-byte POST and a first part of its body, then drops the connection. */
async function abortUpload(port: number, path: string, type: string, headers: Record<string, string> = {}) {
  const socket = connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`);
  socket.write(
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${type}\r\nContent-Length: 1000000\r\n${extra.join('')}\r\n`,
  );
  socket.write(`text=${'a'.repeat(20_000)}`);
  await new Promise((resolve) => setTimeout(resolve, 50));
  socket.destroy();
}

describe('an upload the client aborts', () => {
  it('logs nothing: no stack trace, no line at all', async () => {
    const { app } = testApp();
    const cookie = await signUp(app, 'ann');
    const settled: Promise<unknown>[] = [];
    // Each request's answer, to wait for the server to be done with every aborted one.
    server = await listen({
      fetch: (request, env) => {
        const answer = Promise.resolve(app.fetch(request, env));
        settled.push(answer.catch(() => undefined));
        return answer;
      },
    });
    const logged = (['error', 'warn', 'info', 'log', 'debug'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(() => undefined),
    );
    const { port } = server;
    await abortUpload(port, '/pieces/word-count', 'application/x-www-form-urlencoded');
    await abortUpload(port, '/api/v1/word-count', 'application/json');
    await abortUpload(port, '/api/v1/pieces', 'application/json', { Authorization: 'Bearer pr_x' });
    await abortUpload(port, '/pieces', 'multipart/form-data; boundary=x', { Cookie: cookie });
    await abortUpload(port, '/pieces', 'application/x-www-form-urlencoded', { Cookie: cookie });
    await abortUpload(port, '/settings', 'text/plain', { Cookie: cookie });
    await vi.waitFor(() => expect(settled).toHaveLength(6));
    await Promise.all(settled);
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const spy of logged) expect(spy.mock.calls).toEqual([]);
    // The server still answers.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
