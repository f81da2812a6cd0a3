import type { Ao3ListedWork } from './ao3-listing.ts';
import { workUrl } from './ao3-url.ts';
import { isIsoDate } from './calendar.ts';
import { RATINGS } from './piece.ts';
import type { FillInput, PieceCandidate } from './piece-input.ts';

/** A listed work as the preview form carries it between posts (as JSON in a hidden field). */
export type PreviewWork = Pick<
  Ao3ListedWork,
  'work_id' | 'title' | 'authors' | 'words' | 'published' | 'fandoms' | 'rating' | 'summary' | 'tags'
> & {
  collections: string[];
  series: { name: string; part: number }[];
  prompts: { event: string | null; day: number; text: string | null }[];
};

/** One work of the preview: whether it is chosen, the days it fills, and whether it is already logged. */
export type PreviewRow = {
  work: PreviewWork;
  picked: boolean;
  fills: FillInput[];
  logged?: { id: number; title: string };
  error?: string;
};

/** The most works one import previews (twenty pages of twenty). */
export const MAX_PREVIEW_WORKS = 500;

/** What the preview keeps of a listed work. */
export function previewWorkOf(w: Ao3ListedWork): PreviewWork {
  return {
    work_id: w.work_id,
    title: w.title,
    authors: w.authors,
    words: w.words,
    published: w.published,
    fandoms: w.fandoms,
    rating: w.rating,
    summary: w.summary,
    tags: w.tags,
    collections: w.collections,
    series: w.series,
    prompts: w.prompts,
  };
}

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isTexts = (v: unknown, count: number, max: number): v is string[] =>
  Array.isArray(v) && v.length <= count && v.every((x) => isText(x, max));

/** A preview work read back from the form, or null when it is not one (the form was changed by hand). */
export function readPreviewWork(json: string): PreviewWork | null {
  let w: Record<string, unknown>;
  try {
    w = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof w !== 'object' || w === null) return null;
  const ok =
    typeof w.work_id === 'string' &&
    /^\d{1,12}$/.test(w.work_id) &&
    isText(w.title, 1000) &&
    isTexts(w.authors, 50, 300) &&
    (w.words === null || (Number.isSafeInteger(w.words) && (w.words as number) >= 0)) &&
    (w.published === null || (typeof w.published === 'string' && isIsoDate(w.published))) &&
    isTexts(w.fandoms, 100, 300) &&
    (w.rating === null || isText(w.rating, 100)) &&
    isText(w.summary, 20_000) &&
    isTexts(w.tags, 500, 300) &&
    isTexts(w.collections, 100, 300) &&
    Array.isArray(w.series) &&
    w.series.length <= 50 &&
    w.series.every((s) => isText(s?.name, 300) && Number.isSafeInteger(s?.part)) &&
    Array.isArray(w.prompts) &&
    w.prompts.length <= 100 &&
    w.prompts.every(
      (p) =>
        (p?.event === null || isText(p?.event, 300)) &&
        Number.isSafeInteger(p?.day) &&
        (p?.text === null || isText(p?.text, 300)),
    );
  return ok ? (w as PreviewWork) : null;
}

/** The piece a chosen work becomes: posted on its date, at its link, with its days. */
export function importCandidate(work: PreviewWork, fills: FillInput[]): PieceCandidate {
  return {
    title: work.title,
    url: workUrl(work.work_id),
    words: String(work.words ?? 0),
    fandoms: work.fandoms.join(', '),
    rating: RATINGS.find((r) => r === work.rating) ?? 'Not Rated',
    summary: work.summary.slice(0, 5000),
    notes: '',
    status: 'posted',
    posted_on: work.published ?? '',
    fills,
  };
}
