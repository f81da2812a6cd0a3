import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every regular expression of the app, checked for catastrophic backtracking with recheck (its
// native binary, recheck-linux-x64, when installed: about 100 ms a pattern; else the Java or
// pure-JS backend, slower). A pattern passes only as `safe`: `vulnerable` (an attack string was
// found) and `unknown` (the checker gave up) both fail, so a new regex cannot bring back a
// parse that takes seconds or hours.
//
// Literals are read from the source with the TypeScript compiler. `new RegExp(...)` patterns exist
// only at run time, so RegExp is wrapped while the modules that build them load and run on
// samples; every such call site in the source must be seen building at least one pattern.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FOLDERS = ['src', 'views', 'db'];
// No time-based cut-offs inside the checker: under load they turn slow matching into "vulnerable"
// at random; its step limits decide alone, so the verdict is the same on any machine. Patterns
// whose automaton would be large (case-insensitive alternations) are fuzzed instead: seconds, not
// tens of seconds.
const PARAMS = {
  timeout: 120_000,
  incubationTimeout: null,
  attackTimeout: null,
  recallTimeout: null,
  maxNFASize: 4000,
};
// Patterns found safe are remembered between runs (not committed): a run checks what changed.
const CACHE = join(ROOT, 'test-results/recheck-safe.json');
const RECHECK_VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'node_modules/recheck/package.json'), 'utf8')) as { version: string }
).version;

type Pattern = { source: string; flags: string; where: string };
type Site = { file: string; line: number };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'migrations' ? [] : sourceFiles(path);
    return /\.(?:ts|tsx|mts|mjs|js)$/.test(e.name) ? [path] : [];
  });
}

/** The regex literals of a file, and the lines where it calls `new RegExp(...)` or `RegExp(...)`. */
function scan(file: string): { literals: Pattern[]; sites: Site[] } {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const literals: Pattern[] = [];
  const sites: Site[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const end = node.text.lastIndexOf('/');
      const where = `${relative(ROOT, file)}:${lineOf(node)}`;
      literals.push({ source: node.text.slice(1, end), flags: node.text.slice(end + 1), where });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      sites.push({ file, line: lineOf(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { literals, sites };
}

const FILES = FOLDERS.flatMap((f) => sourceFiles(join(ROOT, f)));
const SCANNED = FILES.map(scan);
const LITERALS = SCANNED.flatMap((s) => s.literals);
const SITES = SCANNED.flatMap((s) => s.sites);

/** Runs `work` with RegExp wrapped; answers the patterns built from the app's own files, by call site. */
async function builtPatterns(work: () => Promise<void>): Promise<Map<string, Pattern[]>> {
  const original = globalThis.RegExp;
  const seen = new Map<string, Pattern[]>();
  const record = (args: unknown[]) => {
    const frame = new Error().stack?.split('\n')[3] ?? '';
    const at = /\(?([^()\s]+):(\d+):\d+\)?$/.exec(frame.trim());
    if (!at?.[1]?.startsWith(ROOT) || at[1].includes('/node_modules/')) return;
    const key = `${at[1]}:${at[2]}`;
    const pattern = args[0] instanceof original ? args[0].source : String(args[0]);
    const flags = typeof args[1] === 'string' ? args[1] : args[0] instanceof original ? args[0].flags : '';
    const list = seen.get(key) ?? [];
    if (!list.some((p) => p.source === pattern && p.flags === flags))
      list.push({ source: pattern, flags, where: `${relative(ROOT, at[1])}:${at[2]}` });
    seen.set(key, list);
  };
  globalThis.RegExp = new Proxy(original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget);
    },
    apply(target, self, args) {
      record(args);
      return Reflect.apply(target, self, args);
    },
  });
  try {
    await work();
  } finally {
    globalThis.RegExp = original;
  }
  return seen;
}

const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures', name), 'utf8');

/** Loads every module that builds a RegExp and runs the parsers on samples that reach each site. */
async function exercise(): Promise<void> {
  // Entry points run on import: a RegExp they build must move to a module to be checked.
  const entry = SITES.find((s) => /src\/(?:server\.ts|cli\.mjs|cli\/main\.ts)$/.test(s.file));
  if (entry) throw new Error(`${relative(ROOT, entry.file)}:${entry.line} builds a RegExp in an entry point`);
  for (const file of new Set(SITES.map((s) => s.file))) await import(file);
  const { parseAo3 } = await import('../../src/domain/ao3-import.ts');
  const { countWords } = await import('../../src/domain/word-count.ts');
  const { parsePromptList } = await import('../../src/domain/prompt-list.ts');
  for (const name of readdirSync(join(ROOT, 'test/fixtures/ao3'))) parseAo3(fixture(`ao3/${name}`));
  parsePromptList(fixture('prompt-lists/fictober.txt'));
  countWords('<title>T</title><script>x</script><style>y</style><p>Some words</p>', 'html');
}

function readCache(): Set<string> {
  try {
    return new Set(JSON.parse(readFileSync(CACHE, 'utf8')) as string[]);
  } catch {
    return new Set();
  }
}

async function checkAll(patterns: Pattern[]): Promise<string[]> {
  const distinct = new Map<string, Pattern[]>();
  for (const p of patterns) {
    const key = `/${p.source}/${p.flags}`;
    distinct.set(key, [...(distinct.get(key) ?? []), p]);
  }
  const version = `recheck ${RECHECK_VERSION} ${JSON.stringify(PARAMS)}`;
  const safe = readCache();
  const failures: string[] = [];
  const queue = [...distinct.entries()].filter(([key]) => !safe.has(`${version} ${key}`));
  // Two at a time: the native agent answers requests concurrently, on the machine's two cores.
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [key, where] = next;
      const [{ source, flags }] = where as [Pattern];
      const t0 = performance.now();
      const result = await check(source, flags, PARAMS);
      if (process.env.RECHECK_TIMES)
        console.log(Math.round(performance.now() - t0), result.checker, key.slice(0, 90));
      if (result.status === 'safe') {
        safe.add(`${version} ${key}`);
        continue;
      }
      const detail =
        result.status === 'vulnerable'
          ? `${result.complexity.summary}, attack ${JSON.stringify(result.attack.pattern)}`
          : `unknown: ${JSON.stringify(result.error)}`;
      failures.push(`${where.map((w) => w.where).join(', ')}: ${key.slice(0, 200)} is ${detail}`);
    }
  };
  await Promise.all(Array.from({ length: 2 }, worker));
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(CACHE, JSON.stringify([...safe].sort(), null, 1));
  return failures.sort();
}

describe('every regular expression in the app is safe from catastrophic backtracking', () => {
  it('finds the regex literals and RegExp call sites', () => {
    expect(LITERALS.length).toBeGreaterThan(80);
    expect(FILES.some((f) => f.endsWith('src/domain/word-count.ts'))).toBe(true);
  });

  it('checks every pattern with recheck', { timeout: 600_000 }, async () => {
    const built = await builtPatterns(exercise);
    const unseen = SITES.filter((s) => !built.has(`${s.file}:${s.line}`)).map(
      (s) => `${relative(ROOT, s.file)}:${s.line}`,
    );
    expect(unseen, 'RegExp call sites never reached by the samples: reach them, or use a literal').toEqual(
      [],
    );
    const failures = await checkAll([...LITERALS, ...[...built.values()].flat()]);
    expect(failures).toEqual([]);
  });
});
