import type { Ao3Series } from './ao3-parse.ts';
import { childElements, findAll, type HtmlElement, type HtmlNode, isA, textOf } from './html.ts';
import { countWords } from './word-count.ts';

/** The names of the tags in an AO3 tag list (its `a.tag` links, else its items, else its text split at commas). */
export function tagNames(el: HtmlElement | undefined): string[] {
  if (!el) return [];
  const links = findAll(el, (e) => isA(e, 'a', 'tag'));
  if (links.length > 0) return links.map(textOf).filter(Boolean);
  const items = findAll(el, (e) => e.name === 'li');
  if (items.length > 0) return items.map(textOf).filter(Boolean);
  const anchors = findAll(el, (e) => e.name === 'a');
  if (anchors.length > 0) return anchors.map(textOf).filter(Boolean);
  return textOf(el)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The `dt`/`dd` pairs directly in a definition list, each `dd` keyed by its first class name. */
export function definitions(
  dl: HtmlElement | undefined,
): Map<string, { dt: HtmlElement | null; dd: HtmlElement }> {
  const found = new Map<string, { dt: HtmlElement | null; dd: HtmlElement }>();
  let dt: HtmlElement | null = null;
  for (const el of dl ? childElements(dl) : []) {
    if (el.name === 'dt') dt = el;
    else if (el.name === 'dd') {
      const key = (el.attrs.class ?? '').trim().split(/\s+/)[0] || textOf(dt ?? undefined).replace(/:$/, '');
      if (!found.has(key)) found.set(key, { dt, dd: el });
      dt = null;
    }
  }
  return found;
}

/** "Part 2 of Whumptober 2025" as a series and its part, the name taken from the series' link when there is one. */
export function seriesOf(text: string, link?: HtmlElement): Ao3Series | null {
  const m = /^Part (\d+) of (.+)$/.exec(text.replace(/\s+/g, ' ').trim());
  if (!m) return null;
  const name = link ? textOf(link) : m[2]!;
  return name ? { name, part: Number(m[1]) } : null;
}

/** The series of a work header's or blurb's series field: each `span.position` or `li`, "Part N of <a>Name</a>". */
export function seriesList(el: HtmlElement | undefined): Ao3Series[] {
  if (!el) return [];
  let parts = findAll(el, (e) => isA(e, 'span', 'position') || e.name === 'li');
  if (parts.length === 0) parts = [el];
  return parts.flatMap((part) => {
    const link = findAll(part, (e) => e.name === 'a' && /\/series\/\d/.test(e.attrs.href ?? ''))[0];
    const found = seriesOf(textOf(part), link);
    return found ? [found] : [];
  });
}

/** The series of a downloaded work's "Part 3 of <a>A</a>, Part 1 of <a>B</a>": each link with the text before it. */
export function seriesInline(dd: HtmlElement | undefined): Ao3Series[] {
  if (!dd) return [];
  const found: Ao3Series[] = [];
  let before = '';
  for (const node of dd.children) {
    if (node.type === 'text') before += node.text;
    else if (node.name === 'a') {
      const part = /Part (\d+) of\s*$/.exec(before.slice(-40));
      if (part) found.push({ name: textOf(node), part: Number(part[1]) });
      before = '';
    }
  }
  return found;
}

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** "02 Oct 2025" (a blurb's date) or "2025-10-02" as an ISO date, or null. */
export function isoDate(text: string): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$/.exec(t);
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) + 1 : 0;
  if (!m || month === 0) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** The words AO3 counts in `el`: each text node counted alone, landmark headings and scripts left out. */
export function countedWords(el: HtmlElement | undefined): number {
  if (!el) return 0;
  let words = 0;
  const todo: HtmlNode[] = [el];
  while (todo.length > 0) {
    const node = todo.pop()!;
    if (node.type === 'text') {
      words += countWords(node.text);
      continue;
    }
    if (node.name === 'script' || node.name === 'style' || isA(node, '*', 'landmark')) continue;
    for (const child of node.children) todo.push(child);
  }
  return words;
}
