import { textProblem } from './text-input.ts';

/** The longest name an API token may have. */
export const TOKEN_NAME_MAX = 100;

/** The message for a bad API token name (after trimming), or undefined: 1 to 100 characters, no control character. */
export function tokenNameError(name: string): string | undefined {
  if (name === '') return 'Give the token a name, such as the app or script that will use it.';
  if ([...name].length > TOKEN_NAME_MAX) return `A token name has at most ${TOKEN_NAME_MAX} characters.`;
  return textProblem(name, 'The token name');
}
