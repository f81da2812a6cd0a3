import { beforeEach } from 'vitest';
import { forgetRemembered } from '../src/domain/remembered.ts';

// `npm run mutate`'s unit tests share one module graph between runs: each test starts with nothing
// remembered, so an answer kept while one mutant was active cannot decide another's tests.
beforeEach(() => forgetRemembered());
