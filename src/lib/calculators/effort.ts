/**
 * What social media costs you per month and per year (your hours at your rate, tools, ads), and how many
 * customers it takes to earn that back at a given order value and margin. Pure; no DOM.
 */
import { numberOf, type Field } from './fields';
import { computeMoney, costOf, nonNegative, timeCostOf, toCents, wholeUp } from './money';
import { ratio } from './ratio';

/** Weeks per month on average (52 weeks ÷ 12 months): hours per week × this = hours per month. */
export const WEEKS_PER_MONTH = 52 / 12;

/**
 * Decimals of "Uren per maand": the effort page shows hours per month with two decimals, the link to the
 * funnel carries that same number, and the cost is computed from it, so the page, the link and the funnel
 * all multiply the same hours by the same rate.
 */
export const HOURS_DECIMALS = 2;

/**
 * Hours per month from hours per week, rounded to `HOURS_DECIMALS` (binary noise removed first).
 * @example hoursPerMonthFrom(1.2) // 5.2 (not 5.199999999999999); hoursPerMonthFrom(4) // 17.33
 */
export function hoursPerMonthFrom(hoursPerWeek: number): number {
  const exact = nonNegative(hoursPerWeek) * WEEKS_PER_MONTH;
  const scale = 10 ** HOURS_DECIMALS;
  return Math.round(Number((exact * scale).toPrecision(15))) / scale;
}

/** The inputs in plain units (margin as a fraction). */
export interface EffortInputs {
  hoursPerWeek: number;
  hourlyRate: number;
  /** Tools and subscriptions per month, euros. */
  toolsPerMonth: number;
  /** Ad budget per month, euros. */
  adsPerMonth: number;
  /** Average order value, euros. */
  orderValue: number;
  /** Gross margin on an order, fraction: what an order leaves after its own costs. */
  margin: number;
}

/** Costs and break-even. Counts of customers are exact (fractional); show them rounded up. */
export interface EffortResult {
  /** Hours per week × 52 ÷ 12, to two decimals (`HOURS_DECIMALS`). */
  hoursPerMonth: number;
  timeCostPerMonth: number;
  toolsPerMonth: number;
  adsPerMonth: number;
  costPerMonth: number;
  costPerYear: number;
  /** What one order leaves to pay for the effort: order value × margin. */
  earnedPerCustomer: number;
  /** costPerMonth ÷ earnedPerCustomer; null when an order earns nothing. */
  customersPerMonth: number | null;
  customersPerYear: number | null;
  /** Share of the cost that is your own time (0–1); 0 when there is no cost. */
  timeShare: number;
}

/**
 * Computes monthly and yearly cost (the shared `costOf`, so the funnel page gets the same cost for the
 * same hours, rate, tools and ads) and the customers needed to earn it back (the money model).
 * @example computeEffort({ hoursPerWeek: 3, hourlyRate: 60, toolsPerMonth: 0, adsPerMonth: 0, orderValue: 100, margin: 0.5 }).costPerMonth // 780
 */
export function computeEffort(input: EffortInputs): EffortResult {
  const hoursPerMonth = hoursPerMonthFrom(input.hoursPerWeek);
  const hourlyRate = nonNegative(input.hourlyRate);
  // Amounts in cents as shown, so time + tools + ads is the shown month and 12 × month the shown year.
  const toolsPerMonth = toCents(nonNegative(input.toolsPerMonth));
  const adsPerMonth = toCents(nonNegative(input.adsPerMonth));
  const costPerMonth = costOf({ hours: hoursPerMonth, hourlyRate, tools: toolsPerMonth, ads: adsPerMonth });
  const timeCostPerMonth = timeCostOf(hoursPerMonth, hourlyRate);
  const costPerYear = Math.round(costPerMonth * 100 * 12) / 100;
  const month = computeMoney({
    customers: 0,
    orderValue: input.orderValue,
    margin: input.margin,
    cost: costPerMonth,
    likes: 0,
  });
  const year = computeMoney({
    customers: 0,
    orderValue: input.orderValue,
    margin: input.margin,
    cost: costPerYear,
    likes: 0,
  });
  return {
    hoursPerMonth,
    timeCostPerMonth,
    toolsPerMonth,
    adsPerMonth,
    costPerMonth,
    costPerYear,
    earnedPerCustomer: month.marginPerCustomer,
    customersPerMonth: month.breakEvenCustomers,
    customersPerYear: year.breakEvenCustomers,
    timeShare: ratio(timeCostPerMonth, costPerMonth) ?? 0,
  };
}

/**
 * Rounds a customer count up, as a count of people (2,1 customers needed means 3), after removing the
 * binary noise of the division (exactly 50 should not become 51).
 * @example wholeCustomers(49.999999999) // 50
 */
export const wholeCustomers = wholeUp;

/** The effort calculator's inputs as the reader types them. */
export const effortFields = [
  {
    kind: 'number',
    id: 'uren',
    label: 'Uren per week',
    help: 'posten, reageren, plannen, meten',
    unit: 'hours',
    min: 0,
    max: 168,
  },
  {
    kind: 'number',
    id: 'tarief',
    label: 'Uurtarief',
    help: 'wat een uur van jou waard is',
    unit: 'euro',
    min: 0,
    max: 10_000,
  },
  {
    kind: 'number',
    id: 'tools',
    label: 'Tools per maand',
    help: 'planningstool, beeldbank, abonnementen',
    unit: 'euro',
    min: 0,
    max: 1e6,
  },
  { kind: 'number', id: 'ads', label: 'Advertenties per maand', unit: 'euro', min: 0, max: 1e8 },
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
] as const satisfies readonly Field[];

/** Turns the form's resolved values (margin in percent) into effort inputs. */
export function effortInputsFrom(values: Readonly<Record<string, number | null | string>>): EffortInputs {
  return {
    hoursPerWeek: numberOf(values, 'uren'),
    hourlyRate: numberOf(values, 'tarief'),
    toolsPerMonth: numberOf(values, 'tools'),
    adsPerMonth: numberOf(values, 'ads'),
    orderValue: numberOf(values, 'order'),
    margin: numberOf(values, 'marge') / 100,
  };
}
