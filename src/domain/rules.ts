import type { IsoDate } from './calendar.ts';

/** A rule a fill breaks: posted too late, too few or too many words, too many prompts combined. */
export type RuleBreak = 'late' | 'too-short' | 'too-long' | 'too-many-prompts';

/** An event's rules as stored: null means "no such rule" (for lateUntil: late fills do not count). */
export type EventRules = {
  lateUntil: IsoDate | null;
  maxPromptsPerPiece: number | null;
  minWords: number | null;
  maxWords: number | null;
};

/** What the rules judge about one fill: the day's date and the piece that fills it. */
export type FillFacts = {
  /** The date of the day filled. */
  date: IsoDate;
  /** Only posted pieces are judged: a draft's words and date are not final. */
  posted: boolean;
  postedOn: IsoDate | null;
  words: number;
  /** How many prompts the piece combines in this event (a fill that names none counts as one). */
  prompts: number;
};

/** The words shown beside a fill for each broken rule. */
export const RULE_BREAK_LABELS: Record<RuleBreak, string> = {
  late: 'Late',
  'too-short': 'Too short',
  'too-long': 'Too long',
  'too-many-prompts': 'Too many prompts',
};

/** The rules of `rules` that `fill` breaks, in a fixed order; [] for a fill that keeps them all or is not posted. */
export function ruleBreaks(rules: EventRules, fill: FillFacts): RuleBreak[] {
  if (!fill.posted) return [];
  const breaks: RuleBreak[] = [];
  const { postedOn } = fill;
  // Late fills count until lateUntil; without it, a fill posted after its day does not count.
  if (postedOn !== null && postedOn > fill.date && (rules.lateUntil === null || postedOn > rules.lateUntil))
    breaks.push('late');
  if (rules.minWords !== null && fill.words < rules.minWords) breaks.push('too-short');
  if (rules.maxWords !== null && fill.words > rules.maxWords) breaks.push('too-long');
  if (rules.maxPromptsPerPiece !== null && fill.prompts > rules.maxPromptsPerPiece)
    breaks.push('too-many-prompts');
  return breaks;
}

/** A sentence naming the broken rules, for a title or a screen reader: "Breaks the rules: late, too short." */
export function describeBreaks(breaks: RuleBreak[]): string {
  if (breaks.length === 0) return '';
  return `Breaks the event’s rules: ${breaks.map((b) => RULE_BREAK_LABELS[b].toLowerCase()).join(', ')}.`;
}

const ORDER = Object.keys(RULE_BREAK_LABELS) as RuleBreak[];

/** The union of broken rules, in the fixed order. */
export function mergeBreaks(...lists: RuleBreak[][]): RuleBreak[] {
  const all = new Set(lists.flat());
  return ORDER.filter((b) => all.has(b));
}

/** How many prompts a piece combines in one event: each fill counts its prompts, or one if it names none. */
export function promptsCombined(fills: { eventId: number; prompts: unknown[] }[], eventId: number): number {
  return fills.filter((f) => f.eventId === eventId).reduce((n, f) => n + Math.max(1, f.prompts.length), 0);
}

/** The rules one fill of a piece breaks, the piece's other fills of the same event counting towards its prompts. */
export function fillBreaks(
  piece: {
    status: string;
    postedOn: IsoDate | null;
    words: number;
    fills: { eventId: number; prompts: unknown[] }[];
  },
  fill: { eventId: number; date: IsoDate; rules: EventRules },
): RuleBreak[] {
  return ruleBreaks(fill.rules, {
    date: fill.date,
    posted: piece.status === 'posted',
    postedOn: piece.postedOn,
    words: piece.words,
    prompts: promptsCombined(piece.fills, fill.eventId),
  });
}
