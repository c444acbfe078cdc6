/**
 * What social media costs you per month and per year (your hours at your rate, tools, ads), and how many
 * customers it takes to earn that back at a given order value and margin. Pure; no DOM.
 */
import { numberOf, type Field } from './fields';
import { computeMoney, costOf, nonNegative, wholeUp } from './money';
import { ratio } from './ratio';

/** Weeks per month on average (52 weeks ÷ 12 months): hours per week × this = hours per month. */
export const WEEKS_PER_MONTH = 52 / 12;

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
  const hoursPerMonth = nonNegative(input.hoursPerWeek) * WEEKS_PER_MONTH;
  const hourlyRate = nonNegative(input.hourlyRate);
  const toolsPerMonth = nonNegative(input.toolsPerMonth);
  const adsPerMonth = nonNegative(input.adsPerMonth);
  const costPerMonth = costOf({ hours: hoursPerMonth, hourlyRate, tools: toolsPerMonth, ads: adsPerMonth });
  const timeCostPerMonth = hoursPerMonth * hourlyRate;
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
    cost: costPerMonth * 12,
    likes: 0,
  });
  return {
    hoursPerMonth,
    timeCostPerMonth,
    toolsPerMonth,
    adsPerMonth,
    costPerMonth,
    costPerYear: costPerMonth * 12,
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
