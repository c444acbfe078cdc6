/**
 * What social media costs you per month and per year (your hours at your rate, tools, ads), and how many
 * customers it takes to earn that back at a given order value and margin. Pure; no DOM.
 */
import { numberOf, type Field } from './fields';
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

/** Non-finite or negative becomes 0. */
function clean(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/**
 * Computes monthly and yearly cost and the customers needed to earn it back.
 * @example computeEffort({ hoursPerWeek: 3, hourlyRate: 60, toolsPerMonth: 0, adsPerMonth: 0, orderValue: 100, margin: 0.5 }).costPerMonth // 780
 */
export function computeEffort(input: EffortInputs): EffortResult {
  const hoursPerMonth = clean(input.hoursPerWeek) * WEEKS_PER_MONTH;
  const timeCostPerMonth = hoursPerMonth * clean(input.hourlyRate);
  const toolsPerMonth = clean(input.toolsPerMonth);
  const adsPerMonth = clean(input.adsPerMonth);
  const costPerMonth = timeCostPerMonth + toolsPerMonth + adsPerMonth;
  const earnedPerCustomer = clean(input.orderValue) * Math.min(1, clean(input.margin));
  return {
    hoursPerMonth,
    timeCostPerMonth,
    toolsPerMonth,
    adsPerMonth,
    costPerMonth,
    costPerYear: costPerMonth * 12,
    earnedPerCustomer,
    customersPerMonth: ratio(costPerMonth, earnedPerCustomer),
    customersPerYear: ratio(costPerMonth * 12, earnedPerCustomer),
    timeShare: ratio(timeCostPerMonth, costPerMonth) ?? 0,
  };
}

/**
 * Rounds a customer count up, as a count of people (2,1 customers needed means 3), after removing the
 * binary noise of the division (exactly 50 should not become 51).
 * @example wholeCustomers(49.999999999) // 50
 */
export function wholeCustomers(n: number): number {
  if (!Number.isFinite(n) || n <= 0) return 0;
  return Math.ceil(Number(n.toPrecision(12)));
}

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
