import type { FieldErrors } from './piece-input.ts';
import { textProblem } from './text-input.ts';

/** The longest tag pattern an event may have. */
export const TAG_PATTERN_MAX = 200;

const PLACEHOLDER = /\{([^{}]*)\}/g;

/**
 * Checks an event's tag pattern (`#whumptober2026 #no.{day} #{prompt}`), setting `errors.tag_pattern`:
 * one line of at most 200 characters whose only placeholders are `{day}` and `{prompt}`. Answers it trimmed.
 */
export function checkTagPattern(errors: FieldErrors, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') {
    errors.tag_pattern = 'The tag pattern must be text.';
    return '';
  }
  const pattern = value.trim().replace(/\s+/g, ' ');
  const problem = textProblem(pattern, 'The tag pattern');
  if (problem) errors.tag_pattern = problem;
  else if ([...pattern].length > TAG_PATTERN_MAX)
    errors.tag_pattern = `The tag pattern is too long: at most ${TAG_PATTERN_MAX} characters.`;
  else {
    const unknown = [...pattern.matchAll(PLACEHOLDER)]
      .map((m) => m[1])
      .find((n) => n !== 'day' && n !== 'prompt');
    if (unknown !== undefined)
      errors.tag_pattern = `The tag pattern knows {day} and {prompt}, not {${unknown}}.`;
  }
  return pattern;
}

/** A prompt as one tag word: lowercase letters and digits only ("Broken bones!" → "brokenbones"). */
export function promptTag(prompt: string): string {
  return prompt.toLowerCase().replace(/[^\p{L}\p{N}_]+/gu, '');
}

/**
 * The tags of a fill of day `day` with `prompts` under `pattern`: `{day}` is the day's number; a word
 * holding `{prompt}` is written once per prompt used (none used: left out). '' without a pattern.
 */
export function tagLine(pattern: string, day: number, prompts: readonly string[]): string {
  const tags = prompts.map(promptTag).filter(Boolean);
  return pattern
    .split(' ')
    .flatMap((word) => {
      const withDay = word.replaceAll('{day}', String(day));
      if (!withDay.includes('{prompt}')) return [withDay];
      return tags.map((tag) => withDay.replaceAll('{prompt}', tag));
    })
    .filter((word) => word !== '')
    .join(' ');
}
