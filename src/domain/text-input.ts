// What a text field may hold. Control characters (C0, DEL, C1) never show and can pass for
// something else (a NUL ends a string in C, a CR splits a header); a lone surrogate is no character
// at all and becomes invalid UTF-8 in the database. Names are also looked at: one made only of
// invisible characters shows as nobody, and a bidi override turns what follows it around.

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why `value` cannot be the text of the field `label` ("The title"), or undefined: it holds a
 * control character (tab, newline and CR are allowed when `multiline`) or a lone surrogate.
 */
export function textProblem(value: string, label: string, multiline = false): string | undefined {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      if (multiline && (c === TAB || c === LF || c === CR)) continue;
      const what = c === 0 ? 'a NUL character' : `a control character (${hex(c)})`;
      return `${label} contains ${what}; remove it.`;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = value.charCodeAt(i + 1);
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      return `${label} contains a broken character (a lone surrogate, ${hex(c)}); remove it.`;
    }
  }
  return undefined;
}

// Characters that show nothing: default-ignorable code points (zero-width space and joiners, word
// joiner, BOM, soft hyphen, Hangul fillers, variation selectors, tags...), spaces, the blank braille
// pattern.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{White_Space}\u2800]/gu;
// Embeddings, overrides and isolates: LRE RLE PDF LRO RLO, LRI RLI FSI PDI.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Why `value` cannot be a name (a display name, a username), or undefined: what textProblem
 * refuses, a name with nothing visible in it, and bidi embeddings, overrides and isolates.
 */
export function nameProblem(value: string, label: string): string | undefined {
  const problem = textProblem(value, label);
  if (problem) return problem;
  const bidi = BIDI_CONTROL.exec(value);
  if (bidi)
    return `${label} contains a text direction control (${hex(bidi[0].charCodeAt(0))}), which turns the text around it; remove it.`;
  if (value.replace(INVISIBLE, '') === '') return `${label} has no visible characters.`;
  return undefined;
}

/** How much of a one-line field a refused form echoes back when the field sets no `maxlength`. */
export const ECHO_MAX = 10_000;

/**
 * What a refused form shows again of a value: all of it up to `max` characters, else its first
 * `max` (never half a surrogate pair), so a 2 MB title is not sent back whole.
 */
export function echoed(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
