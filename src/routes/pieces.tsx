import { type Context, Hono } from 'hono';
import type { Event } from '../../db/schema.ts';
import { CollectionPage, type CollectionQuery, CollectionResults } from '../../views/collection.tsx';
import {
  DeletePiecePage,
  EMPTY_PIECE_FORM,
  PasteCount,
  PieceForm,
  PieceFormPage,
  type PieceFormValues,
  PiecePage,
} from '../../views/pieces.tsx';
import { requireWriter } from '../auth/guards.ts';
import { type AppEnv, avoidOf, parsePoolOf, signedIn, todayOf, writerOf } from '../context.ts';
import { dayName } from '../domain/calendar.ts';
import { PIECE_STATUSES } from '../domain/piece.ts';
import { type FieldErrors, inEvent, PIECE_LIMITS, validatePiece } from '../domain/piece-input.ts';
import { textProblem } from '../domain/text-input.ts';
import { readPieceForm } from '../forms/piece-form.ts';
import { importPaste } from '../forms/piece-import.ts';
import { formSquares, otherSquares } from '../forms/piece-squares.ts';
import { createOnce, submissionOf } from '../forms/submission.ts';
import { flash } from '../http/flash.ts';
import { cardView } from '../queries/bingo-view.ts';
import { publicPiece } from '../queries/collection.ts';
import { visibleEvents } from '../queries/event-listing.ts';
import { eventDaysWithPrompts, findEvent } from '../queries/events.ts';
import { joinEvent } from '../queries/members.ts';
import {
  createPiece,
  deletePiece,
  findPiece,
  listPieces,
  type PieceDetail,
  updatePiece,
  writerFandoms,
} from '../queries/pieces.ts';
import { redirectAfterPost, render } from '../render.tsx';

const PER_PAGE = 20;

type Ctx = Context<AppEnv>;

const nowIso = (c: Ctx) => c.get('deps').now().toUTC().toISO() as string;

/** The signed-in writer's own piece with this id, or undefined (someone else's piece is not found either). */
function ownPiece(c: Ctx): PieceDetail | undefined {
  const id = Number(c.req.param('id'));
  const writer = writerOf(c);
  if (!Number.isSafeInteger(id) || !writer) return undefined;
  const piece = findPiece(c.get('deps').db, id);
  return piece && piece.writerId === writer.id ? piece : undefined;
}

/** The log form's values for an existing piece. */
function valuesOf(piece: PieceDetail): PieceFormValues {
  const eventSlug = piece.fills[0]?.eventSlug ?? piece.squares[0]?.eventSlug ?? '';
  return {
    title: piece.title,
    url: piece.url ?? '',
    words: String(piece.words),
    fandoms: piece.fandoms.join(', '),
    rating: piece.rating,
    summary: piece.summary,
    notes: piece.notes,
    status: piece.status,
    posted_on: piece.postedOn ?? '',
    event: eventSlug,
    fills: piece.fills
      .filter((f) => f.eventSlug === eventSlug)
      .map((f) => ({ day: f.day, prompts: f.prompts.map((p) => p.position) })),
    squares: piece.squares.filter((s) => s.eventSlug === eventSlug).map((s) => `${s.row}-${s.col}`),
  };
}

/** Renders the form (whole page, or the form alone for htmx). */
function showForm(
  c: Ctx,
  opts: {
    values: PieceFormValues;
    errors: FieldErrors;
    event?: Event;
    action: string;
    heading: string;
    notice?: string;
    submission?: string;
  },
  status: 200 | 422 | 429 = 200,
) {
  const { db } = c.get('deps');
  // A piece may fill an event the list leaves out (hidden, and left): it stays choosable.
  const listed = visibleEvents(db, writerOf(c));
  const shown = opts.event;
  const props = {
    action: opts.action,
    values: opts.values,
    errors: opts.errors,
    events: shown && !listed.some((e) => e.id === shown.id) ? [...listed, shown] : listed,
    event: opts.event,
    days: opts.event && opts.event.kind !== 'bingo' ? eventDaysWithPrompts(db, opts.event.id) : [],
    card: opts.event?.kind === 'bingo' ? cardView(db, opts.event, signedIn(c).id, nowIso(c)) : undefined,
    submitLabel: opts.action === '/pieces' ? 'Save the piece' : 'Save changes',
    notice: opts.notice,
    submission: opts.submission,
    avoid: avoidOf(c),
  };
  return render(c, {
    title: opts.heading,
    body: <PieceFormPage {...props} heading={opts.heading} />,
    fragment: <PieceForm {...props} />,
    status,
  });
}

/** What saving a new piece says: "Saved “Frostbite” for Day 2 of Promptober." (days joined by "and"). */
function savedMessage(title: string, event: Event | undefined, days: number[]): string {
  if (!event || days.length === 0) return `Saved “${title}”.`;
  const names = days.map((n) => dayName(event.dayLabel, n));
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return `Saved “${title}” for ${list} of ${event.name}.`;
}

