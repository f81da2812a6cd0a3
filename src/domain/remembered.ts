// The domain's remembered answers (valid zones, each zone's "today", month grids, formatted dates,
// weekday names, writers' day ends, the kinds of astral characters): each a Map or Set for the life of
// the process, bounded by its owner, and made through here so that they can all be forgotten at once.
const stores: { clear(): void }[] = [];

/** `store`, registered to be emptied by `forgetRemembered`. */
export function remembered<T extends { clear(): void }>(store: T): T {
  stores.push(store);
  return store;
}

/**
 * Empties every remembered answer. For tests that share one module graph between runs (`npm run
 * mutate`'s unit tests): an answer remembered while one mutant was active must not decide the tests
 * run under the next.
 */
export function forgetRemembered(): void {
  for (const store of stores) store.clear();
}
