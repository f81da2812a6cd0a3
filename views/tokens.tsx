import { TOKEN_NAME_MAX } from '../src/domain/api-token.ts';
import { formatDate } from '../src/domain/calendar.ts';
import type { TokenSummary } from '../src/queries/tokens.ts';
import { ErrorSummary, Field } from './components.tsx';

/** What the tokens section shows: the writer's tokens, a token just created, the create form's state. */
export type TokensSectionProps = {
  tokens: TokenSummary[];
  /** The token just created, shown this once. */
  created?: { name: string; token: string };
  /** The name typed into the create form, and what is wrong with it. */
  name?: string;
  error?: string;
};

/** An instant (UTC ISO) as a date, with the instant for machines. */
function When(props: { at: string | null; never: string }) {
  if (!props.at) return <span class="muted">{props.never}</span>;
  return <time datetime={props.at}>{formatDate(props.at.slice(0, 10))}</time>;
}

/** The new token in a read-only field to copy, with the warning that it is not shown again. */
function NewToken(props: { name: string; token: string }) {
  return (
    <div class="new-token notice" role="status">
      <p>
        <strong>Your new token “{props.name}”.</strong> Copy it now: it is shown only this once. Promptly
        keeps only a fingerprint of it, so it cannot show it again.
      </p>
      <label for="new-token">Token</label>
      <div class="copy-row">
        <input
          id="new-token"
          class="token-value"
          type="text"
          readonly
          value={props.token}
          spellcheck={false}
          autocomplete="off"
        />
        <button type="button" class="button small" data-copy="#new-token" hidden>
          Copy
        </button>
      </div>
    </div>
  );
}

/** One token in the list, with its Revoke button. */
function TokenRow(props: { token: TokenSummary }) {
  const t = props.token;
  return (
    <tr id={`token-${t.id}`}>
      <td>{t.name}</td>
      <td>
        <When at={t.createdAt} never="" />
      </td>
      <td>
        <When at={t.lastUsedAt} never="never" />
      </td>
      <td>
        <form
          class="inline"
          method="post"
          action={`/settings/tokens/${t.id}/revoke`}
          hx-post={`/settings/tokens/${t.id}/revoke`}
          hx-target="#tokens"
          hx-swap="outerHTML"
          hx-confirm={`Revoke “${t.name}”? Whatever uses it stops working.`}
        >
          <button class="button small danger" type="submit">
            Revoke<span class="visually-hidden"> “{t.name}”</span>
          </button>
        </form>
      </td>
    </tr>
  );
}

/** The API tokens section of the settings page (`<section id="tokens">`); htmx swaps it alone. */
export function TokensSection(props: TokensSectionProps) {
  const errors: Record<string, string> = props.error ? { token_name: props.error } : {};
  return (
    <section id="tokens" aria-labelledby="tokens-title">
      <h2 id="tokens-title">API tokens</h2>
      <p>
        A token lets a script or an app read and change your pieces through the JSON API at{' '}
        <code>/api/v1</code> (send it as <code>Authorization: Bearer …</code>). Keep it secret; revoke any you
        no longer use.
      </p>
      {props.created ? <NewToken {...props.created} /> : null}
      {props.tokens.length === 0 ? (
        <p class="muted">You have no API tokens.</p>
      ) : (
        <table class="tokens">
          <caption class="visually-hidden">Your API tokens</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">
                <span class="visually-hidden">Revoke</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.tokens.map((t) => (
              <TokenRow token={t} />
            ))}
          </tbody>
        </table>
      )}
      <form
        class="account-form"
        method="post"
        action="/settings/tokens"
        hx-post="/settings/tokens"
        hx-target="#tokens"
        hx-swap="outerHTML"
        hx-sync="drop"
        hx-disable="find button"
      >
        <ErrorSummary errors={errors} />
        <Field
          name="token_name"
          label="New token’s name"
          value={props.name ?? ''}
          error={props.error}
          required
          hint="What will use it, such as “AO3 sync script”."
          attrs={{ maxlength: TOKEN_NAME_MAX, autocomplete: 'off' }}
        />
        <p class="actions">
          <button class="button primary" type="submit">
            Create a token
          </button>
        </p>
      </form>
    </section>
  );
}