/** Handles a post of the log form: re-render for the add/remove-day intents, or validate and save. */
async function submitForm(c: Ctx, existing: PieceDetail | undefined) {
  const { db } = c.get('deps');
  const action = existing ? `/pieces/${existing.id}` : '/pieces';
  const heading = existing ? `Edit “${existing.title}”` : 'Log a piece';
  const form = await readPieceForm(c);
  const { intent, candidate } = form;
  // A new piece's form keeps its submission token through re-renders (errors, added days).
  const submission = existing ? undefined : submissionOf(form.submission);
  const imported =
    intent === 'import'
      ? await importPaste(
          { ...c.get('deps'), parse: parsePoolOf(c) },
          signedIn(c).id,
          form.values,
          form.paste,
        )
      : undefined;
  const values = imported?.values ?? form.values;
  const event = values.event ? findEvent(db, values.event) : undefined;
  if (values.event && !event) {
    const errors = { fills: 'That event does not exist.' };
    return showForm(c, { values, errors, action, heading, submission }, 422);
  }
  const days = event ? eventDaysWithPrompts(db, event.id) : [];
  if (intent.startsWith('add-day:') && values.fills.length >= PIECE_LIMITS.fills) {
    const errors = { fills: `A piece fills at most ${PIECE_LIMITS.fills} days.` };
    return showForm(c, { values, errors, event, action, heading, submission }, 422);
  }
  if (intent !== 'save') {
    const next = applyIntent(values, intent, days);
    const notice = imported?.notice;
    return showForm(
      c,
      { values: next, errors: {}, event, action, heading, notice, submission },
      imported?.status,
    );
  }
  const dayMap = event ? new Map(days.map((d) => [d.number, d.prompts.map((p) => p.position)])) : null;
  const result = validatePiece(candidate, dayMap);
  if (!result.ok)
    return showForm(c, { values, errors: result.errors, event, action, heading, submission }, 422);
  const input = result.value;
  if (input.status === 'posted' && !input.postedOn) input.postedOn = todayOf(c);
  const eventId = event?.id ?? null;
  const ticked = event?.kind === 'bingo' ? formSquares(db, event, signedIn(c).id, values.squares) : undefined;
  if (ticked && !ticked.ok)
    return showForm(c, { values, errors: { fills: ticked.error }, event, action, heading, submission }, 422);
  const squares = ticked?.ok ? ticked.squares : [];
  if (existing) {
    // The form edits one event's fills; fills of other events (logged through the API) stay.
    const shown = existing.fills[0]?.eventId;
    const kept = existing.fills
      .filter((f) => f.eventId !== shown && f.eventId !== eventId)
      .map((f) => ({ eventId: f.eventId, day: f.day, prompts: f.prompts.map((p) => p.position) }));
    const piece = inEvent(input, eventId);
    const allSquares = [...squares, ...otherSquares(existing, eventId)];
    updatePiece(db, existing.id, { ...piece, fills: [...piece.fills, ...kept], squares: allSquares });
    flash(c, `Saved your changes to “${input.title}”.`);
    return redirectAfterPost(c, `/pieces/${existing.id}`);
  }
  const writer = signedIn(c);
  // A double click (or a resent form) is sent to the piece the first post made.
  const made = createOnce<never>(c, submissionOf(submission), [values, candidate.fills], () => {
    const id = createPiece(db, writer.id, { ...inEvent(input, eventId), squares });
    // Logging a piece for an event joins it, so the event shows on the writer's home page.
    if (eventId !== null) joinEvent(db, writer.id, eventId);
    flash(
      c,
      savedMessage(
        input.title,
        event,
        input.fills.map((f) => f.day),
      ),
    );
    return { ok: true, location: `/pieces/${id}` };
  });
  return redirectAfterPost(c, made.ok ? made.location : '/pieces');
}

/** The form values after "add this day", "remove day N" or "change event". */
function applyIntent(
  values: PieceFormValues,
  intent: string,
  days: { number: number; prompts: unknown[] }[],
): PieceFormValues {
  if (intent === 'change-event') {
    const known = new Set(days.map((d) => d.number));
    return { ...values, fills: values.fills.filter((f) => known.has(f.day)) };
  }
  if (intent.startsWith('add-day:')) {
    const n = Number(intent.slice('add-day:'.length));
    const day = days.find((d) => d.number === n);
    if (!day || values.fills.some((f) => f.day === n)) return values;
    const fills = [...values.fills, { day: n, prompts: day.prompts.length === 1 ? [1] : [] }];
    return { ...values, fills: fills.sort((a, b) => a.day - b.day) };
  }
  if (intent.startsWith('remove-day:')) {
    const n = Number(intent.slice('remove-day:'.length));
    return { ...values, fills: values.fills.filter((f) => f.day !== n) };
  }
  return values;
}

