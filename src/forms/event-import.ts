import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { survivesAsText } from '../domain/event-form.ts';
import type { EventInput } from '../domain/event-input.ts';
import { validateEventJson } from '../domain/event-json.ts';
import type { ParsedList } from '../domain/prompt-list.ts';

/** Largest event JSON the web import reads: 366 days of 10 long prompts fit. */
const MAX_IMPORT_CHARS = 2_000_000;

type Imported = { ok: true; value: EventInput & { list: ParsedList } } | { ok: false; error: string };

/** Reads the "Import JSON" form (a file, or pasted text) and checks the event in it; saves nothing. */
export async function importEventJson(c: Context<AppEnv>): Promise<Imported> {
  const body = await c.req.parseBody();
  const file = body.file;
  const pasted = typeof body.json === 'string' ? body.json : '';
  const text = file instanceof File && file.size > 0 ? await file.text() : pasted;
  if (text.trim() === '') return { ok: false, error: 'Choose a JSON file or paste the JSON.' };
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: 'That JSON is too large for one event.' };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'That is not valid JSON.' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { ok: false, error: 'The JSON must be one event: an object with name, days and alternates.' };
  const result = validateEventJson(json as Record<string, unknown>);
  if (!result.ok) return { ok: false, error: Object.values(result.errors).join(' ') };
  const list: ParsedList = {
    days: result.value.days.map((d) => ({
      day: d.day,
      ...(d.title ? { title: d.title } : {}),
      prompts: d.prompts,
    })),
    alternates: result.value.alternates,
  };
  if (!survivesAsText(list))
    return {
      ok: false,
      error:
        'This event cannot be edited as a text list (a prompt holds “ | ” or starts like a day number); upload it through the API (POST /api/v1/events) instead.',
    };
  return { ok: true, value: { ...result.value, list } };
}
