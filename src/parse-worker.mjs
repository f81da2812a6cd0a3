// A worker thread of the parse pool (src/parse-pool.ts): runs PARSE_JOBS on the texts it is sent.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { PARSE_JOBS } = await import('./parse-jobs.ts');
parentPort.on('message', ({ id, job, args }) => {
  try {
    parentPort.postMessage({ id, value: PARSE_JOBS[job](...args) });
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
parentPort.postMessage({ ready: true });
