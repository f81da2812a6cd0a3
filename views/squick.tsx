import { avoids, NO_SQUICKS, type SquickFilter } from '../src/domain/squick.ts';
import { Icon } from './icons.tsx';

/**
 * A prompt the writer avoids, blurred behind a disclosure that shows it (a real `<details>`: by
 * click, by key, with or without JavaScript). Neither the blurred copy nor the label name the word avoided.
 */
export function HiddenPrompt(props: { text: string; compact?: boolean }) {
  return (
    <details class={`squick${props.compact ? ' compact' : ''}`}>
      <summary>
        <span class="squick-blur" aria-hidden="true">
          {props.text}
        </span>{' '}
        <span class="squick-label">
          <Icon name="eye" />
          <span class={`when-closed${props.compact ? ' visually-hidden' : ''}`}>Show prompt</span>
          <span class={`when-open${props.compact ? ' visually-hidden' : ''}`}>Hide prompt</span>
          <span class="visually-hidden"> (hidden: it has a word you avoid)</span>
        </span>
      </summary>
      <span class="squick-text">{props.text}</span>
    </details>
  );
}

/** A fill's prompts joined by " + ", those the writer avoids blurred (compact) as in the calendar. */
export function PromptNames(props: { prompts: { text: string; hidden: boolean }[] }) {
  return (
    <>
      {props.prompts.map((p, i) => (
        <>
          {i > 0 ? ' + ' : ''}
          {p.hidden ? <HiddenPrompt text={p.text} compact /> : p.text}
        </>
      ))}
    </>
  );
}

/**
 * "Try instead": the day's prompts the writer does not avoid, and `alternates` (the event's pool,
 * on the day page) or a link to them; nothing when no prompt of the day is hidden.
 */
export function TryInstead(props: {
  prompts: { text: string; hidden: boolean }[];
  alternates?: string[];
  alternatesHref?: string;
}) {
  if (!props.prompts.some((p) => p.hidden)) return null;
  const others = props.prompts.filter((p) => !p.hidden).map((p) => p.text);
  const alternates = props.alternates ?? [];
  return (
    <p class="try-instead">
      <Icon name="swap" />
      <span>
        <strong>Try instead:</strong> {others.length > 0 ? others.join(' · ') : null}
        {alternates.length > 0 ? (
          <>
            {others.length > 0 ? ' — or an alternate: ' : 'an alternate: '}
            {alternates.join(' · ')}
          </>
        ) : props.alternatesHref ? (
          <>
            {others.length > 0 ? ' — or ' : ''}
            <a href={props.alternatesHref}>one of the event’s alternates</a>
          </>
        ) : others.length === 0 ? (
          'any prompt of your own choosing.'
        ) : null}
      </span>
    </p>
  );
}

/**
 * Text with a word the writer avoids, blurred in place where a disclosure cannot go (a heading, a
 * legend, a checkbox's label); screen readers hear that it is hidden, not the text.
 */
export function BlurredText(props: { text: string }) {
  return (
    <span class="squick-inline">
      <span class="squick-blur" aria-hidden="true">
        {props.text}
      </span>
      <span class="visually-hidden">(hidden: it has a word you avoid)</span>
    </span>
  );
}

/** `text` (or its shortened form `shown`) as it is, or blurred (BlurredText) when it has a word from `avoid`. */
export function Avoidable(props: { text: string; avoid?: SquickFilter; shown?: string }) {
  const shown = props.shown ?? props.text;
  return avoids(props.avoid ?? NO_SQUICKS, props.text) ? <BlurredText text={shown} /> : <>{shown}</>;
}

/** A day's title after its name (" — Cold open"), blurred when it has a word the writer avoids; nothing without a title. */
export function DayTitle(props: { title: string | null; avoid?: SquickFilter; class?: string }) {
  if (!props.title) return null;
  return (
    <span class={props.class ?? 'day-title'}>
      {' — '}
      <Avoidable text={props.title} avoid={props.avoid} />
    </span>
  );
}
