/**
 * The engagement chart: the chosen source's benchmark rate for each follower tier as a bar, with the reader's
 * account as one more bar, in the highlight colour, right below its own tier. Pure: the bars the island draws
 * (bar-geometry.ts) and the summary for their aria-label.
 */
import type { EngagementResult } from '../calculators/engagement';
import { barLengths } from '../bars';
import { countNoun, nouns } from '../count-noun';
import { formatNumber, formatPercent } from '../format';
import { sourceYear } from '../figure-source';
import type { BarChartModel, ChartBar } from './bar-geometry';

/** The account's name for the rate compared: "likeratio" or "engagementratio". */
export function comparedRateName(result: EngagementResult): string {
  return result.comparableKind === 'likes' ? 'likeratio' : 'engagementratio';
}

/** One sentence that says what the chart shows, for its aria-label. */
export function engagementSummary(result: EngagementResult): string {
  const { set } = result;
  const first = set.tiers[0];
  const last = set.tiers[set.tiers.length - 1];
  const year = sourceYear(set.source.year);
  const trend =
    first && last
      ? `De benchmark van ${set.source.name} (${year}) gaat van ${formatPercent(first.rate)} bij ${first.label} volgers naar ${formatPercent(last.rate)} bij ${last.label}.`
      : '';
  return `${trend} Jouw account: ${countNoun(result.followers, nouns.volger, formatNumber)}, ${comparedRateName(result)} ${formatPercent(result.comparableRate)}; de benchmark voor ${result.tier.label} volgers is ${formatPercent(result.benchmark)}.`.trim();
}

/** The account's bar's name. */
export const ACCOUNT_BAR_LABEL = 'Jouw account';

/**
 * The engagement chart as the island draws it: a bar per tier of the benchmark (its rate, two decimals as in the
 * table; the reader's tier marked "(jij)"), and the account's compared rate as a highlighted bar below its tier.
 * Bars scale to the largest rate shown (a linear axis from 0: the values stand beside the bars).
 */
export function engagementBars(result: EngagementResult): BarChartModel {
  const { tiers } = result.set;
  const lengths = barLengths([...tiers.map((t) => t.rate), result.comparableRate]);
  const pct = (v: number) => formatPercent(v, 2);
  const account: ChartBar = {
    label: ACCOUNT_BAR_LABEL,
    value: pct(result.comparableRate),
    length: lengths[tiers.length] ?? 0,
    highlight: true,
  };
  const bars = tiers.flatMap((tier, i): ChartBar[] => {
    const own = tier === result.tier;
    const bar = {
      label: own ? `${tier.label} (jij)` : tier.label,
      value: pct(tier.rate),
      length: lengths[i] ?? 0,
      highlight: false,
    };
    return own ? [bar, account] : [bar];
  });
  // An account outside every tier (not expected: the tiers cover every count) still gets its bar.
  return { bars: bars.includes(account) ? bars : [...bars, account], ticks: [] };
}
