import type { EmbedFormat } from '../src/domain/embed.ts';

/** "Show your progress elsewhere": the card, light and dark, and its code per site to copy. */
export function EmbedCode(props: { card: string | null; codes: EmbedFormat[] }) {
  return (
    <section class="embed-code" aria-labelledby="embed-title">
      <h2 id="embed-title">Show your progress elsewhere</h2>
      {props.card === null ? (
        <p class="muted">
          Your progress card is shown only with a public profile: make yours public in{' '}
          <a href="/settings">Settings</a> to embed it on AO3, Tumblr or Dreamwidth.
        </p>
      ) : (
        <>
          <p class="hint">
            A small image of your days filled and words, updated as you log. Add <code>?theme=dark</code> to
            its address for the dark one.
          </p>
          <p class="embed-previews">
            <img src={props.card} alt="Your progress card" width="400" height="110" />
            <img src={`${props.card}?theme=dark`} alt="Your progress card, dark" width="400" height="110" />
          </p>
          {props.codes.map((f) => (
            <div class="field embed-format">
              <label for={`embed-${f.key}`}>{f.title}</label>
              <p class="hint" id={`embed-${f.key}-hint`}>
                {f.hint}
              </p>
              <textarea
                id={`embed-${f.key}`}
                readonly
                rows={3}
                spellcheck={false}
                aria-describedby={`embed-${f.key}-hint`}
              >
                {f.code}
              </textarea>
              <button type="button" class="button small" data-copy={`#embed-${f.key}`} hidden>
                Copy the {f.title} code
              </button>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
