/**
 * The one money model all calculators share: costs, revenue, gross margin, net, ROI on margin, cost per
 * customer, break-even in customers and likes, payback in months. Lesson 4 and the glossary (`roi`,
 * `break-even`) teach these on margin, not on revenue, and so does every calculator. Pure; no DOM.
 *
 * Amounts are euros; rates are fractions (0.5 = 50 %). Anything that would divide by zero is null, so no
 * caller ever shows NaN or Infinity.
 */
import { ratio } from './ratio';

/** Non-finite or negative becomes 0: the model never passes NaN on, whatever comes in. */
export function nonNegative(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** Clamps a rate to [0, 1] (NaN becomes 0). */
export function unitRate(n: number): number {
  return Math.min(1, nonNegative(n));
}

/**
 * An amount rounded to whole cents, as the page shows it. Amounts are added in cents, so shown parts add
 * up to the shown total ("€ 0,10 + € 0,20" is "€ 0,30", not 0,30000000000000004 shown as something else).
 * @example toCents(2.345) // 2.35; toCents(1039.7999999) // 1039.8
 */
export function toCents(amount: number): number {
  if (!Number.isFinite(amount)) return 0;
  // toPrecision(15) first removes the binary noise that would tip a half cent the wrong way (1.005 * 100).
  return Math.round(Number((amount * 100).toPrecision(15))) / 100;
}

/** Sum of amounts, each rounded to cents, added as whole cents. */
export function sumCents(...amounts: readonly number[]): number {
  return amounts.reduce((sum, a) => sum + Math.round(toCents(a) * 100), 0) / 100;
}

/** What an effort costs: time at a rate, tools and ads, in one period. */
export interface CostInputs {
  hours: number;
  hourlyRate: number;
  tools: number;
  ads: number;
}

/**
 * Cost of one period in whole cents: hours × rate (rounded to cents, as "Je tijd" shows it) + tools + ads.
 * Every calculator uses this, so the effort page and the funnel page get the same amount for the same
 * inputs, and the shown parts add up to the shown total.
 * @example costOf({ hours: 2, hourlyRate: 45, tools: 0, ads: 60 }) // 150
 */
export function costOf(input: CostInputs): number {
  return sumCents(timeCostOf(input.hours, input.hourlyRate), nonNegative(input.tools), nonNegative(input.ads));
}

/** Hours × rate in whole cents: the time part of `costOf`. */
export function timeCostOf(hours: number, hourlyRate: number): number {
  return toCents(nonNegative(hours) * nonNegative(hourlyRate));
}

/** The inputs of the money model. */
export interface MoneyInputs {
  /** Customers credited to the effort (expected value, may be fractional). */
  customers: number;
  /** Average order value, euros. */
  orderValue: number;
  /** Gross margin on an order, fraction: what is left after purchase and shipping. */
  margin: number;
  /** What the effort cost, euros. */
  cost: number;
  /** Likes the customers came from; 0 when unknown (then no per-like figures). */
  likes: number;
}

/** The money figures. */
export interface MoneyResult {
  revenue: number;
  /** revenue × margin. */
  grossMargin: number;
  cost: number;
  /** grossMargin − cost: what is left. */
  net: number;
  /** net ÷ cost; null when nothing was spent. */
  roi: number | null;
  /** cost ÷ customers; null without customers. */
  costPerCustomer: number | null;
  /** orderValue × margin: what one customer leaves to pay the cost. */
  marginPerCustomer: number;
  /** revenue ÷ likes; null without likes. */
  revenuePerLike: number | null;
  /** grossMargin ÷ likes; null without likes. */
  marginPerLike: number | null;
  /** net ÷ likes; null without likes. */
  netPerLike: number | null;
  /** cost ÷ marginPerCustomer; null when a customer leaves nothing (never reachable). */
  breakEvenCustomers: number | null;
  /** cost ÷ marginPerLike; null when a like leaves nothing (never reachable). */
  breakEvenLikes: number | null;
}

/**
 * Runs the money model.
 * @example computeMoney({ customers: 8, orderValue: 50, margin: 0.5, cost: 150, likes: 1000 }).net // 50
 */
export function computeMoney(input: MoneyInputs): MoneyResult {
  const customers = nonNegative(input.customers);
  const orderValue = nonNegative(input.orderValue);
  const margin = unitRate(input.margin);
  const cost = nonNegative(input.cost);
  const likes = nonNegative(input.likes);
  // Amounts in cents, as shown: "marge min kosten" is then exactly the shown margin minus the shown cost.
  const revenue = toCents(customers * orderValue);
  const grossMargin = toCents(revenue * margin);
  const net = sumCents(grossMargin, -cost);
  const marginPerCustomer = orderValue * margin;
  const marginPerLike = ratio(grossMargin, likes);
  return {
    revenue,
    grossMargin,
    cost,
    net,
    roi: ratio(net, cost),
    costPerCustomer: ratio(cost, customers),
    marginPerCustomer,
    revenuePerLike: ratio(revenue, likes),
    marginPerLike,
    netPerLike: ratio(net, likes),
    breakEvenCustomers: ratio(cost, marginPerCustomer),
    breakEvenLikes: marginPerLike === null ? null : ratio(cost, marginPerLike),
  };
}

/**
 * Likes needed to cover a cost when each like leaves `marginPerLike` euros; null when that is 0 (no number
 * of likes ever covers it).
 * @example likesToCover(465.5, 0.14) // 3325
 */
export function likesToCover(cost: number, marginPerLike: number): number | null {
  return ratio(nonNegative(cost), nonNegative(marginPerLike));
}

/**
 * Months until a one-off cost is earned back by a monthly net margin; 0 without a cost, null when the
 * monthly margin is not positive (never paid back).
 * @example paybackMonths(1200, 300) // 4
 */
export function paybackMonths(oneOffCost: number, netPerMonth: number): number | null {
  const cost = nonNegative(oneOffCost);
  if (cost === 0) return 0;
  return ratio(cost, Number.isFinite(netPerMonth) ? netPerMonth : 0);
}

/**
 * Rounds an amount of people or likes up to a whole count, after removing the binary noise of a division
 * (exactly 50 must not become 51).
 * @example wholeUp(49.999999999) // 50; wholeUp(2.1) // 3
 */
export function wholeUp(n: number): number {
  if (!Number.isFinite(n) || n <= 0) return 0;
  return Math.ceil(Number(n.toPrecision(12)));
}
