import type { Event } from '../db/schema.ts';
import { wordsLabel } from '../src/domain/format.ts';
import type { MasterpostFormat, MasterpostLine } from '../src/domain/masterpost.ts';
import type { SquickFilter } from '../src/domain/squick.ts';
import { PageHeader } from './components.tsx';
import { Avoidable } from './squick.tsx';
import { TagLineCopy } from './tag-line.tsx';

const FORMATS: { format: MasterpostFormat; title: string; hint: string }[] = [
  { format: 'md', title: 'Markdown', hint: 'For sites that take Markdown, and for your notes.' },
  {
    format: 'html',
    title: 'HTML',
    hint: 'For Tumblr, Dreamwidth and AO3: paste it into the HTML editor.',
  },
  { format: 'txt', title: 'Plain text', hint: 'Links follow each title.' },
];

/**
 * The masterpost as this page shows it: one list item per filled day, titles linked to their pieces,
 * prompts with a word the writer avoids blurred (the texts to copy keep them: the writer wrote those fills).
 */
export function MasterpostPreview(props: {
  lines: MasterpostLine[];
  avoid?: SquickFilter;
  tags?: Map<number, string>;
}) {
  return (
    <ul class="masterpost">
      {props.lines.map((line) => (
        <li>
          {line.label}
          {line.parts.map((part, i) => (
            <>
              {i === 0 ? ' — ' : ' + '}
              <Avoidable text={part} avoid={props.avoid} />
            </>
          ))}{' '}
          —{' '}
          {line.pieces.map((p, i) => (
            <>
              {i > 0 ? '; ' : ''}
              {p.url ? <a href={p.url}>{p.title}</a> : p.title} ({wordsLabel(p.words)})
            </>
          ))}
          {props.tags?.get(line.day) ? (
            <>
              {' '}
              <TagLineCopy
                id={`tags-${line.day}`}
                label={`Tags for ${line.label}`}
                tags={props.tags.get(line.day) ?? ''}
              />
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** One format's text in a read-only field to select (or copy with the button, with JavaScript) and its own link. */
function FormatBox(props: {
  slug: string;
  format: MasterpostFormat;
  title: string;
  hint: string;
  text: string;
}) {
  const id = `masterpost-${props.format}`;
  return (
    <section class="masterpost-format" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{props.title}</h2>
      <p class="hint" id={`${id}-hint`}>
        {props.hint}{' '}
        <a href={`/events/${props.slug}/masterpost?format=${props.format}`}>Open as .{props.format}</a>
      </p>
      <label for={id} class="visually-hidden">
        {props.title} masterpost
      </label>
      <textarea id={id} readonly rows={8} spellcheck={false} aria-describedby={`${id}-hint`}>
        {props.text}
      </textarea>
      <p class="actions">
        <button type="button" class="button small" data-copy={`#${id}`} hidden>
          Copy the {props.title}
        </button>
      </p>
    </section>
  );
}

/** The writer's masterpost for an event: a preview and the text in each format to copy. */
export function MasterpostPage(props: {
  event: Event;
  lines: MasterpostLine[];
  texts: Record<MasterpostFormat, string>;
  avoid?: SquickFilter;
  /** Each day's tag line, when the event has a tag pattern. */
  tags?: Map<number, string>;
}) {
  const e = props.event;
  return (
    <>
      <PageHeader
        title="Your masterpost"
        lead={
          <>
            <a href={`/events/${e.slug}`}>{e.name}</a>: your posted fills in day order.
          </>
        }
      />
      {props.lines.length === 0 ? (
        <p class="muted">
          You have no posted fills in this event yet. <a href={`/pieces/new?event=${e.slug}`}>Log a piece</a>.
        </p>
      ) : (
        <>
          <section aria-labelledby="masterpost-preview-title">
            <h2 id="masterpost-preview-title">Preview</h2>
            <MasterpostPreview lines={props.lines} avoid={props.avoid} tags={props.tags} />
          </section>
          {FORMATS.map((f) => (
            <FormatBox slug={e.slug} {...f} text={props.texts[f.format]} />
          ))}
        </>
      )}
    </>
  );
}
