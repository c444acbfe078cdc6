/**
 * The like-to-euro funnel: from likes on a post to reach, site visits, clicks on a retargeting ad,
 * customers and revenue, against what the post cost. Two routes to a purchase, as in lesson 4's example:
 * likers who visit the site and buy, and likers who click a retargeting ad and buy. Pure; no DOM.
 *
 * Counts are expected values (2,4 customers means "about 2"); rates are fractions (0.05 = 5 %).
 */
import type { Field } from './fields';
import { numberOf } from './fields';
import { ratio } from './ratio';

/** Everything the funnel needs, in plain units (rates as fractions, money in euros). */
export interface FunnelInputs {
  /** Likes on the post (or campaign). */
  likes: number;
  /** Extra people reached per like, because the platform shows liked posts to more people. */
  reachPerLike: number;
  /** Share of likers who visit the site. */
  visitRate: number;
  /** Share of likers who click the retargeting ad shown to them. */
  retargetClickRate: number;
  /** Share of ad clicks that end in a purchase. */
  clickConversion: number;
  /** Share of site visitors who buy. */
  visitConversion: number;
  /** Average order value, euros. */
  orderValue: number;
  /** Ad spend, euros. */
  adSpend: number;
  /** Hours spent on the post and campaign. */
  hours: number;
  /** What an hour of your time is worth, euros. */
  hourlyRate: number;
}

/** What the funnel yields. Ratios that would divide by zero are null, never NaN or Infinity. */
export interface FunnelResult {
  likes: number;
  /** Extra people reached thanks to the likes. */
  reach: number;
  visits: number;
  clicks: number;
  customersViaAd: number;
  customersViaSite: number;
  customers: number;
  revenueViaAd: number;
  revenueViaSite: number;
  revenue: number;
  /** Revenue per like, euros. */
  valuePerLike: number;
  /** Ad spend + hours × hourly rate. */
  cost: number;
  /** cost ÷ customers; null without customers. */
  costPerCustomer: number | null;
  /** (revenue − cost) ÷ cost, on revenue (not profit); null when nothing was spent. */
  roi: number | null;
  /** Revenue − cost. */
  net: number;
  /** Customers needed to earn the cost back at this order value; null when orders are worth nothing. */
  breakEvenCustomers: number | null;
  /** Likes needed to earn the cost back at this value per like; null when a like is worth nothing. */
  breakEvenLikes: number | null;
}

/** Replaces anything non-finite or negative with 0: the math never passes NaN on, whatever comes in. */
function clean(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** Clamps a rate to [0, 1]. */
function rate(n: number): number {
  return Math.min(1, clean(n));
}

/**
 * Runs the funnel.
 * @example computeFunnel(kledingmerk).revenue // 400
 */
export function computeFunnel(input: FunnelInputs): FunnelResult {
  const likes = clean(input.likes);
  const orderValue = clean(input.orderValue);
  const reach = likes * clean(input.reachPerLike);
  const visits = likes * rate(input.visitRate);
  const clicks = likes * rate(input.retargetClickRate);
  const customersViaAd = clicks * rate(input.clickConversion);
  const customersViaSite = visits * rate(input.visitConversion);
  const customers = customersViaAd + customersViaSite;
  const revenueViaAd = customersViaAd * orderValue;
  const revenueViaSite = customersViaSite * orderValue;
  const revenue = revenueViaAd + revenueViaSite;
  const cost = clean(input.adSpend) + clean(input.hours) * clean(input.hourlyRate);
  const valuePerLike = ratio(revenue, likes) ?? 0;
  return {
    likes,
    reach,
    visits,
    clicks,
    customersViaAd,
    customersViaSite,
    customers,
    revenueViaAd,
    revenueViaSite,
    revenue,
    valuePerLike,
    cost,
    costPerCustomer: ratio(cost, customers),
    roi: ratio(revenue - cost, cost),
    net: revenue - cost,
    breakEvenCustomers: ratio(cost, orderValue),
    breakEvenLikes: ratio(cost, valuePerLike),
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
    min: 0,
    max: 1e9,
  },
  {
    kind: 'number',
    id: 'bereik',
    label: 'Extra bereik per like',
    help: 'hoeveel mensen het bericht extra zien per like',
    unit: 'number',
    min: 0,
    max: 1000,
  },
  {
    kind: 'number',
    id: 'bezoek',
    label: 'Likers die je site bezoeken',
    help: 'in % van de likers',
    unit: 'percent',
    min: 0,
    max: 100,
  },
  {
    kind: 'number',
    id: 'klik',
    label: 'Klikken op je retargeting-advertentie',
    help: 'in % van de likers die de advertentie zien',
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
  { kind: 'number', id: 'order', label: 'Gemiddeld orderbedrag', unit: 'euro', min: 0, max: 1e6 },
  { kind: 'number', id: 'ads', label: 'Advertentiebudget', unit: 'euro', min: 0, max: 1e8 },
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
    orderValue: n('order'),
    adSpend: n('ads'),
    hours: n('uren'),
    hourlyRate: n('tarief'),
  };
}
