/**
 * The bridge from the effort calculator to the funnel: the funnel page's query string with the clothing
 * brand's rates (lesson 4) and one month of the reader's own hours, rate, tools, ads, order value and
 * margin, and what that funnel says about likes. Everything the funnel's cost and break-even use comes from
 * the effort page, so both pages show the same monthly cost, the same customers to break even and the same
 * likes. The likes are read from the funnel itself, on the link's own values. Pure; no DOM.
 */
import { funnelCalculator } from './funnel-calculator';
import { HOURS_DECIMALS, type EffortInputs, type EffortResult } from './effort';
import type { CalculatorState } from './calculator';
import { resolveForm } from './fields';
import type { FunnelResult } from './funnel';
import { kledingmerk } from './funnel-presets';
import { nonNegative, unitRate, wholeUp } from './money';
import { unambiguousText } from './parse-number';
import { writeInstanceState } from './url-state';

/** The funnel fields the effort page fills in; the funnel's other fields keep the clothing brand's rates. */
export const LINKED_FUNNEL_FIELDS = ['uren', 'tarief', 'tools', 'ads', 'order', 'marge'] as const;

/** The clothing brand's revenue per like (€ 0,40 in lesson 4's example). */
export function kledingmerkValuePerLike(): number {
  return funnelOn(kledingmerk.values)?.revenuePerLike ?? 0;
}

/** What the effort page links to the funnel with. */
export interface FunnelLink {
  /** Query string for /rekenhulpen/like-naar-euro/ (scenario "a"). */
  search: string;
  /** The funnel state the link carries. */
  state: CalculatorState;
  /** Likes per month whose margin covers the month's cost, rounded up; null when a like leaves nothing. */
  likesPerMonth: number | null;
  /** Share of likers who become a customer credited to the like, in the clothing brand's funnel. */
  customersPerLike: number;
  /** Revenue per like at the reader's order value. */
  valuePerLike: number;
  /** What a like leaves at the reader's order value and margin: valuePerLike × margin. */
  marginPerLike: number;
}

/** The funnel's result on raw field texts; null when a text is unusable (never for the link's own). */
function funnelOn(values: Readonly<Record<string, string>>): FunnelResult | null {
  const form = resolveForm(funnelCalculator.fields, values);
  return form.complete ? funnelCalculator.compute(form.values) : null;
}

/** Text a field reads back as exactly this number (every digit kept): for values the reader typed. */
function exact(value: number, money: boolean): string {
  return unambiguousText(value, { money, exact: true });
}

/**
 * Builds the link: the clothing brand's funnel with one month of your hours (as the effort page shows them,
 * two decimals), rate, tools, ads, order value and margin.
 * @example funnelLinkFor(inputs, result).search // "?a.preset=kledingmerk&a.order=95&a.marge=80&a.ads=50&a.tools=25&a.uren=17%2C33&a.tarief=60"
 */
export function funnelLinkFor(inputs: EffortInputs, result: EffortResult): FunnelLink {
  const margin = unitRate(inputs.margin);
  const state: CalculatorState = {
    preset: kledingmerk.id,
    values: {
      ...kledingmerk.values,
      order: exact(nonNegative(inputs.orderValue), true),
      // × 100 brings back the typed percentage; toPrecision drops the binary noise of ÷ 100 and × 100.
      marge: exact(Number((margin * 100).toPrecision(15)), false),
      ads: exact(result.adsPerMonth, true),
      tools: exact(result.toolsPerMonth, true),
      // Hours per month are already rounded to the field's step; fixed decimals keep "5,2", not "5,199…".
      uren: unambiguousText(Number(result.hoursPerMonth.toFixed(HOURS_DECIMALS)), {}),
      tarief: exact(inputs.hourlyRate, true),
    },
  };
  const funnel = funnelOn(state.values);
  const customersPerLike = funnel?.creditedCustomersPerLike ?? 0;
  const valuePerLike = customersPerLike * nonNegative(inputs.orderValue);
  const likes = funnel?.breakEvenLikes ?? null;
  return {
    search: writeInstanceState('', 'a', state, funnelCalculator),
    state,
    likesPerMonth: likes === null ? null : wholeUp(likes),
    customersPerLike,
    valuePerLike,
    marginPerLike: valuePerLike * margin,
  };
}
