/**
 * The like-to-euro funnel: from likes on a post to site visits, clicks on a retargeting ad, customers and
 * revenue, and what that leaves after margin and costs (the shared money model, `./money.ts`). Two routes
 * to a purchase, as in lesson 4's example: likers who visit the site and buy, and likers who click a
 * retargeting ad and buy. Pure; no DOM.
 *
 * One base per step, so no step can exceed the one before: visitors are a share of the likers, the
 * retargeting ad reaches the likers who did not visit (visitors are not counted twice), buyers are a share
 * of visitors or clickers. Reach is context only: it feeds no step. Counts are expected values (2,4
 * customers means "about 2"); rates are fractions (0.05 = 5 %).
 */
import { numberOf, type Field } from './fields';
import { computeMoney, costOf, nonNegative, sumCents, toCents, unitRate, type MoneyResult } from './money';
import { ratio } from './ratio';

/** Everything the funnel needs, in plain units (rates as fractions, money in euros). */
export interface FunnelInputs {
  /** Likes on the post (or campaign). */
  likes: number;
  /** People who saw the post, per like. Context only: no step is computed from it. */
  reachPerLike: number;
  /** Share of likers who visit the site. */
  visitRate: number;
  /** Share of the likers who did not visit the site that click the retargeting ad shown to them. */
  retargetClickRate: number;
  /** Share of ad clicks that end in a purchase. */
  clickConversion: number;
  /** Share of site visitors who buy. */
  visitConversion: number;
  /** Share of these purchases that would have happened without the like too. */
  withoutLike: number;
  /** Average order value, euros. */
  orderValue: number;
  /** Gross margin on an order, fraction. */
  margin: number;
  /** Ad spend, euros. */
  adSpend: number;
  /** Tools and subscriptions, euros. */
  tools: number;
  /** Hours spent on the post and campaign. */
  hours: number;
  /** What an hour of your time is worth, euros. */
  hourlyRate: number;
}

/** What the funnel yields: the steps, then the money model on the purchases credited to the like. */
export interface FunnelResult extends MoneyResult {
  likes: number;
  /** People who saw the post (context). */
  reach: number;
  visits: number;
  /** Likers who did not visit: the audience of the retargeting ad. */
  retargeted: number;
  clicks: number;
  customersViaAd: number;
  customersViaSite: number;
  /** All purchases from this funnel. */
  customers: number;
  /** Purchases credited to the like: customers × (1 − share that would have come anyway). */
  creditedCustomers: number;
  /** Revenue of all purchases (before attribution): revenueViaAd + revenueViaSite, in cents. */
  totalRevenue: number;
  /** Revenue of the ad's purchases, before attribution. */
  revenueViaAd: number;
  /** Revenue of the site's purchases, before attribution. */
  revenueViaSite: number;
  /** The part of totalRevenue that would have come without the like: totalRevenue − revenue, in cents. */
  revenueWithoutLike: number;
  /**
   * Customers one like brings, credited to the like, from the rates alone: defined with 0 likes too, so the
   * break-even in likes never depends on how many likes were typed.
   */
  creditedCustomersPerLike: number;
  /** Share of the purchases that would have come without the like (0–1). */
  withoutLike: number;
  /**
   * Goal seek: the share of site visitors that must buy to break even, everything else as it is. 0 when the
   * ad route alone already breaks even; null when even 100 % would not do it (or there are no visitors).
   */
  breakEvenVisitConversion: number | null;
}

/**
 * Runs the funnel.
 * @example computeFunnel(kledingmerk).revenue // 400
 */
export function computeFunnel(input: FunnelInputs): FunnelResult {
  const likes = nonNegative(input.likes);
  const orderValue = nonNegative(input.orderValue);
  const visits = likes * unitRate(input.visitRate);
  const retargeted = likes - visits;
  const clicks = retargeted * unitRate(input.retargetClickRate);
  const customersViaAd = clicks * unitRate(input.clickConversion);
  const customersViaSite = visits * unitRate(input.visitConversion);
  const customers = customersViaAd + customersViaSite;
  const withoutLike = unitRate(input.withoutLike);
  const credit = 1 - withoutLike;
  const creditedCustomers = customers * credit;
  const cost = costOf({ hours: input.hours, hourlyRate: input.hourlyRate, tools: input.tools, ads: input.adSpend });
  const money = computeMoney({ customers: creditedCustomers, orderValue, margin: input.margin, cost, likes });
  // Per like from the rates, not from this many likes: with 0 likes the break-even is still a number.
  const visitRate = unitRate(input.visitRate);
  const creditedCustomersPerLike =
    ((1 - visitRate) * unitRate(input.retargetClickRate) * unitRate(input.clickConversion) +
      visitRate * unitRate(input.visitConversion)) *
    credit;
  const revenueViaAd = toCents(customersViaAd * orderValue);
  const revenueViaSite = toCents(customersViaSite * orderValue);
  const totalRevenue = sumCents(revenueViaAd, revenueViaSite);
  // Margin each credited site buyer brings; the visit conversion that makes margin equal cost.
  const perSiteBuyer = visits * credit * money.marginPerCustomer;
  const fromAd = customersViaAd * credit * money.marginPerCustomer;
  const needed = ratio(cost - fromAd, perSiteBuyer);
  const breakEvenVisitConversion = cost <= fromAd ? 0 : needed !== null && needed <= 1 ? needed : null;
  return {
    ...money,
    likes,
    reach: likes * nonNegative(input.reachPerLike),
    visits,
    retargeted,
    clicks,
    customersViaAd,
    customersViaSite,
    customers,
    creditedCustomers,
    totalRevenue,
    revenueViaAd,
    revenueViaSite,
    withoutLike,
    breakEvenVisitConversion,
    revenueWithoutLike: sumCents(totalRevenue, -money.revenue),
    creditedCustomersPerLike,
    breakEvenLikes: ratio(money.cost, creditedCustomersPerLike * money.marginPerCustomer),
  };
}

