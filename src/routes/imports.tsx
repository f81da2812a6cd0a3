import { type Context, Hono } from 'hono';
import { ImportPreview, type ImportPreviewProps } from '../../views/import-preview.tsx';
import { ImportDone, ImportPage, type ImportPageProps, ImportProgress } from '../../views/imports.tsx';
import { jobsOf, type ListingJob } from '../ao3/jobs.ts';
import { requireWriter } from '../auth/guards.ts';
import { type AppEnv, parsePoolOf, signedIn, todayOf } from '../context.ts';
import { readAo3Link } from '../domain/ao3-url.ts';
import { importCandidate, type PreviewRow } from '../domain/import-preview.ts';
import { type PieceToSave, validatePiece } from '../domain/piece-input.ts';
import { textProblem } from '../domain/text-input.ts';
import { importWorks } from '../queries/ao3-imports.ts';
import { eventDaysWithPrompts, findEvent, listEvents } from '../queries/events.ts';
import { redirectAfterPost, render } from '../render.tsx';
import { freshRows, readPreviewForm } from './import-rows.ts';

type Ctx = Context<AppEnv>;

function showImportPage(
  c: Ctx,
  props: Omit<ImportPageProps, 'events' | 'fetches'>,
  status: 200 | 422 | 503 = 200,
) {
  const page = { ...props, events: listEvents(c.get('deps').db), fetches: Boolean(c.get('deps').ao3) };
  return render(c, { title: 'Import from AO3', body: <ImportPage {...page} />, status });
}

function showPreview(
  c: Ctx,
  props: Omit<ImportPreviewProps, 'events' | 'days' | 'eventName'>,
  status: 200 | 422 = 200,
) {
  const { db } = c.get('deps');
  const event = props.event ? findEvent(db, props.event) : undefined;
  const days = event ? eventDaysWithPrompts(db, event.id) : [];
  const view = <ImportPreview {...props} event={event?.slug ?? null} events={listEvents(db)} days={days} />;
  return render(c, { title: 'Import from AO3: preview', body: view, fragment: view, status });
}

const pagesRead = (n: number) =>
  n === 0
    ? 'Nothing could be read: paste the list’s HTML instead.'
    : `The preview shows the ${n === 1 ? 'page' : `${n} pages`} read before it.`;

/** The job's page: its progress while it runs (refreshing itself), then the preview of what it found. */
function showJob(c: Ctx, job: ListingJob) {
  if (job.state === 'running') {
    const view = <ImportProgress job={job} />;
    return render(c, { title: 'Import from AO3: reading', body: view, fragment: view, refresh: 2 });
  }
  const { db } = c.get('deps');
  const fresh = freshRows(db, signedIn(c).id, job.works, job.event || null);
  const notices = [
    job.state === 'cancelled' ? `Cancelled after ${job.pagesFetched} of ${job.pagesFound} pages.` : '',
    job.failure ? `${job.failure.message} ${pagesRead(job.pagesFetched)}` : '',
    job.pagesLeft > 0
      ? `Only the first ${job.pagesFound} pages were read; ${job.pagesLeft} more were left.`
      : '',
  ];
  return showPreview(c, {
    ...fresh,
    heading: job.heading,
    skipped: job.skipped,
    notice: notices.join(' ').trim(),
  });
}

