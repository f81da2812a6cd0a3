// @ts-check
// A Stryker reporter that writes each mutant's result as it comes, one JSON line per mutant, to
// reports/mutants.jsonl: a run stopped before its end (the whole scope takes more than an hour here)
// still leaves what it tested. `npm run mutate:score` scores that file.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

const FILE = 'reports/mutants.jsonl';

class ResultLines {
  static inject = /** @type {const} */ ([]);

  onDryRunCompleted() {
    mkdirSync('reports', { recursive: true });
    writeFileSync(FILE, '');
  }

  /** @param {import('@stryker-mutator/api/core').MutantResult} m */
  onMutantTested(m) {
    const line = {
      file: m.fileName,
      line: m.location.start.line,
      mutator: m.mutatorName,
      replacement: m.replacement,
      status: m.status,
    };
    appendFileSync(FILE, `${JSON.stringify(line)}\n`);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'result-lines', ResultLines)];
