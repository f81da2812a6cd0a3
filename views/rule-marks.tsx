import { describeBreaks, RULE_BREAK_LABELS, type RuleBreak } from '../src/domain/rules.ts';

/** Marks for the rules a writer's fills break ("Late", "Too short"), with the sentence for screen readers. */
export function RuleMarks(props: { breaks?: RuleBreak[] }) {
  const breaks = props.breaks ?? [];
  if (breaks.length === 0) return null;
  return (
    <span class="rule-marks" title={describeBreaks(breaks)}>
      <span class="visually-hidden">{describeBreaks(breaks)}</span>
      {breaks.map((b) => (
        <span class={`badge rule-break rule-${b}`} aria-hidden="true">
          {RULE_BREAK_LABELS[b]}
        </span>
      ))}
    </span>
  );
}
