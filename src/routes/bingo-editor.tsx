import { Hono } from 'hono';
import { BingoEditorPage, type BingoFormValues, EMPTY_BINGO_FORM } from '../../views/bingo-editor.tsx';
import { requireWriter } from '../auth/guards.ts';
import { type AppEnv, signedIn } from '../context.ts';
import { validateBingoEvent } from '../domain/bingo-event.ts';
import { readBingoPool } from '../domain/bingo-pool.ts';
import { type FormBody, formValue as one } from '../domain/form-fields.ts';
import { createBingoEvent } from '../queries/bingo-events.ts';
import { redirectAfterPost, render } from '../render.tsx';

const blankToNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** `/events/new/bingo`: an organiser pastes a pool and creates a bingo event. */
export function bingoEditorRoutes() {
  const app = new Hono<AppEnv>();
  const title = 'New bingo event';

  app.get('/new/bingo', requireWriter, (c) =>
    render(c, { title, body: <BingoEditorPage values={EMPTY_BINGO_FORM} errors={{}} /> }),
  );

  app.post('/new/bingo', requireWriter, async (c) => {
    const body = (await c.req.parseBody({ all: true })) as FormBody;
    const values: BingoFormValues = {
      name: one(body, 'name'),
      slug: one(body, 'slug'),
      description: one(body, 'description'),
      opens: one(body, 'opens'),
      closes: one(body, 'closes'),
      card_size: one(body, 'card_size') || '5',
      free_centre: one(body, 'free_centre') === 'on',
      pool: one(body, 'pool'),
      min_words: one(body, 'min_words'),
      max_squares_per_piece: one(body, 'max_squares_per_piece'),
      reroll: one(body, 'reroll') === 'on',
    };
    const read = readBingoPool(values.pool);
    const preview = read.ok ? read.value : undefined;
    const show = (errors: Record<string, string>, status: 200 | 422 | 429) =>
      render(c, {
        title,
        body: <BingoEditorPage values={values} errors={errors} preview={preview} />,
        status,
      });
    if (!read.ok) return show({ pool: read.errors.join(' ') }, 422);
    const result = validateBingoEvent({
      kind: 'bingo',
      name: values.name,
      slug: values.slug,
      description: values.description,
      opens: values.opens,
      closes: values.closes,
      card_size: Number(values.card_size),
      free_centre: values.free_centre,
      pool: read.value.prompts,
      rules: {
        min_words: blankToNull(values.min_words),
        max_squares_per_piece: blankToNull(values.max_squares_per_piece),
        reroll: values.reroll,
      },
    });
    if (one(body, 'intent') === 'preview') return show(result.ok ? {} : result.errors, 200);
    if (!result.ok) return show(result.errors, 422);
    const writer = signedIn(c);
    const at = c.get('deps').now().toUTC().toISO() as string;
    const saved = createBingoEvent(c.get('deps').db, writer.id, result.value, {
      at,
      unlimited: writer.isAdmin,
    });
    if (!saved.ok) return show(saved.errors, 'retryAt' in saved ? 429 : 422);
    return redirectAfterPost(c, `/events/${saved.value.slug}`);
  });

  return app;
}
