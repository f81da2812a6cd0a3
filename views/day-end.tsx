import { DAY_END_CHOICES } from '../src/domain/day-end.ts';
import { FieldError } from './components.tsx';

/** The settings' "My day ends at" choice: midnight, or an hour up to 6 am. */
export function DayEndField(props: { value: string; error?: string }) {
  return (
    <div class={`field${props.error ? ' has-error' : ''}`}>
      <label for="f-day_ends_at">My day ends at</label>
      <p class="hint" id="f-day_ends_at-hint">
        Writing past midnight? Until this hour, Today, the log form and “posted on” still show the day before,
        and streaks and late marks count it so.
      </p>
      <select
        id="f-day_ends_at"
        name="day_ends_at"
        aria-describedby="f-day_ends_at-hint"
        aria-invalid={props.error ? 'true' : undefined}
      >
        {DAY_END_CHOICES.map((c) => (
          <option value={String(c.hour)} selected={String(c.hour) === props.value}>
            {c.label}
          </option>
        ))}
      </select>
      <FieldError id="f-day_ends_at" message={props.error} />
    </div>
  );
}
