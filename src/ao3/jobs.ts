import { randomBytes } from 'node:crypto';
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
  startedAt: number;
};

/** The background listing fetches of one client: started, read and cancelled by their writer only. */
export type ListingJobs = {
  start(writer: number, path: string, event: string): ListingJob;
  get(id: string, writer: number): ListingJob | undefined;
  cancel(id: string, writer: number): ListingJob | undefined;
  /** Resolves when the job has stopped (for tests and for the API's waiting answer). */
  settled(id: string): Promise<void>;
};

// A job is kept an hour after it starts; a writer has one at a time.
const KEEP_MS = 60 * 60_000;

const stores = new WeakMap<Ao3Client, ListingJobs>();

/** The listing jobs of `client` (one store per client, so per app). */
export function jobsOf(client: Ao3Client): ListingJobs {
  let store = stores.get(client);
  if (!store) {
    store = createJobs(client);
    stores.set(client, store);
  }
  return store;
}

function createJobs(client: Ao3Client): ListingJobs {
  const jobs = new Map<string, { job: ListingJob; abort: AbortController; done: Promise<void> }>();
  const forget = () => {
    const old = Date.now() - KEEP_MS;
    for (const [id, { job }] of jobs) if (job.startedAt < old && job.state !== 'running') jobs.delete(id);
  };
  const own = (id: string, writer: number) => {
    const entry = jobs.get(id);
    return entry && entry.job.writer === writer ? entry : undefined;
  };
  return {
    start(writer, path, event) {
      forget();
      for (const { job, abort } of jobs.values()) {
        if (job.writer === writer && job.state === 'running') {
          job.state = 'cancelled';
          abort.abort();
        }
      }
      const id = randomBytes(12).toString('hex');
      const job: ListingJob = {
        id,
        writer,
        path,
        event,
        state: 'running',
        startedAt: Date.now(),
        heading: '',
        pagesFound: 1,
        pagesFetched: 0,
        pagesLeft: 0,
        works: [],
        skipped: [],
      };
      const abort = new AbortController();
      const done = fetchListing(client, writer, path, (p) => Object.assign(job, p), abort.signal).then(
        (out) => {
          Object.assign(job, out.value);
          if (job.state !== 'running') return;
          if (out.ok) job.state = 'done';
          else {
            job.state = 'failed';
            job.failure = out.failure;
          }
        },
      );
      jobs.set(id, { job, abort, done });
      return job;
    },
    get: (id, writer) => own(id, writer)?.job,
    cancel(id, writer) {
      const entry = own(id, writer);
      if (entry && entry.job.state === 'running') {
        entry.job.state = 'cancelled';
        entry.abort.abort();
      }
      return entry?.job;
    },
    settled: async (id) => {
      await jobs.get(id)?.done;
    },
  };
}
