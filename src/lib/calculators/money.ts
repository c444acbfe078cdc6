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

/** What an effort costs: time at a rate, tools and ads, in one period. */
export interface CostInputs {
  hours: number;
  hourlyRate: number;
  tools: number;
  ads: number;
}

/**
 * Cost of one period: hours × rate + tools + ads. Every calculator adds in this order, so the effort page
 * and the funnel page get the same floating-point result for the same inputs (to the cent and beyond).
 * @example costOf({ hours: 2, hourlyRate: 45, tools: 0, ads: 60 }) // 150
 */
export function costOf(input: CostInputs): number {
  return nonNegative(input.hours) * nonNegative(input.hourlyRate) + nonNegative(input.tools) + nonNegative(input.ads);
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
  const revenue = customers * orderValue;
  const grossMargin = revenue * margin;
  const net = grossMargin - cost;
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
