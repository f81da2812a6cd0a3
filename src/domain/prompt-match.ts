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

// A prompt's leading article is often left out when it is quoted: "A seat at the table", "seat at the table".
const withoutArticle = (text: string) => text.replace(/^(?:a|an|the) /, '');

/** The positions of the day's prompts whose words appear, as whole words, in any of `texts` (a leading
 * article of the prompt may be left out). */
export function promptsNamedIn(texts: string[], prompts: { position: number; text: string }[]): number[] {
  const said = texts.map((t) => ` ${normalise(t)} `);
  return prompts
    .filter((p) => {
      const wanted = withoutArticle(normalise(p.text));
      return wanted !== '' && said.some((s) => s.includes(` ${wanted} `));
    })
    .map((p) => p.position);
}

/** A day as the matcher sees it: its number and its prompts. */
export type DayRef = { number: number; prompts: { position: number; text: string }[] };

/** What a work says about itself, for matching it to events: its prompts and where else it names things. */
export type WorkClues = {
  prompts: { event: string | null; day: number; text: string | null }[];
  title: string;
  summary: string;
  notes?: string;
  tags: string[];
  collections: string[];
  series: { name: string }[];
};

/** A prompt matched to an event day: the event's slug, the day and the positions of its prompts used. */
export type MatchedFill = { event: string; day: number; prompts: number[] };

/**
 * The event days a work fills: each detected prompt's event (by name; an unnamed one falls back to the
 * chosen event, then the event another of its prompts named, then one its tags, collections or series
 * name), its day, and the day's prompts it names by text — in the prompt it quoted, else in its title,
 * else its tags, else its summary or notes; a day with one prompt has that one ticked.
 */
export function matchWork(
  work: WorkClues,
  events: EventRef[],
  daysOf: (slug: string) => DayRef[],
  chosen: string | null,
): MatchedFill[] {
  const named = work.prompts.map((p) => (p.event ? findNamedEvent(p.event, events, null) : null));
  const hinted = [...work.tags, ...work.collections, ...work.series.map((s) => s.name)]
    .map((name) => findNamedEvent(name, events, null))
    .find(Boolean);
  const fallback = chosen ?? named.find(Boolean) ?? hinted ?? null;
  const found: MatchedFill[] = [];
  work.prompts.forEach((p, k) => {
    const slug = p.event ? (named[k] ?? chosen) : fallback;
    if (!slug || found.some((f) => f.event === slug && f.day === p.day)) return;
    const day = daysOf(slug).find((d) => d.number === p.day);
    if (!day) return;
    let positions = p.text ? promptsNamedIn([p.text], day.prompts) : [];
    // Else the first of title, tags, then summary and notes that names some of the day's prompts.
    for (const texts of [[work.title], work.tags, [work.summary, work.notes ?? '']]) {
      if (positions.length > 0) break;
      positions = promptsNamedIn(texts, day.prompts);
    }
    if (positions.length === 0 && day.prompts.length === 1) positions = [day.prompts[0]!.position];
    found.push({ event: slug, day: day.number, prompts: positions });
  });
  return found;
}
