import { readdirSync, readFileSync } from 'node:fs';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { findDayLabel } from '../../src/domain/day-labels.ts';
import { isDateRange, readDateLabel, readNumberLabel } from '../../src/domain/prompt-labels.ts';
import { readLine } from '../../src/domain/prompt-lines.ts';
import { PROMPT_LIST_LIMITS, parsePromptList } from '../../src/domain/prompt-list.ts';
import { applyFix } from '../../src/domain/prompt-list-fix.ts';
import { isNoise, isParagraph, splitPrompts, splitTitle, wordCount } from '../../src/domain/prompt-text.ts';

const DOMAIN = new URL('../../src/domain/', import.meta.url);
const READER_FILES = readdirSync(DOMAIN).filter((f) => /^(?:prompt-(?!detect|match)|day-labels)/.test(f));

/** Every regular expression literal in a source file, as [pattern, flags]. */
function regexesOf(file: string): [string, string][] {
  const source = ts.createSourceFile(
    file,
    readFileSync(new URL(file, DOMAIN), 'utf8'),
    ts.ScriptTarget.Latest,
  );
  const found: [string, string][] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source);
      const end = text.lastIndexOf('/');
      found.push([text.slice(1, end), text.slice(end + 1)]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the prompt-list reader’s regular expressions', () => {
  it.each(READER_FILES)('%s: every one is safe by recheck', (file) => {
    const unsafe = regexesOf(file).flatMap(([pattern, flags]) => {
      const result = checkSync(pattern, flags, { timeout: 10_000 });
      return result.status === 'safe' ? [] : [`/${pattern}/${flags}: ${result.status}`];
    });
    expect(unsafe).toStrictEqual([]);
  });

  it('builds no regular expression at run time', () => {
    for (const file of READER_FILES)
      expect(readFileSync(new URL(file, DOMAIN), 'utf8')).not.toContain('new RegExp');
  });
});

/** `unit` repeated to about `bytes` UTF-8 bytes. */
const fill = (unit: string, bytes: number) =>
  unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit))));
const ms = (f: () => unknown) => {
  const start = performance.now();
  f();
  return performance.now() - start;
};

// Each is built to make a backtracking or restarting scan slow: long runs of what one token begins with.
const UNITS = [
  'a',
  ' ',
  '1',
  '.',
  '|',
  ' / ',
  '(',
  '“',
  '"',
  ', ',
  ' or ',
  ': ',
  ' - ',
  '!',
  '#',
  '**',
  '- ',
  'Day ',
  'Day 1: ',
  'Day One ',
  'day twenty-',
  'No.',
  '#no.',
  'Prompt ',
  '1. ',
  '1 ',
  '12/1/',
  'Oct 1 - ',
  'October ',
  'Wednesday, ',
  '1st ',
  'the 1st of ',
  'alt prompts ',
  'Rules ',
  '🎃',
  '\u200D',
  '\t',
  'a\t',
  '1st ',
  '(Oct 1) ',
  '1st: ',
];
const LINES = [
  '1\n',
  '1. x\n',
  'Day 1:\n',
  'Oct 1: x\n',
  '12/1 x\n',
  'Day 1: T\nfoo\nbar\n',
  '(a)\n',
  'Reblog\nx\n',
  'Rules:\n1. a\n',
  'Alternates:\n- a\n',
  '> a\n',
  'x\n\n',
  'Write about a time you lost something. Then post it.\n',
];
/**
 * Whether a paste costs at most a few times what a plain list of the same size costs, timed just before
 * (other work on the machine slows both); a backtracking or restarting scan costs hundreds of times more.
 * A slow first timing is taken again, in case other work got in the way.
 */
const cheap = (text: string) => {
  const plain = fill('Ghosts\n', Buffer.byteLength(text));
  const timed = () => ({ base: ms(() => parsePromptList(plain)), cost: ms(() => parsePromptList(text)) });
  let { base, cost } = timed();
  for (let again = 0; again < 2 && cost > Math.max(3000, 10 * base); again++) ({ base, cost } = timed());
  return { cost, limit: Math.max(3000, 10 * base) };
};
const BUDGET_MS = 4000;

describe('the reader on 200 KB of adversarial input (the most a paste may be)', () => {
  it.each([...UNITS, ...LINES])('%j', (unit) => {
    const { cost, limit } = cheap(fill(unit, PROMPT_LIST_LIMITS.maxBytes - 1000));
    expect(cost).toBeLessThan(limit);
  });

  it('an inline list of thousands of days, and a numbered list of thousands of lines', () => {
    const inline = Array.from({ length: 25_000 }, (_, i) => `${i + 1} w`).join(' ');
    const numbered = Array.from({ length: 20_000 }, (_, i) => `${i + 1}. x`).join('\n');
    const dated = Array.from({ length: 15_000 }, (_, i) => `Oct ${(i % 31) + 1}: x`).join('\n');
    for (const text of [inline, numbered, dated]) {
      expect(Buffer.byteLength(text)).toBeLessThan(PROMPT_LIST_LIMITS.maxBytes);
      const { cost, limit } = cheap(text);
      expect(cost).toBeLessThan(limit);
    }
  });

  it('refuses past the limit at once', () => {
    expect(ms(() => parsePromptList(fill('Day 1: ', 5_000_000)))).toBeLessThan(1000);
  });
});

describe('each part of the reader on 500 KB lines', () => {
  const parts: [string, (s: string) => unknown][] = [
    ['readLine', (s) => readLine(s, 0)],
    ['readNumberLabel', readNumberLabel],
    ['readDateLabel', readDateLabel],
    ['isDateRange', isDateRange],
    ['splitPrompts (all)', (s) => splitPrompts(s, 'all')],
    ['splitTitle', splitTitle],
    ['isParagraph', isParagraph],
    ['isNoise', isNoise],
    ['wordCount', wordCount],
    ['findDayLabel', findDayLabel],
  ];
  it.each(parts)('%s', (_, part) => {
    for (const unit of UNITS) {
      const text = fill(unit, 500_000);
      expect(
        ms(() => part(text)),
        JSON.stringify(unit),
      ).toBeLessThan(BUDGET_MS);
    }
  });

  it('applyFix on a long list', () => {
    const text = `${fill('Day 1: x\n', 150_000)}Stray`;
    const line = text.split('\n').length;
    expect(ms(() => applyFix(text, { kind: 'day', line, was: 'Stray', text: 'Stray' }))).toBeLessThan(
      BUDGET_MS,
    );
  });
});
