/**
 * The bridge from the effort calculator to the funnel: how many likes a month's cost takes when each like
 * brings the clothing brand's revenue (lesson 4) at the reader's own margin, and the funnel page's query
 * string with that month's exact hours, rate, tools, ads and margin filled in, so both pages show the same
 * monthly cost to the cent. Pure; no DOM.
 */
import { funnelCalculator } from './funnel-calculator';
import type { EffortInputs, EffortResult } from './effort';
import { resolveForm } from './fields';
import { kledingmerk } from './funnel-presets';
import { likesToCover, unitRate } from './money';
import { unambiguousText } from './parse-number';
import { writeInstanceState } from './url-state';

/** The clothing brand's revenue per like (€ 0,40 in lesson 4's example). */
export function kledingmerkValuePerLike(): number {
  const form = resolveForm(funnelCalculator.fields, kledingmerk.values);
  const result = form.complete ? funnelCalculator.compute(form.values) : null;
  return result?.revenuePerLike ?? 0;
}

/** What the effort page links to the funnel with. */
export interface FunnelLink {
  /** Query string for /rekenhulpen/like-naar-euro/ (scenario "a"). */
  search: string;
  /** Likes per month whose margin covers the month's cost; null when a like leaves nothing (margin 0). */
  likesPerMonth: number | null;
  /** Revenue per like (the clothing brand's). */
  valuePerLike: number;
  /** What a like leaves at the reader's margin: valuePerLike × margin. */
  marginPerLike: number;
}

/** Text a field reads back as exactly this number (every digit kept). */
function exact(value: number, money: boolean): string {
  return unambiguousText(value, { money, exact: true });
}

/**
 * Builds the link: the clothing brand's funnel, with one month of your hours, rate, tools, ads and margin.
 * @example funnelLinkFor(inputs, result).search // "?a.preset=kledingmerk&a.marge=80&a.ads=50&a.tools=25&a.uren=17%2C333333333333332&a.tarief=60"
 */
export function funnelLinkFor(inputs: EffortInputs, result: EffortResult): FunnelLink {
  const valuePerLike = kledingmerkValuePerLike();
  const marginPerLike = valuePerLike * unitRate(inputs.margin);
  const state = {
    preset: kledingmerk.id,
    values: {
      ...kledingmerk.values,
      // × 100 brings back the typed percentage; toPrecision drops the binary noise of ÷ 100 and × 100.
      marge: exact(Number((unitRate(inputs.margin) * 100).toPrecision(15)), false),
      ads: exact(result.adsPerMonth, true),
      tools: exact(result.toolsPerMonth, true),
      uren: exact(result.hoursPerMonth, false),
      tarief: exact(inputs.hourlyRate, true),
    },
  };
  const likes = likesToCover(result.costPerMonth, marginPerLike);
  return {
    search: writeInstanceState('', 'a', state, funnelCalculator),
    likesPerMonth: likes === null ? null : Math.ceil(Number(likes.toPrecision(12))),
    valuePerLike,
    marginPerLike,
  };
}
