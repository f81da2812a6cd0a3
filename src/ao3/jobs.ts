import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { cancelImport, findImport, type ImportRow, saveImport, startImport } from '../queries/ao3-imports.ts';
import type { Ao3Client } from './client.ts';
import { type Ao3Failure, fetchListing, type ListingProgress } from './fetch.ts';

/** A listing being fetched in the background for one writer, and what it has found so far. */
export type ListingJob = ListingProgress & {
  id: string;
  writer: number;
  path: string;
  event: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  failure?: Ao3Failure;
};

/** The listing imports: started by a writer, read and cancelled by them alone, from any of the server's
 * processes (the state lives in the database; the process that started one fetches its pages). */
export type ListingJobs = {
  start(writer: number, path: string, event: string): ListingJob;
  get(id: string, writer: number): ListingJob | undefined;
  cancel(id: string, writer: number): ListingJob | undefined;
  /** Resolves when a job this process runs has stopped (for tests). */
  settled(id: string): Promise<void>;
};

// A running import that has not told the database it is alive for this long stopped (a restart).
const STALE_MS = 2 * 60_000;
const HEARTBEAT_MS = 1000;

const EMPTY: ListingProgress = {
  heading: '',
  pagesFound: 1,
  pagesFetched: 0,
  pagesLeft: 0,
  works: [],
  skipped: [],
};

function jobOf(row: ImportRow, now: number): ListingJob {
  const saved = JSON.parse(row.progress) as ListingProgress & { failure?: Ao3Failure };
  const job: ListingJob = {
    ...saved,
    id: row.id,
    writer: row.writerId,
    path: row.path,
    event: row.event,
    state: row.state,
  };
  if (job.state === 'running' && now - row.updatedAt > STALE_MS) {
    job.state = 'failed';
    job.failure = { status: 502, message: 'Reading the list stopped (the server restarted).' };
  }
  return job;
}

const stores = new WeakMap<Ao3Client, ListingJobs>();

/** The listing imports fetched by `client`, kept in `db`. */
export function jobsOf(client: Ao3Client, db: Db): ListingJobs {
  let store = stores.get(client);
  if (!store) {
    store = createJobs(client, db);
    stores.set(client, store);
  }
  return store;
}

function createJobs(client: Ao3Client, db: Db): ListingJobs {
  const running = new Map<string, Promise<void>>();
  const get = (id: string, writer: number) => {
    const row = findImport(db, id, writer);
    return row ? jobOf(row, Date.now()) : undefined;
  };
  return {
    start(writer, path, event) {
      const id = randomBytes(12).toString('hex');
      const now = Date.now();
      startImport(db, {
        id,
        writerId: writer,
        path,
        event,
        state: 'running',
        progress: JSON.stringify(EMPTY),
        startedAt: now,
        updatedAt: now,
      });
      const abort = new AbortController();
      let progress = JSON.stringify(EMPTY);
      // The heartbeat keeps the row alive and notices a cancel made in another process.
      const heartbeat = setInterval(() => {
        if (saveImport(db, id, progress, 'running', Date.now()) !== 'running') abort.abort();
      }, HEARTBEAT_MS);
      const save = (p: ListingProgress, state: ImportRow['state'], failure?: Ao3Failure) => {
        progress = JSON.stringify(failure ? { ...p, failure } : p);
        if (saveImport(db, id, progress, state, Date.now()) !== 'running') abort.abort();
      };
      const done = fetchListing(client, writer, path, (p) => save(p, 'running'), abort.signal)
        .then((out) => save(out.value, out.ok ? 'done' : 'failed', out.ok ? undefined : out.failure))
        .finally(() => {
          clearInterval(heartbeat);
          running.delete(id);
        });
      running.set(id, done);
      return get(id, writer)!;
    },
    get,
    cancel(id, writer) {
      return cancelImport(db, id, writer, Date.now()) ? get(id, writer) : undefined;
    },
    settled: async (id) => {
      await running.get(id);
    },
  };
}
