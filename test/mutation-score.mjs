// @ts-check
// `npm run mutate:score`: the mutation score of what a run has tested so far (reports/mutants.jsonl,
// written by test/stryker-results.mjs as each mutant is done), overall and by file, lowest first.
// Stryker's own score: killed and timed out over those plus survived and without coverage.
import { readFileSync } from 'node:fs';

const lines = readFileSync('reports/mutants.jsonl', 'utf8').split('\n').filter(Boolean);
/** @type {Map<string, Record<string, number>>} */
const byFile = new Map();
for (const line of lines) {
  const { file, status } = JSON.parse(line);
  const counts = byFile.get(file) ?? {};
  counts[status] = (counts[status] ?? 0) + 1;
  byFile.set(file, counts);
}

/** @param {Record<string, number>} c */
const score = (c) => {
  const detected = (c.Killed ?? 0) + (c.Timeout ?? 0);
  const missed = (c.Survived ?? 0) + (c.NoCoverage ?? 0);
  return {
    detected,
    missed,
    percent: detected + missed === 0 ? 100 : (100 * detected) / (detected + missed),
  };
};

/** @type {Record<string, number>} */
const total = {};
const rows = [...byFile].map(([file, c]) => {
  for (const [status, n] of Object.entries(c)) total[status] = (total[status] ?? 0) + n;
  return { file, ...score(c) };
});
rows.sort((a, b) => a.percent - b.percent || b.missed - a.missed);
for (const r of rows)
  console.log(`${r.percent.toFixed(1).padStart(5)}%  ${String(r.missed).padStart(4)} missed  ${r.file}`);
const all = score(total);
console.log(`\n${lines.length} mutants done: ${JSON.stringify(total)}`);
console.log(
  `score ${all.percent.toFixed(1)}% (${all.detected} detected, ${all.missed} survived or not covered)`,
);
