import { Worker } from 'node:worker_threads';
import { PARSE_JOBS, type ParseJob } from './parse-jobs.ts';

type Args<J extends ParseJob> = Parameters<(typeof PARSE_JOBS)[J]>;
type Value<J extends ParseJob> = ReturnType<(typeof PARSE_JOBS)[J]>;

/** A parse's outcome: its value, or why it was not run to the end (503: the queue is full; 422: too slow). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; status: 422 | 503; error: string };

/** Runs the text parsers so that a long text never holds the event loop (and so every other request). */
export type ParsePool = {
  run<J extends ParseJob>(job: J, ...args: Args<J>): Promise<Parsed<Value<J>>>;
  /** Stops the worker thread; later jobs start another. */
  close(): Promise<void>;
};

/** How the pool runs: texts shorter than `inlineBelow` characters are parsed in place (a thread's round trip costs more). */
export type ParsePoolOptions = { inlineBelow?: number; timeoutMs?: number; maxQueued?: number };

type Pending = { id: number; job: ParseJob; args: unknown[]; resolve: (outcome: Parsed<unknown>) => void };

const WORKER = new URL('./parse-worker.mjs', import.meta.url);
const STARTUP_MS = 30_000;

/**
 * A pool of one worker thread, started at the first long text: jobs wait their turn in a queue
 * of `maxQueued` (past it: 503), and one that runs past `timeoutMs` is stopped with its thread
 * (422). On two cores, one thread parses while the main thread goes on serving.
 */
export function createParsePool(options: ParsePoolOptions = {}): ParsePool {
  const { inlineBelow = 32_000, timeoutMs = 10_000, maxQueued = 8 } = options;
  const queue: Pending[] = [];
  let worker: Worker | undefined;
  // A thread takes a moment to load the parsers: a job's time starts once its thread is ready.
  let ready = false;
  let current: { pending: Pending; timer?: NodeJS.Timeout } | undefined;
  let nextId = 0;

  const finish = (outcome: Parsed<unknown>) => {
    if (!current) return;
    clearTimeout(current.timer);
    worker?.unref(); // idle, it keeps no process alive
    current.pending.resolve(outcome);
    current = undefined;
    pump();
  };

  // Until its thread is ready a job may wait longer (a cold start on a loaded machine), never forever.
  const arm = (ms: number) => {
    if (!current) return;
    clearTimeout(current.timer);
    current.timer = setTimeout(() => {
      // Stopped, not waited for: its thread is dropped and the next job starts a fresh one.
      void worker?.terminate();
      worker = undefined;
      const seconds = Math.round(timeoutMs / 1000);
      finish({ ok: false, status: 422, error: `The text took too long to read (over ${seconds} s).` });
    }, ms);
  };

  const start = (): Worker => {
    // Its own heap, capped: a parse that runs out of memory loses its thread, not the server.
    const thread = new Worker(WORKER, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: 512 } });
    ready = false;
    thread.unref();
    thread.on('message', (m: { id?: number; value?: unknown; error?: string; ready?: true }) => {
      if (m.ready && worker === thread) {
        ready = true;
        arm(timeoutMs);
        return;
      }
      if (m.id === undefined || m.id !== current?.pending.id) return;
      if (m.error !== undefined) finish({ ok: false, status: 422, error: 'The text could not be read.' });
      else finish({ ok: true, value: m.value });
    });
    thread.on('error', (err) => {
      if (worker !== thread) return;
      console.error(err);
      worker = undefined;
      finish({ ok: false, status: 422, error: 'The text could not be read.' });
    });
    thread.on('exit', () => {
      if (worker !== thread) return; // stopped on purpose
      worker = undefined;
      finish({ ok: false, status: 422, error: 'The text could not be read.' });
    });
    return thread;
  };

  const pump = () => {
    if (current) return;
    const pending = queue.shift();
    if (!pending) return;
    worker ??= start();
    current = { pending };
    arm(ready ? timeoutMs : timeoutMs + STARTUP_MS);
    worker.ref();
    worker.postMessage({ id: pending.id, job: pending.job, args: pending.args });
  };

  return {
    run<J extends ParseJob>(job: J, ...args: Args<J>): Promise<Parsed<Value<J>>> {
      const text = args[0] as string;
      if (text.length < inlineBelow) {
        const parse = PARSE_JOBS[job] as unknown as (...a: Args<J>) => Value<J>;
        return Promise.resolve({ ok: true, value: parse(...args) });
      }
      if (queue.length >= maxQueued)
        return Promise.resolve({
          ok: false,
          status: 503,
          error: 'Promptly is reading other long texts; send this one again in a moment.',
        });
      return new Promise((resolve) => {
        queue.push({ id: nextId++, job, args, resolve: resolve as Pending['resolve'] });
        pump();
      });
    },
    async close() {
      const thread = worker;
      worker = undefined;
      await thread?.terminate();
    },
  };
}
