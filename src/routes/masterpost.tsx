import { type Context, Hono } from 'hono';
import type { Event } from '../../db/schema.ts';
import { MasterpostPage } from '../../views/masterpost.tsx';
import { requireWriter } from '../auth/guards.ts';
import { type AppEnv, avoidOf, signedIn } from '../context.ts';
import { bingoMasterpostLines } from '../domain/bingo-masterpost.ts';
import {
  MASTERPOST_FORMATS,
  MASTERPOST_TYPES,
  type MasterpostFormat,
  type MasterpostLine,
  masterpostLines,
  renderMasterpost,
} from '../domain/masterpost.ts';
import { tagLine } from '../domain/tag-line.ts';
import { cardView } from '../queries/bingo-view.ts';
import { findEvent } from '../queries/events.ts';
import { masterpostFills } from '../queries/masterpost.ts';
import { render } from '../render.tsx';

/** The signed-in (or token) writer's masterpost lines for `event`. */
function linesFor(c: Context<AppEnv>, event: Event): MasterpostLine[] {
  if (event.kind === 'bingo') {
    const at = c.get('deps').now().toUTC().toISO() as string;
    return bingoMasterpostLines(cardView(c.get('deps').db, event, signedIn(c).id, at)?.squares ?? []);
  }
  return masterpostLines(event.dayLabel, masterpostFills(c.get('deps').db, signedIn(c).id, event));
}

/** Each filled day's tag line under the event's pattern (the prompts the writer used that day), by day. */
function tagsByDay(c: Context<AppEnv>, event: Event): Map<number, string> {
  const prompts = new Map<number, Map<number, string>>();
  if (event.tagPattern === '') return new Map();
  for (const fill of masterpostFills(c.get('deps').db, signedIn(c).id, event)) {
    const day = prompts.get(fill.day) ?? new Map<number, string>();
    for (const p of fill.prompts) day.set(p.position, p.text);
    prompts.set(fill.day, day);
  }
  return new Map(
    [...prompts].map(([n, used]) => [
      n,
      tagLine(
        event.tagPattern,
        n,
        [...used].sort(([a], [b]) => a - b).map(([, text]) => text),
      ),
    ]),
  );
}

/** The signed-in (or token) writer's masterpost for `event` in `format`. */
export function masterpostFor(c: Context<AppEnv>, event: Event, format: MasterpostFormat): string {
  return renderMasterpost(format, event.name, linesFor(c, event));
}

/** `/events/:slug/masterpost`: the writer's masterpost as a page to copy from, or as md, html or txt. */
export function masterpostRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/:slug/masterpost', requireWriter, (c) => {
    const event = findEvent(c.get('deps').db, c.req.param('slug'));
    if (!event) return c.notFound();
    const format = c.req.query('format');
    if (format !== undefined) {
      if (!MASTERPOST_FORMATS.includes(format as MasterpostFormat)) return c.notFound();
      c.header('Content-Type', MASTERPOST_TYPES[format as MasterpostFormat]);
      return c.body(masterpostFor(c, event, format as MasterpostFormat));
    }
    const lines = linesFor(c, event);
    const texts = Object.fromEntries(
      MASTERPOST_FORMATS.map((f) => [f, renderMasterpost(f, event.name, lines)]),
    ) as Record<MasterpostFormat, string>;
    return render(c, {
      title: `Masterpost · ${event.name}`,
      body: (
        <MasterpostPage
          event={event}
          lines={lines}
          texts={texts}
          avoid={avoidOf(c)}
          tags={tagsByDay(c, event)}
        />
      ),
    });
  });

  return app;
}
