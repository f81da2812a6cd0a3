import { dayName, formatDate } from '../src/domain/calendar.ts';
import type { ListPreview } from '../src/domain/event-form.ts';
import { plural } from '../src/domain/format.ts';
import type { UnusedLine } from '../src/domain/prompt-list.ts';

/** The preview of a pasted list: the days exactly as they will be saved, or what is wrong; swapped alone by htmx. */
export function PromptListPreview(props: {
  preview?: ListPreview;
  dayLabel: string;
  warning?: string;
  /** Where the "Not used" buttons post the form: the preview's address. */
  previewAction: string;
}) {
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
          {p.note ? <p class="preview-note">{p.note}</p> : null}
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
                  <td>
                    {d.title ?? ''}
                    {d.description ? <p class="preview-description">{d.description}</p> : null}
                  </td>
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
      {p && p.unused.length > 0 ? (
        <NotUsed lines={p.unused} read={p.read} previewAction={props.previewAction} />
      ) : null}
    </section>
  );
}

/** A button that posts the whole form to the preview with `fix`; with htmx the form swaps itself. */
function FixButton(props: { fix: string; previewAction: string; label: string; line: number }) {
  return (
    <button
      class="button small"
      type="submit"
      name="fix"
      value={props.fix}
      formaction={props.previewAction}
      formnovalidate
    >
      {props.label}
      <span class="visually-hidden"> (line {props.line})</span>
    </button>
  );
}

/** The pasted lines that went into no day and not into the pool, each with its one-click fixes. */
export function NotUsed(props: { lines: UnusedLine[]; read: boolean; previewAction: string }) {
  return (
    <div class="preview-unused">
      <h4 id="unused-title">Not used</h4>
      <p class="hint">
        {plural(props.lines.length, 'line')} of the paste {props.lines.length === 1 ? 'is' : 'are'} in no day
        and not in the alternates. If one belongs in the list, make it a day or an alternate, or correct its
        text.
      </p>
      <ol class="unused-lines" aria-labelledby="unused-title">
        {props.lines.map((u) => (
          <li>
            <label for={`f-line_${u.line}`}>Line {u.line}</label>
            <input type="hidden" name={`was_${u.line}`} value={u.text} />
            <input id={`f-line_${u.line}`} name={`line_${u.line}`} value={u.text} autocomplete="off" />
            <span class="unused-actions">
              {props.read ? (
                <>
                  <FixButton fix={`day:${u.line}`} label="Make it a day" {...props} line={u.line} />
                  <FixButton
                    fix={`alternate:${u.line}`}
                    label="Make it an alternate"
                    {...props}
                    line={u.line}
                  />
                </>
              ) : null}
              <FixButton fix={`text:${u.line}`} label="Correct the text" {...props} line={u.line} />
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