/** `/pieces`: the collection, the log form, and each piece's view, edit and delete. */
export function pieceRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', requireWriter, (c) => {
    const { db } = c.get('deps');
    const writerId = signedIn(c).id;
    const q = c.req.query();
    const events = visibleEvents(db, signedIn(c));
    const event = events.find((e) => e.slug === q.event);
    const status = PIECE_STATUSES.find((s) => s === q.status);
    const sort = q.sort === 'words' || q.sort === 'title' ? q.sort : 'date';
    const page = Math.min(Math.max(1, Number.parseInt(q.page ?? '1', 10) || 1), 100_000);
    const query: CollectionQuery = {
      event: event?.slug ?? '',
      status: status ?? '',
      fandom: q.fandom ?? '',
      sort,
      page,
    };
    const result = listPieces(db, writerId, {
      event: event?.id,
      status,
      fandom: q.fandom || undefined,
      sort,
      page,
      perPage: PER_PAGE,
    });
    const props = { ...result, query, perPage: PER_PAGE, avoid: avoidOf(c) };
    return render(c, {
      title: 'Collection',
      body: <CollectionPage {...props} events={events} fandoms={writerFandoms(db, writerId)} />,
      fragment: <CollectionResults {...props} />,
    });
  });

  app.get('/new', requireWriter, (c) => {
    const { db } = c.get('deps');
    const event = findEvent(db, c.req.query('event') ?? '');
    const asked = c.req.query('day');
    // Without a day, the event's day on the writer's today (their day may end after midnight).
    const today = todayOf(c);
    const day = event
      ? eventDaysWithPrompts(db, event.id).find((d) =>
          asked === undefined ? d.date === today : d.number === Number(asked),
        )
      : undefined;
    const square = c.req.query('square');
    const values: PieceFormValues = {
      ...EMPTY_PIECE_FORM,
      event: event?.slug ?? '',
      fills: day ? [{ day: day.number, prompts: day.prompts.length === 1 ? [1] : [] }] : [],
      squares: event?.kind === 'bingo' && square ? [square] : [],
    };
    const submission = submissionOf(undefined);
    return showForm(c, { values, errors: {}, event, action: '/pieces', heading: 'Log a piece', submission });
  });

  app.post('/', requireWriter, (c) => submitForm(c, undefined));

  // The live count under "paste your story": reads only the pasted text, keeps nothing.
  app.post('/word-count', async (c) => {
    const { paste } = await readPieceForm(c);
    const problem = textProblem(paste, 'The pasted text', true);
    if (problem) return c.html(<PasteCount problem={problem} />);
    if (!paste.trim()) return c.html(<PasteCount />);
    const parsed = await parsePoolOf(c).run('ao3', paste);
    if (!parsed.ok) return c.html(<PasteCount problem={parsed.error} />, parsed.status);
    const read = parsed.value;
    return c.html(
      <PasteCount words={read.ok && read.value.source !== 'url' ? read.value.words_counted : undefined} />,
    );
  });

  app.get('/:id{[0-9]+}', (c) => {
    const piece = ownPiece(c);
    if (piece) return render(c, { title: piece.title, body: <PiecePage piece={piece} avoid={avoidOf(c)} /> });
    // Others see a posted piece of a public profile, read-only; anything else is not found (not forbidden).
    const shown = publicPiece(c.get('deps').db, Number(c.req.param('id')));
    if (!shown) return c.notFound();
    return render(c, {
      title: shown.title,
      body: <PiecePage piece={shown} by={shown.writer} avoid={avoidOf(c)} />,
    });
  });

  app.get('/:id{[0-9]+}/edit', (c) => {
    const piece = ownPiece(c);
    if (!piece) return c.notFound();
    const slug = piece.fills[0]?.eventSlug ?? piece.squares[0]?.eventSlug;
    const event = slug ? findEvent(c.get('deps').db, slug) : undefined;
    return showForm(c, {
      values: valuesOf(piece),
      errors: {},
      event,
      action: `/pieces/${piece.id}`,
      heading: `Edit “${piece.title}”`,
    });
  });

  app.post('/:id{[0-9]+}', (c) => {
    const piece = ownPiece(c);
    if (!piece) return c.notFound();
    return submitForm(c, piece);
  });

  app.get('/:id{[0-9]+}/delete', (c) => {
    const piece = ownPiece(c);
    if (!piece) return c.notFound();
    return render(c, { title: `Delete ${piece.title}`, body: <DeletePiecePage piece={piece} /> });
  });

  app.post('/:id{[0-9]+}/delete', (c) => {
    const piece = ownPiece(c);
    if (!piece) return c.notFound();
    deletePiece(c.get('deps').db, piece.id);
    flash(c, `Deleted “${piece.title}”.`);
    return redirectAfterPost(c, '/pieces');
  });

  return app;
}
