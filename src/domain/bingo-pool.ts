import { fold } from './squick.ts';
import { textProblem } from './text-input.ts';

/** A pool line not used, with its line number and why. */
export type UnusedLine = { line: number; text: string; why: string };

/** A read pool: its prompts in order, and every non-blank line that did not become one. */
export type BingoPool = { prompts: string[]; unused: UnusedLine[] };

/** The longest prompt and the most prompts a pool may hold. */
export const POOL_LIMITS = { maxPromptLength: 500, maxPrompts: 500, maxBytes: 200_000 } as const;

// One label or bullet at the start: "1.", "12)", "Day 3:", "No. 4", "#5", "-", "*", "•", "[ ]".
const LABEL =
  /^(?:(?:day|no\.?|prompt|#)\s*\d{1,3}\s*[.):\-–—]?\s+|\(?\d{1,3}[.):]\s+|[-*+•◦·‣▪–—>]\s+|\[[ xX]?\]\s+)/i;
const HEADING = /:$/;
const CONTENT = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

/**
 * Reads a pasted pool, one prompt a line as the prompt list reader takes an unnumbered list:
 * bullets and numbers come off, blank lines are skipped, and a heading, a repeat, a line with nothing
 * to write about or one too long is listed as not used (never dropped silently). Linear in the text.
 */
export function readBingoPool(
  text: string,
): { ok: true; value: BingoPool } | { ok: false; errors: string[] } {
  if (text.length > POOL_LIMITS.maxBytes)
    return { ok: false, errors: ['The pool is too long; paste at most 200 KB.'] };
  const problem = textProblem(text, 'The pool', true);
  if (problem) return { ok: false, errors: [problem] };
  const prompts: string[] = [];
  const unused: UnusedLine[] = [];
  const seen = new Map<string, number>();
  for (const [i, raw] of text.split(/\r\n|\r|\n/).entries()) {
    const line = i + 1;
    const trimmed = raw.replace(/\s+/g, ' ').trim();
    if (trimmed === '') continue;
    const prompt = trimmed.replace(LABEL, '').trim();
    const key = fold(prompt);
    const twin = seen.get(key);
    const why =
      prompt === '' || !CONTENT.test(prompt)
        ? 'nothing to write about'
        : HEADING.test(prompt)
          ? 'a heading'
          : twin !== undefined
            ? `repeats line ${twin}`
            : [...prompt].length > POOL_LIMITS.maxPromptLength
              ? `longer than ${POOL_LIMITS.maxPromptLength} characters`
              : prompts.length >= POOL_LIMITS.maxPrompts
                ? `past the ${POOL_LIMITS.maxPrompts} prompts a pool holds`
                : undefined;
    if (why) {
      unused.push({ line, text: trimmed, why });
      continue;
    }
    seen.set(key, line);
    prompts.push(prompt);
  }
  return { ok: true, value: { prompts, unused } };
}
