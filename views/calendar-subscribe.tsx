/**
 * "Subscribe": the event's calendar feed as a webcal:// link (calendar apps open it), its https
 * address to copy, and one line of how-to for each of the usual calendar apps.
 */
export function CalendarSubscribe(props: { feedUrl: string }) {
  const webcal = props.feedUrl.replace(/^https?:/, 'webcal:');
  return (
    <details class="subscribe">
      <summary>Subscribe to the prompts in your calendar</summary>
      <p>
        <a class="button small" href={webcal}>
          Subscribe
        </a>{' '}
        or <a href={props.feedUrl}>download the .ics file</a>.
      </p>
      <div class="field">
        <label for="feed-url">The calendar’s address</label>
        <input id="feed-url" type="url" readonly value={props.feedUrl} />
        <button type="button" class="button small" data-copy="#feed-url" hidden>
          Copy the address
        </button>
      </div>
      <ul class="how-to">
        <li>
          <strong>Google Calendar</strong>: Other calendars, +, From URL, and paste the address.
        </li>
        <li>
          <strong>Apple Calendar</strong>: File, New Calendar Subscription, and paste the address (or tap
          Subscribe on an iPhone).
        </li>
        <li>
          <strong>Outlook</strong>: Add calendar, Subscribe from web, and paste the address.
        </li>
      </ul>
    </details>
  );
}
