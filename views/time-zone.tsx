import { FieldError } from './components.tsx';

/**
 * The time-zone picker: a plain select (it works without JavaScript); app.js adds a search box
 * over it, and with `fromBrowser` selects the browser's zone when the server did not know it.
 */
export function TimeZoneSelect(props: {
  zones: string[];
  value: string;
  error?: string;
  hint: string;
  fromBrowser?: boolean;
}) {
  return (
    <div class={`field time-zone${props.error ? ' has-error' : ''}`}>
      <label for="f-time_zone">Time zone</label>
      <p class="hint" id="f-time_zone-hint">
        {props.hint}
      </p>
      <select
        id="f-time_zone"
        name="time_zone"
        aria-describedby="f-time_zone-hint"
        aria-invalid={props.error ? 'true' : undefined}
        data-zone-search
        data-zone-from-browser={props.fromBrowser ? 'true' : undefined}
      >
        {props.zones.map((z) => (
          <option value={z} selected={z === props.value}>
            {z.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
      <FieldError id="f-time_zone" message={props.error} />
    </div>
  );
}
