/**
 * What the effort calculator says around its numbers: the headline, the customers to earn the cost back,
 * the likes that would take (via the funnel link) and the table's customer cells. A number that cannot
 * exist (customers or likes when an order leaves nothing) is withheld with the reason, and no sentence
 * names a count the table or another sentence contradicts. Pure; no DOM.
 */
import { countNoun, nouns } from '../count-noun';
import { formatEuro, formatNumber, formatPercent } from '../format';
import type { EffortResult } from './effort';
import type { FunnelLink } from './effort-link';
import { formatEuroPerUnit } from './format-calculator';
import { wholeUp } from './money';

/** The headline: the cost per month and per year. */
export function effortHeadline(r: EffortResult): string {
  return `Social media kost je ${formatEuro(r.costPerMonth)} per maand, ofwel ${formatEuro(r.costPerYear)} per jaar.`;
}

/**
 * Customers needed to earn the cost back, or why none will do.
 * @param order the order value in euros, as typed; @param marginPercent the margin in percent, as typed.
 */
export function effortCustomersSentence(r: EffortResult, order: number, marginPercent: number): string {
  if (r.costPerMonth === 0) return 'Zonder kosten hoef je niets terug te verdienen. Tel je eigen uren wel mee.';
  if (r.customersPerMonth === null) {
    return 'Met een orderbedrag of marge van 0 laat een klant niets over, dus verdien je dit met geen aantal klanten terug. Vul in wat een klant je oplevert.';
  }
  const perMonth = wholeUp(r.customersPerMonth);
  const perYear = wholeUp(r.customersPerYear ?? 0);
  return `Om dat terug te verdienen heb je ${countNoun(perMonth, nouns.klant, formatNumber)} per maand nodig (${formatNumber(perYear)} per jaar): een order van ${formatEuro(order)} met ${formatPercent(marginPercent / 100, 1)} marge laat ${formatEuro(r.earnedPerCustomer)} per klant over.`;
}

/** A "Klanten nodig" cell: the whole count, 0 without costs, or "niet haalbaar" when an order leaves nothing. */
export function effortCustomersCell(r: EffortResult, period: 'month' | 'year'): string {
  if (r.costPerMonth === 0) return '0 (geen kosten)';
  const n = period === 'month' ? r.customersPerMonth : r.customersPerYear;
  return n === null ? 'niet haalbaar' : formatNumber(wholeUp(n));
}

/** The likes a month's cost takes in the clothing brand's funnel at your order value and margin. */
export function effortLikesSentence(r: EffortResult, link: FunnelLink): string {
  if (r.costPerMonth === 0) return 'En in likes? Zonder kosten hoef je ook met likes niets terug te verdienen.';
  if (link.likesPerMonth === null) {
    return 'En in likes? Zolang een order niets overlaat, dekt geen aantal likes deze kosten: niet haalbaar.';
  }
  return `En in likes? In het kledingmerk uit les 4 wordt ${formatPercent(link.customersPerLike, 2)} van de likers klant. Met jouw orderbedrag en marge laat een like dan ${formatEuroPerUnit(link.marginPerLike)} over: je hebt zo’n ${countNoun(link.likesPerMonth, nouns.like, formatNumber)} per maand nodig om deze kosten te dekken.`;
}
