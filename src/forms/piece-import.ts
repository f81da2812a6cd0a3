import type { Db } from '../../db/client.ts';
import type { PieceFormValues } from '../../views/pieces.tsx';
import { type Ao3Parse, parseAo3 } from '../domain/ao3-import.ts';
import { formatNumber } from '../domain/format.ts';
import { RATINGS } from '../domain/piece.ts';
import { findNamedEvent, matchPromptPositions } from '../domain/prompt-match.ts';
import { eventDaysWithPrompts, listEvents } from '../queries/events.ts';

/** A detected prompt resolved to a Promptly event day and the positions of the prompts it names. */
export type ResolvedPrompt = { event: string; day: number; prompts: number[] };

/** Resolves the prompts an AO3 page names to this instance's events and days (unknown ones are dropped). */
export function resolvePrompts(db: Db, parsed: Ao3Parse, chosenEvent: string | null): ResolvedPrompt[] {
  const events = listEvents(db);
  const resolved: ResolvedPrompt[] = [];
  for (const p of parsed.prompts) {
    const slug = findNamedEvent(p.event, events, chosenEvent);
    const event = events.find((e) => e.slug === slug);
    if (!event) continue;
    const day = eventDaysWithPrompts(db, event.id).find((d) => d.number === p.day);
    if (!day || resolved.some((r) => r.event === event.slug && r.day === day.number)) continue;
    resolved.push({ event: event.slug, day: day.number, prompts: matchPromptPositions(p.text, day.prompts) });
  }
  return resolved;
}

/** The log form filled from a paste (AO3 page, AO3 download, work URL, or plain text), with a note for the writer. */
export function importPaste(
  db: Db,
  values: PieceFormValues,
  paste: string,
): { values: PieceFormValues; notice: string } {
  if (paste.trim() === '') return { values, notice: 'Paste your story, its AO3 page or its AO3 link first.' };
  const parsed = parseAo3(paste);
  if (parsed.source === 'url') {
    return {
      values: { ...values, url: `https://archiveofourown.org/works/${parsed.work_id}` },
      notice:
        'The link is filled in. Promptly does not fetch pages from AO3: paste the work page’s text to fill in the rest.',
    };
  }
  if (parsed.source === 'text') {
    return {
      values: { ...values, words: String(parsed.words) },
      notice: `Words is set to ${formatNumber(parsed.words)}, counted as AO3 counts. The text itself is not kept.`,
    };
  }
  const prompts = resolvePrompts(db, parsed, values.event || null);
  const event = prompts[0]?.event ?? values.event;
  const filled: PieceFormValues = {
    ...values,
    title: parsed.title || values.title,
    words: String(parsed.words),
    url: parsed.work_id ? `https://archiveofourown.org/works/${parsed.work_id}` : values.url,
    fandoms: parsed.fandoms.length > 0 ? parsed.fandoms.join(', ') : values.fandoms,
    rating: RATINGS.find((r) => r === parsed.rating) ?? values.rating,
    summary: parsed.summary || values.summary,
    status: 'posted',
    posted_on: parsed.published ?? values.posted_on,
    event,
    fills:
      prompts.length > 0
        ? prompts.filter((p) => p.event === event).map((p) => ({ day: p.day, prompts: p.prompts }))
        : values.fills,
  };
  const counted =
    parsed.words !== parsed.words_counted
      ? ` The page states ${formatNumber(parsed.words)} words; its work text counts ${formatNumber(parsed.words_counted)}.`
      : '';
  const found =
    prompts.length > 0 ? ` Found the prompt for ${prompts.map((p) => `day ${p.day}`).join(', ')}.` : '';
  return {
    values: filled,
    notice: `Filled in from the AO3 page: check the fields, then save.${found}${counted}`,
  };
}