/** The funnel calculator's inputs as the reader types them; percentages in percent (5 means 5 %). */
export const funnelFields = [
  {
    kind: 'number',
    id: 'likes',
    label: 'Likes',
    help: 'op het bericht of de campagne',
    unit: 'count',
    noun: 'likes',
    min: 0,
    max: 1e9,
  },
  {
    kind: 'number',
    id: 'bereik',
    label: 'Bereik per like',
    help: 'hoeveel mensen het bericht zagen, per like; alleen ter info, het telt niet mee in de klanten',
    unit: 'number',
    min: 0,
    max: 1000,
  },
  {
    kind: 'number',
    id: 'bezoek',
    label: 'Likers die je site bezoeken',
    help: 'in % van de likers (ook wie je een bericht stuurt)',
    unit: 'percent',
    min: 0,
    max: 100,
  },
  {
    kind: 'number',
    id: 'klik',
    label: 'Klikken op je retargeting-advertentie',
    help: 'in % van de likers die je site níet bezochten: zij krijgen de advertentie te zien',
    unit: 'percent',
    min: 0,
    max: 100,
  },
  {
    kind: 'number',
    id: 'conversie',
    label: 'Kopers na een klik',
    help: 'in % van de klikken',
    unit: 'percent',
    min: 0,
    max: 100,
  },
  {
    kind: 'number',
    id: 'koop',
    label: 'Kopers onder de sitebezoekers',
    help: 'in % van de bezoekers',
    unit: 'percent',
    min: 0,
    max: 100,
  },
  {
    kind: 'number',
    id: 'zonder',
    label: 'Verkopen die er ook zonder de like waren gekomen',
    help: 'in % van deze verkopen, bijvoorbeeld vaste klanten; die tellen niet mee voor de like',
    unit: 'percent',
    min: 0,
    max: 100,
  },
  { kind: 'number', id: 'order', label: 'Gemiddeld orderbedrag', unit: 'euro', min: 0, max: 1e6 },
  {
    kind: 'number',
    id: 'marge',
    label: 'Marge per order',
    help: 'wat er van een order overblijft na inkoop en verzending, in %',
    unit: 'percent',
    min: 0,
    max: 100,
  },
  { kind: 'number', id: 'ads', label: 'Advertentiebudget', unit: 'euro', min: 0, max: 1e8 },
  {
    kind: 'number',
    id: 'tools',
    label: 'Tools',
    help: 'planningstool, beeldbank, abonnementen',
    unit: 'euro',
    min: 0,
    max: 1e6,
  },
  { kind: 'number', id: 'uren', label: 'Uren werk', unit: 'hours', min: 0, max: 10_000 },
  {
    kind: 'number',
    id: 'tarief',
    label: 'Uurtarief',
    help: 'wat een uur van jou waard is',
    unit: 'euro',
    min: 0,
    max: 10_000,
  },
] as const satisfies readonly Field[];

/** Field ids of the funnel's "from like to customer" group; the rest are costs. */
export const funnelStepFieldIds: readonly string[] = [
  'likes',
  'bereik',
  'bezoek',
  'klik',
  'conversie',
  'koop',
  'zonder',
  'order',
  'marge',
];

/** Turns the form's resolved values (percent fields in percent) into funnel inputs. */
export function funnelInputsFrom(values: Readonly<Record<string, number | null | string>>): FunnelInputs {
  const n = (id: string) => numberOf(values, id);
  return {
    likes: n('likes'),
    reachPerLike: n('bereik'),
    visitRate: n('bezoek') / 100,
    retargetClickRate: n('klik') / 100,
    clickConversion: n('conversie') / 100,
    visitConversion: n('koop') / 100,
    withoutLike: n('zonder') / 100,
    orderValue: n('order'),
    margin: n('marge') / 100,
    adSpend: n('ads'),
    tools: n('tools'),
    hours: n('uren'),
    hourlyRate: n('tarief'),
  };
}
