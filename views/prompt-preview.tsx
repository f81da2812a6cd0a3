import { dayName, formatDate } from '../src/domain/calendar.ts';
import type { ListPreview } from '../src/domain/event-form.ts';
import { plural } from '../src/domain/format.ts';

/** The preview of a pasted list: the days exactly as they will be saved, or what is wrong; swapped alone by htmx. */
export function PromptListPreview(props: { preview?: ListPreview; dayLabel: string; warning?: string }) {
  const p = props.preview;
  const label = props.dayLabel === 'No.' ? 'No.' : 'Day';
  return (
    <section id="preview" class="preview" aria-labelledby="preview-title">
      <h3 id="preview-title">Preview</h3>
      {props.warning ? <p class="field-error">{props.warning}</p> : null}
      {p?.firstDayError ? <p class="field-error">{p.firstDayError}</p> : null}
      {!p ? (
        <p class="muted">Paste the prompt list above to see its days here before saving.</p>
      ) : p.errors.length > 0 ? (
        <div class="preview-errors" aria-live="polite">
          <p>The list cannot be saved yet:</p>
          <ul>
            {p.errors.map((e) => (
              <li>{e}</li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <p class="preview-summary" aria-live="polite">
            {plural(p.days.length, 'day')}
            {p.firstDay && p.days[0]?.date
              ? `, ${formatDate(p.days[0].date)} – ${formatDate(p.days.at(-1)?.date ?? p.firstDay)}`
              : ''}
            {p.firstDayFromList ? ' (the first day comes from the list)' : ''}
            {p.days[0]?.date ? '.' : '. Give the first day to see their dates.'}
          </p>
          <table class="preview-days">
            <thead>
              <tr>
                <th scope="col">{label}</th>
                <th scope="col">Date</th>
                <th scope="col">Theme</th>
                <th scope="col">Prompts</th>
              </tr>
            </thead>
            <tbody>
              {p.days.map((d) => (
                <tr>
                  <th scope="row">{dayName(label, d.day)}</th>
                  <td>{d.date ? <time datetime={d.date}>{formatDate(d.date)}</time> : '—'}</td>
                  <td>{d.title ?? ''}</td>
                  <td>
                    <ul class="preview-prompts">
                      {d.prompts.map((text) => (
                        <li>{text}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h4>Alternates</h4>
          {p.alternates.length === 0 ? (
            <p class="muted">No alternates pool.</p>
          ) : (
            <ul class="preview-alternates">
              {p.alternates.map((a) => (
                <li>{a}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
