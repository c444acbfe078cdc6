/**
 * The goal sentence: "In de komende [3 maanden] wil ik [12] [nieuwe klanten] via [Instagram]". Validation
 * checks that the goal is measurable: a period, a whole number, a countable outcome (never likes) and a
 * channel. Pure; messages are Dutch and name the field.
 */
import { parseCount } from './count';
import { countNoun, nouns } from '../count-noun';
import type { GoalInput } from './format';

/** Periods offered, in months. */
export const GOAL_PERIODS = ['1', '3', '6', '12'] as const;

/** Countable outcomes: things that lie close to revenue. Likes and followers are deliberately absent. */
export const GOAL_OUTCOMES = [
  { id: 'klanten', label: 'nieuwe klanten' },
  { id: 'afspraken', label: 'afspraken' },
  { id: 'bestellingen', label: 'bestellingen' },
  { id: 'aanvragen', label: 'aanvragen' },
] as const;

/** Channels offered in the list (the reader may type another). */
export const GOAL_CHANNELS = ['Instagram', 'Facebook', 'LinkedIn', 'TikTok', 'YouTube', 'mijn nieuwsbrief'] as const;

/** The largest count we accept: above this a small business is not counting customers one by one. */
export const MAX_GOAL_COUNT = 100_000;

/** Words that name vanity metrics: a goal in these is not a goal this course means. */
const VANITY = /\b(likes?|vind-ik-leuks?|volgers?|hartjes?|views|weergaven|followers?)\b/i;

/** Per-field messages; an absent key means the field is fine. */
export type GoalErrors = Partial<Record<keyof GoalInput, string>>;

/** A checked goal: the messages, and when there are none, the numbers the plan uses. */
export interface GoalCheck {
  errors: GoalErrors;
  /** Present only when the goal is complete and measurable. */
  goal?: { months: number; count: number; outcome: string; channel: string };
}

/** True when nothing has been filled in yet (the page then shows no messages). */
export function isGoalEmpty(goal: GoalInput): boolean {
  return goal.aantal.trim() === '' && goal.uitkomst === '' && goal.kanaal.trim() === '';
}

/**
 * Checks a goal for being measurable.
 * @example checkGoal({ periode: '3', aantal: '12', uitkomst: 'klanten', kanaal: 'Instagram' }).goal?.count // 12
 */
export function checkGoal(input: GoalInput): GoalCheck {
  const errors: GoalErrors = {};
  const months = Number(input.periode);
  if (!(GOAL_PERIODS as readonly string[]).includes(input.periode)) {
    errors.periode = 'Kies een termijn: 1, 3, 6 of 12 maanden.';
  }
  const aantal = input.aantal.trim();
  const parsed = parseCount(aantal);
  let count = Number.NaN;
  if (aantal === '')
    errors.aantal = 'Vul een aantal in, bijvoorbeeld 12. Zonder getal kun je niet meten of je het haalt.';
  else if (!parsed.ok) errors.aantal = parsed.message;
  else {
    count = parsed.value;
    if (count < 1) errors.aantal = 'Vul een aantal van 1 of meer in: met 0 heb je geen doel.';
    else if (count > MAX_GOAL_COUNT)
      errors.aantal = 'Dat is meer dan 100.000. Kies een aantal dat je echt kunt tellen.';
  }
  const outcome = GOAL_OUTCOMES.find((o) => o.id === input.uitkomst);
  if (!outcome) errors.uitkomst = 'Kies wat je telt: klanten, afspraken, bestellingen of aanvragen.';
  const channel = input.kanaal.trim();
  if (channel === '') errors.kanaal = 'Vul in via welk kanaal, bijvoorbeeld Instagram of LinkedIn.';
  else if (channel.length > 40) errors.kanaal = 'Houd het kort: de naam van één kanaal, hooguit 40 tekens.';
  else if (VANITY.test(channel)) errors.kanaal = 'Noem hier een kanaal, geen likes of volgers.';
  if (Object.keys(errors).length > 0 || !outcome) return { errors };
  return { errors, goal: { months, count, outcome: outcome.label, channel } };
}

/**
 * The goal as one Dutch sentence, or null while it is not measurable.
 * @example goalSentence({ periode: '1', aantal: '5', uitkomst: 'afspraken', kanaal: 'LinkedIn' })
 *   // 'In de komende maand wil ik 5 afspraken via LinkedIn.'
 */
export function goalSentence(input: GoalInput): string | null {
  const { goal } = checkGoal(input);
  if (!goal) return null;
  // "de komende maand", "de komende 3 maanden": one month is said without its number.
  const period = goal.months === 1 ? nouns.maand.one : countNoun(goal.months, nouns.maand, String);
  const count = new Intl.NumberFormat('nl-NL').format(goal.count);
  return `In de komende ${period} wil ik ${count} ${goal.outcome} via ${goal.channel}.`;
}
