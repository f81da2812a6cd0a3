const grouped = new Intl.NumberFormat('en');

/** A count with grouped digits: 1234 → "1,234". */
export function formatNumber(n: number): string {
  return grouped.format(n);
}

/** "1 word", "1,234 words". */
export function wordsLabel(n: number): string {
  return `${formatNumber(n)} ${n === 1 ? 'word' : 'words'}`;
}

/** "1 piece", "3 pieces": a count with its noun. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** Shortens text to at most `max` characters, ending with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
