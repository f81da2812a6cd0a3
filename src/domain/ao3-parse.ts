import { type DetectedPrompt, detectPrompts } from './prompt-detect.ts';

/** A series a work is part of, with its part number. */
export type Ao3Series = { name: string; part: number };

/** What a writer's paste says about a finished piece; snake_case because the API returns it as is. */
export type Ao3Parse = {
  /** `ao3-page`: a work page's copied text; `ao3-work-html`: a work page's HTML; `ao3-html`: AO3's download. */
  source: 'ao3-page' | 'ao3-work-html' | 'ao3-html' | 'url' | 'text';
  work_id?: string;
  title: string;
  authors: string[];
  /** The count the page states, else the count of its work text. */
  words: number;
  /** The words of the work text in the paste, counted as AO3 counts (one chapter's, on a chapter's page). */
  words_counted: number;
  published: string | null;
  /** The date of the last update, or of completion. */
  updated?: string | null;
  rating: string | null;
  warnings: string[];
  categories: string[];
  fandoms: string[];
  relationships: string[];
  characters: string[];
  tags: string[];
  language: string | null;
  series: Ao3Series[];
  collections: string[];
  summary: string;
  notes: string;
  chapters?: { current: number; total: number | null };
  prompts: DetectedPrompt[];
};

/** A parse with nothing but a word count. */
export function emptyParse(source: Ao3Parse['source'], words: number): Ao3Parse {
  return {
    source,
    title: '',
    authors: [],
    words,
    words_counted: words,
    published: null,
    rating: null,
    warnings: [],
    categories: [],
    fandoms: [],
    relationships: [],
    characters: [],
    tags: [],
    language: null,
    series: [],
    collections: [],
    summary: '',
    notes: '',
    prompts: [],
  };
}

/** A work header's fields, as each reader finds them. */
export type Ao3Meta = {
  stated: number | null;
  published: string | null;
  updated: string | null;
  rating: string | null;
  warnings: string[];
  categories: string[];
  fandoms: string[];
  relationships: string[];
  characters: string[];
  tags: string[];
  language: string | null;
  series: Ao3Series[];
  collections: string[];
  chapters?: { current: number; total: number | null };
};

/** What every reader finds besides the header: title, authors, summary, notes, the counted words, and
 * `extra` texts (chapter titles and notes) where a prompt may be named. */
export type Ao3Work = {
  workId?: string;
  title: string;
  authors: string[];
  summary: string;
  notes: string;
  counted: number;
  extra: string[];
};

/** The parse of a work: the stated count when there is one, and the prompts named in its title, summary,
 * notes, chapter notes or tags. */
export function finishParse(source: 'ao3-page' | 'ao3-work-html' | 'ao3-html', meta: Ao3Meta, work: Ao3Work) {
  const { stated, chapters, ...fields } = meta;
  const parse: Ao3Parse = {
    source,
    ...(work.workId ? { work_id: work.workId } : {}),
    title: work.title,
    authors: work.authors,
    words: stated ?? work.counted,
    words_counted: work.counted,
    ...fields,
    summary: work.summary,
    notes: work.notes,
    ...(chapters ? { chapters } : {}),
    prompts: detectPrompts([
      work.title,
      work.summary,
      work.notes,
      ...work.extra.filter(Boolean),
      ...fields.tags,
    ]),
  };
  return parse;
}

/** "2/3", "2/?", "2 / 3": the chapters posted and planned (null when unknown). */
export function readChapters(text: string): { current: number; total: number | null } | undefined {
  const m = /^(\d+)\s*\/\s*(\d+|\?)$/.exec(text.trim());
  if (!m) return undefined;
  return { current: Number(m[1]), total: m[2] === '?' ? null : Number(m[2]) };
}

/** "12,345" or "12 345" as a number; null when it is not a count. */
export function readCount(text: string | undefined): number | null {
  const v = (text ?? '').trim();
  return /^\d[\d,.\s]*$/.test(v) ? Number(v.replace(/\D/g, '')) : null;
}
