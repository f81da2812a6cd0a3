/**
 * Settings → Private calendar feed: make a secret address (shown once, like a token), make a new
 * one, or revoke it. The feed has the writer's fill state and leaves their hidden prompts out.
 */
export function PrivateFeedSection(props: { active: boolean }) {
  return (
    <section id="private-feed" aria-labelledby="private-feed-title">
      <h2 id="private-feed-title">Private calendar feed</h2>
      <p class="hint">
        An event’s prompts in your calendar with your own state (“✓ filled”), without the prompts you hide.
        Anyone with the address sees that, so keep it to yourself; revoke it to stop it working.
      </p>
      {props.active ? <p>You have a private feed. Making a new address stops the old one.</p> : null}
      <form method="post" action="/settings/feed" class="actions">
        <button type="submit" class="button" name="intent" value="renew">
          {props.active ? 'Make a new address' : 'Make a private feed address'}
        </button>
        {props.active ? (
          <button type="submit" class="button danger" name="intent" value="revoke">
            Revoke the private feed
          </button>
        ) : null}
      </form>
    </section>
  );
}