/** `/pieces/import`: a whole list of AO3 works at once — pasted, or linked and fetched page by page. */
export function importRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', requireWriter, (c) =>
    showImportPage(c, { values: { event: c.req.query('event') ?? '', url: '', paste: '' }, errors: {} }),
  );

  app.post('/', requireWriter, async (c) => {
    const body = await c.req.parseBody();
    const values = {
      event: String(body.event ?? ''),
      url: String(body.url ?? '').trim(),
      paste: String(body.paste ?? ''),
    };
    const { db, ao3 } = c.get('deps');
    const writer = signedIn(c);
    if (values.url) {
      const link = readAo3Link(values.url, ao3 ? [ao3.host] : []);
      const error = !link
        ? 'Give the address of an AO3 page (https://archiveofourown.org/…).'
        : !link.ok
          ? link.error
          : link.value.kind === 'work'
            ? 'That is one work: log it with “Log a piece” (paste its link there), or link a list of works.'
            : !ao3
              ? 'Promptly does not fetch pages from AO3 on this instance: paste the list’s HTML instead.'
              : null;
      if (error || !link?.ok) return showImportPage(c, { values, errors: { url: error! } }, 422);
      const job = jobsOf(ao3!, db).start(writer.id, link.value.path, values.event);
      return redirectAfterPost(c, `/pieces/import/jobs/${job.id}`);
    }
    if (values.paste.trim() === '')
      return showImportPage(
        c,
        { values, errors: { paste: 'Paste a list of works, or give its link.' } },
        422,
      );
    const problem = textProblem(values.paste, 'The pasted page', true);
    if (problem) return showImportPage(c, { values, errors: { paste: problem } }, 422);
    const parsed = await parsePoolOf(c).run('ao3Listing', values.paste);
    if (!parsed.ok) return showImportPage(c, { values, errors: { paste: parsed.error } }, parsed.status);
    const read = parsed.value;
    if (!read.ok)
      return showImportPage(
        c,
        { values: { ...values, paste: '' }, errors: { paste: read.errors.page } },
        422,
      );
    const fresh = freshRows(db, writer.id, read.value.works, values.event || null);
    const notice = fresh.cut > 0 ? `Only the first ${fresh.rows.length} works are shown.` : '';
    return showPreview(c, { ...fresh, heading: read.value.heading, skipped: read.value.skipped, notice });
  });

  app.get('/jobs/:id', requireWriter, (c) => {
    const ao3 = c.get('deps').ao3;
    const job = ao3 ? jobsOf(ao3, c.get('deps').db).get(c.req.param('id'), signedIn(c).id) : undefined;
    return job ? showJob(c, job) : c.notFound();
  });

  app.post('/jobs/:id/cancel', requireWriter, (c) => {
    const ao3 = c.get('deps').ao3;
    const job = ao3 ? jobsOf(ao3, c.get('deps').db).cancel(c.req.param('id'), signedIn(c).id) : undefined;
    return job ? redirectAfterPost(c, `/pieces/import/jobs/${job.id}`) : c.notFound();
  });

  app.post('/save', requireWriter, async (c) => {
    const { db } = c.get('deps');
    const writer = signedIn(c);
    const form = await readPreviewForm(c, writer.id);
    if (!form) return c.text('The preview could not be read: start the import again.', 400);
    const event = form.event ? findEvent(db, form.event) : undefined;
    if (form.event && !event) return showPreview(c, { ...form, notice: 'That event does not exist.' }, 422);
    const props = { event: event?.slug ?? null, rows: form.rows };
    if (form.intent !== 'save') return showPreview(c, props);
    const dayMap = event
      ? new Map(eventDaysWithPrompts(db, event.id).map((d) => [d.number, d.prompts.map((p) => p.position)]))
      : null;
    const today = todayOf(c);
    const chosen: { workId: string; piece: PieceToSave }[] = [];
    const rows: PreviewRow[] = form.rows.map((row) => {
      if (!row.picked) return row;
      const checked = validatePiece(importCandidate(row.work, event ? row.fills : []), dayMap);
      if (!checked.ok) return { ...row, error: Object.values(checked.errors).join(' ') };
      const input = { ...checked.value, postedOn: checked.value.postedOn ?? today };
      chosen.push({
        workId: row.work.work_id,
        piece: { ...input, fills: event ? input.fills.map((f) => ({ ...f, eventId: event.id })) : [] },
      });
      return row;
    });
    if (rows.some((r) => r.error))
      return showPreview(
        c,
        { ...props, rows, notice: 'Nothing was imported: correct the works marked below.' },
        422,
      );
    if (chosen.length === 0)
      return showPreview(c, { ...props, notice: 'Choose at least one work to import.' }, 422);
    const done = importWorks(db, writer.id, event?.id ?? null, chosen);
    const query = new URLSearchParams({
      added: String(done.added.length),
      skipped: String(done.skipped.length),
    });
    if (event) query.set('event', event.slug);
    return redirectAfterPost(c, `/pieces/import/done?${query}`);
  });

  app.get('/done', requireWriter, (c) => {
    const count = (k: string) => Math.max(0, Number.parseInt(c.req.query(k) ?? '0', 10) || 0);
    const event = findEvent(c.get('deps').db, c.req.query('event') ?? '');
    return render(c, {
      title: 'Imported from AO3',
      body: <ImportDone added={count('added')} skipped={count('skipped')} event={event ?? null} />,
    });
  });

  return app;
}
