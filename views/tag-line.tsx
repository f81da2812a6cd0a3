import { dayName } from '../src/domain/calendar.ts';
import { tagLine } from '../src/domain/tag-line.ts';
import type { PieceDetail } from '../src/queries/pieces.ts';

/** A tag line in a read-only field, with a button to copy it (shown with JavaScript). */
export function TagLineCopy(props: { id: string; label: string; tags: string }) {
  return (
    <span class="tag-line">
      <label for={props.id} class="visually-hidden">
        {props.label}
      </label>
      <input id={props.id} type="text" readonly value={props.tags} spellcheck={false} />
      <button type="button" class="button small" data-copy={`#${props.id}`} hidden>
        Copy the tags
      </button>
    </span>
  );
}

/** The tags for each fill of a piece whose event has a tag pattern, to copy onto its post. */
export function PieceTagLines(props: { piece: PieceDetail }) {
  const lines = props.piece.fills
    .filter((f) => f.tagPattern !== '')
    .map((f) => ({
      key: `${f.eventSlug}-${f.day}`,
      label: `${f.eventName}, ${dayName(f.dayLabel, f.day)}`,
      tags: tagLine(
        f.tagPattern,
        f.day,
        f.prompts.map((p) => p.text),
      ),
    }));
  if (lines.length === 0) return null;
  return (
    <section aria-labelledby="tags-title">
      <h2 id="tags-title">Tags for your post</h2>
      <ul class="tag-lines">
        {lines.map((l) => (
          <li>
            {l.label}: <TagLineCopy id={`tags-${l.key}`} label={`Tags for ${l.label}`} tags={l.tags} />
          </li>
        ))}
      </ul>
    </section>
  );
}
