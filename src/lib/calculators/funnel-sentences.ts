/**
 * What the funnel calculator says around its numbers: the headline, the verdict, the goal seek, the
 * break-even cell and the note on expected values. Each sentence states only what the numbers support:
 * a figure that cannot be computed (per like with 0 likes) is withheld with the reason, a shortfall is
 * called "tekort", and every count agrees with its noun. Pure; no DOM.
 */
import { countNoun, nouns } from '../count-noun';
import { formatEuro, formatNumber, formatPercent } from '../format';
import { formatCount, formatEuroPerUnit } from './format-calculator';
import type { FunnelResult } from './funnel';
import { wholeUp } from './money';

/** Said once wherever the funnel shows counts: lesson, calculator page and slide. */
// Short, so the slide keeps its 24 px floor; the calculator page explains "verwachte waarden" at length.
export const EXPECTED_VALUES_NOTE = 'Aantallen zijn verwachte waarden, afgerond; de bedragen rekenen onafgerond.';

/** "blijft er € 50,00 over" or "is er € 150,00 tekort": never a negative amount "over". */
export function leftOrShort(net: number): string {
  return net >= 0 ? `blijft er ${formatEuro(net)} over` : `is er ${formatEuro(-net)} tekort`;
}

/** The headline: customers, revenue, margin, and what is left after costs (per like only with likes). */
export function funnelHeadline(r: FunnelResult): string {
  if (r.likes === 0) {
    const after = r.cost === 0 ? 'Er zijn ook geen kosten.' : `Na ${formatEuro(r.cost)} kosten ${leftOrShort(r.net)}.`;
    return `Met 0 likes levert deze trechter geen klanten en geen omzet op. ${after} Een bedrag per like is er zonder likes niet.`;
  }
  const perLike = r.netPerLike === null ? '' : `, ${formatEuroPerUnit(Math.abs(r.netPerLike))} per like`;
  return `Met deze cijfers levert het ongeveer ${countNoun(r.creditedCustomers, nouns.klant, formatCount)} en ${formatEuro(r.revenue)} omzet op, ${formatEuro(r.grossMargin)} marge. Na ${formatEuro(r.cost)} kosten ${leftOrShort(r.net)}${perLike}.`;
}

/** The verdict on costs: earned back or not. */
export function funnelVerdict(r: FunnelResult): string {
  if (r.cost === 0) return 'Je hebt geen kosten ingevuld, dus alle marge is winst. Tel je eigen uren wel mee.';
  if (r.net >= 0) return `De marge dekt de ${formatEuro(r.cost)} aan kosten, met ${formatEuro(r.net)} over.`;
  return `De marge dekt de ${formatEuro(r.cost)} aan kosten niet: ${formatEuro(-r.net)} tekort.`;
}

/**
 * Goal seek: how many likes (from the rates, so the same with 0 likes), or what share of buyers among
 * these likes' visitors, would break even.
 */
export function funnelGoalSeek(r: FunnelResult): string {
  if (r.cost === 0) return 'Zonder kosten ben je altijd quitte.';
  const likes =
    r.breakEvenLikes === null
      ? 'Met deze percentages, dit orderbedrag en deze marge laat een like geen marge over: geen aantal likes maakt de kosten goed.'
      : `Quitte bij zo’n ${countNoun(wholeUp(r.breakEvenLikes), nouns.like, formatNumber)} met deze percentages.`;
  const visitors =
    r.likes === 0
      ? 'Met 0 likes zijn er geen sitebezoekers om mee te rekenen.'
      : r.breakEvenVisitConversion === null
        ? 'Via sitebezoekers alleen lukt het bij deze likes niet, ook niet als iedere bezoeker koopt.'
        : r.breakEvenVisitConversion === 0
          ? 'De advertentie alleen dekt de kosten al.'
          : `Of bij deze likes: ${formatPercent(r.breakEvenVisitConversion, 2)} kopers onder de sitebezoekers.`;
  return `${likes} ${visitors}`;
}

/** The "Quitte bij" cell: customers and likes to break even, or why there is no such number. */
export function funnelBreakEvenCell(r: FunnelResult): string {
  if (r.cost === 0) return 'geen kosten: je bent altijd quitte';
  if (r.breakEvenCustomers === null) return 'niet haalbaar: een order laat geen marge over';
  const customers = countNoun(wholeUp(r.breakEvenCustomers), nouns.klant, formatNumber);
  return r.breakEvenLikes === null
    ? `${customers}, maar met deze percentages wordt geen liker klant`
    : `${customers}, ofwel zo’n ${countNoun(wholeUp(r.breakEvenLikes), nouns.like, formatNumber)}`;
}
