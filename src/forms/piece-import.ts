import type { Db } from '../../db/client.ts';
import type { PieceFormValues } from '../../views/pieces.tsx';
import type { Ao3Client } from '../ao3/client.ts';
import { fetchWork } from '../ao3/fetch.ts';
import type { Ao3Parse } from '../domain/ao3-import.ts';
import { readAo3Link, workUrl } from '../domain/ao3-url.ts';
import { formatNumber } from '../domain/format.ts';
import { RATINGS } from '../domain/piece.ts';
import { type DayRef, type MatchedFill, matchWork, type WorkClues } from '../domain/prompt-match.ts';
import { textProblem } from '../domain/text-input.ts';
import type { ParsePool } from '../parse-pool.ts';
import { loggedAo3Works } from '../queries/ao3-imports.ts';
import { eventDaysWithPrompts, listEvents } from '../queries/events.ts';

/** A detected prompt resolved to a Promptly event day and the positions of the prompts it names. */
export type ResolvedPrompt = MatchedFill;

/** The days of each event by slug, read once per request. */
export function eventDays(db: Db): (slug: string) => DayRef[] {
  const events = listEvents(db);
  const days = new Map<string, DayRef[]>();
  return (slug) => {
    let found = days.get(slug);
    if (!found) {
      const event = events.find((e) => e.slug === slug);
      found = event ? eventDaysWithPrompts(db, event.id) : [];
      days.set(slug, found);
    }
    return found;
  };
}

/** Resolves the prompts a work names to this instance's events, days and prompts (unknown ones are dropped). */
export function resolvePrompts(
  db: Db,
  work: WorkClues,
  chosenEvent: string | null,
  daysOf = eventDays(db),
): ResolvedPrompt[] {
  return matchWork(work, listEvents(db), daysOf, chosenEvent);
}

/** What the log form does with a paste: the values to show, a note for the writer, and the status. */
export type Imported = { values: PieceFormValues; notice: string; status: 200 | 422 | 429 };

const PASTE_INSTEAD =
  'Paste the page instead: open the work on AO3, select all and copy, and paste it here (or save the page and paste its HTML).';

/**
 * The log form filled from a paste: an AO3 work page (HTML or copied text), an AO3 download, a story's
 * text, or a work's link — fetched from AO3 when this instance fetches (`ao3`), else only the link.
 */
export async function importPaste(
  deps: { db: Db; ao3?: Ao3Client; parse: ParsePool },
  writerId: number,
  values: PieceFormValues,
  paste: string,
): Promise<Imported> {
  const { db, ao3 } = deps;
  if (paste.trim() === '')
    return { values, notice: 'Paste your story, its AO3 page or its AO3 link first.', status: 422 };
  const problem = textProblem(paste, 'The pasted text', true);
  if (problem) return { values, notice: problem, status: 422 };
  const link = readAo3Link(paste, ao3 ? [ao3.host] : []);
  if (link && !link.ok) return { values, notice: link.error, status: 422 };
  if (link?.ok && link.value.kind === 'listing')
    return {
      values,
      notice:
        'That is a list of works: import it from “Import from AO3” (on your collection page), or link one work.',
      status: 422,
    };
  if (link?.ok && link.value.kind === 'work') {
    const url = workUrl(link.value.workId);
    if (!ao3)
      return {
        values: { ...values, url },
        notice: `The link is filled in. Promptly does not fetch pages from AO3 on this instance: ${PASTE_INSTEAD}`,
        status: 200,
      };
    const fetched = await fetchWork(ao3, writerId, link.value.workId, deps.parse);
    if (!fetched.ok)
      return {
        values: { ...values, url },
        notice: `The link is filled in, but the work could not be read from AO3: ${fetched.failure.message} ${PASTE_INSTEAD}`,
        status: fetched.failure.status === 429 ? 429 : 200,
      };
    return fill(db, writerId, values, fetched.value);
  }
  const parsed = await deps.parse.run('ao3', paste);
  if (!parsed.ok)
    return { values, notice: parsed.error, status: parsed.status === 503 ? 422 : parsed.status };
  const read = parsed.value;
  if (!read.ok) return { values, notice: read.errors.page, status: 422 };
  if (read.value.source === 'text')
    return {
      values: { ...values, words: String(read.value.words) },
      notice: `Words is set to ${formatNumber(read.value.words)}, counted as AO3 counts. The text itself is not kept.`,
      status: 200,
    };
  return fill(db, writerId, values, read.value);
}

function fill(db: Db, writerId: number, values: PieceFormValues, parsed: Ao3Parse): Imported {
  const prompts = resolvePrompts(db, parsed, values.event || null);
  const event = prompts[0]?.event ?? values.event;
  const fills = prompts.filter((p) => p.event === event).map((p) => ({ day: p.day, prompts: p.prompts }));
  const filled: PieceFormValues = {
    ...values,
    title: parsed.title || values.title,
    words: String(parsed.words),
    url: parsed.work_id ? workUrl(parsed.work_id) : values.url,
    fandoms: parsed.fandoms.length > 0 ? parsed.fandoms.join(', ') : values.fandoms,
    rating: RATINGS.find((r) => r === parsed.rating) ?? values.rating,
    summary: parsed.summary || values.summary,
    status: 'posted',
    posted_on: parsed.published ?? values.posted_on,
    event,
    fills: fills.length > 0 ? fills : values.fills,
  };
  const notes: string[] = ['Filled in from the AO3 page: check the fields, then save.'];
  if (fills.length > 0) notes.push(`Found the prompt for ${fills.map((f) => `day ${f.day}`).join(', ')}.`);
  const ticked = fills.filter((f) => f.prompts.length > 0);
  if (ticked.length > 0)
    notes.push(`Its prompts are ticked for ${ticked.map((f) => `day ${f.day}`).join(', ')}.`);
  if (parsed.words !== parsed.words_counted) {
    const shown =
      parsed.chapters && parsed.words_counted < parsed.words ? 'the text on this page' : 'its work text';
    notes.push(
      `The page states ${formatNumber(parsed.words)} words; ${shown} counts ${formatNumber(parsed.words_counted)}.`,
    );
  }
  const logged = parsed.work_id ? loggedAo3Works(db, writerId).get(parsed.work_id) : undefined;
  if (logged) notes.push(`You already logged this work as “${logged.title}”: saving logs it a second time.`);
  return { values: filled, notice: notes.join(' '), status: 200 };
}
