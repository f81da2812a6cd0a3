import type { Context } from 'hono';
import type { PieceFormValues } from '../../views/pieces.tsx';
import type { AppEnv } from '../context.ts';
import { formValues as all, type FormBody, formValue as one } from '../domain/form-fields.ts';
import type { PieceCandidate } from '../domain/piece-input.ts';

/** Reads the log form: the values as typed, the button pressed, the candidate to validate and the form's submission token. */
export async function readPieceForm<E extends AppEnv>(
  c: Context<E>,
): Promise<{
  values: PieceFormValues;
  intent: string;
  candidate: PieceCandidate;
  paste: string;
  submission: string;
}> {
  // FORM_LIMITS caps how many values a field brings; each day is read once however often it is sent.
  const body = (await c.req.parseBody({ all: true })) as FormBody;
  const dayNumbers = [...new Set(all(body, 'day').map((d) => Number(d)))];
  const addDay = one(body, 'add_day');
  let intent = one(body, 'intent') || 'save';
  if (intent === 'add-day') intent = `add-day:${addDay}`;
  // A day chosen in "Day filled" counts on save even if "Add this day" was not pressed.
  if (intent === 'save' && addDay !== '' && !dayNumbers.includes(Number(addDay)))
    dayNumbers.push(Number(addDay));
  const fills = dayNumbers.map((day) => ({
    day,
    prompts: all(body, `prompts-${day}`).map((p) => Number(p)),
  }));
  const values: PieceFormValues = {
    title: one(body, 'title'),
    url: one(body, 'url'),
    words: one(body, 'words'),
    fandoms: one(body, 'fandoms'),
    rating: one(body, 'rating') || 'Not Rated',
    summary: one(body, 'summary'),
    notes: one(body, 'notes'),
    status: one(body, 'status') || 'posted',
    posted_on: one(body, 'posted_on'),
    event: one(body, 'event'),
    fills: fills.filter((f) => Number.isInteger(f.day)),
    squares: [...new Set(all(body, 'square'))],
  };
  const candidate: PieceCandidate = {
    title: values.title,
    url: values.url,
    words: values.words,
    fandoms: values.fandoms,
    rating: values.rating,
    summary: values.summary,
    notes: values.notes,
    status: values.status,
    posted_on: values.posted_on,
    fills,
  };
  // The pasted text is only read here, never stored or logged.
  return { values, intent, candidate, paste: one(body, 'paste'), submission: one(body, 'submission') };
}
