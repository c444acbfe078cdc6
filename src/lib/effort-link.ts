/**
 * The bridge from the effort calculator to the funnel: how many likes a month's cost takes at the clothing
 * brand's value per like (lesson 4), and the funnel page's query string with that month's hours, rate and ad
 * budget filled in. Pure; no DOM.
 */
import { funnelCalculator } from './funnel-calculator';
import type { EffortInputs, EffortResult } from './effort';
import { resolveForm } from './fields';
import { kledingmerk } from './funnel-presets';
import { formatInputNumber } from './parse-number';
import { writeInstanceState } from './url-state';

/** The clothing brand's revenue per like (€ 0,40 in lesson 4's example). */
export function kledingmerkValuePerLike(): number {
  const { values } = resolveForm(funnelCalculator.fields, kledingmerk.values, {});
  return funnelCalculator.compute(values).valuePerLike;
}

/** What the effort page links to the funnel with. */
export interface FunnelLink {
  /** Query string for /rekenhulpen/like-naar-euro/ (scenario "a"). */
  search: string;
  /** Likes per month needed at the clothing brand's value per like; null if a like is worth nothing. */
  likesPerMonth: number | null;
  valuePerLike: number;
}

/**
 * Builds the link: the clothing brand's funnel, with one month of your hours, rate and ad budget as its costs.
 * @example funnelLinkFor(inputs, result).search // "?a.preset=kledingmerk&a.ads=50&a.uren=17%2C3&a.tarief=60"
 */
export function funnelLinkFor(inputs: EffortInputs, result: EffortResult): FunnelLink {
  const valuePerLike = kledingmerkValuePerLike();
  const state = {
    preset: kledingmerk.id,
    values: {
      ...kledingmerk.values,
      ads: formatInputNumber(Math.round(result.adsPerMonth * 100) / 100),
      uren: formatInputNumber(Math.round(result.hoursPerMonth * 10) / 10),
      tarief: formatInputNumber(Math.round(inputs.hourlyRate * 100) / 100),
    },
  };
  return {
    search: writeInstanceState('', 'a', state, funnelCalculator),
    likesPerMonth: valuePerLike > 0 ? Math.ceil(result.costPerMonth / valuePerLike) : null,
    valuePerLike,
  };
}
