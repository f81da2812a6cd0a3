/** An event as the matcher sees it. */
export type EventRef = { slug: string; name: string };

/** Lower case, no accents, words separated by single spaces: for comparing names people typed. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The slug of the event a detected prompt names (same words, or one name containing the other), else `fallback`. */
export function findNamedEvent(
  name: string | null,
  events: EventRef[],
  fallback: string | null,
): string | null {
  if (!name) return fallback;
  const wanted = normalise(name);
  if (!wanted) return fallback;
  const exact = events.find((e) => normalise(e.name) === wanted || normalise(e.slug) === wanted);
  if (exact) return exact.slug;
  const partial = events.filter((e) => {
    const n = normalise(e.name);
    return (
      n.length >= 4 &&
      wanted.length >= 4 &&
      (` ${n} `.includes(` ${wanted} `) || ` ${wanted} `.includes(` ${n} `))
    );
  });
  return partial.length === 1 ? (partial[0]?.slug ?? fallback) : fallback;
}

/** The positions of the day's prompts that a detected prompt text names, word for word. */
export function matchPromptPositions(
  text: string | null,
  prompts: { position: number; text: string }[],
): number[] {
  if (!text) return [];
  const said = ` ${normalise(text)} `;
  return prompts
    .filter((p) => normalise(p.text) && said.includes(` ${normalise(p.text)} `))
    .map((p) => p.position);
}
