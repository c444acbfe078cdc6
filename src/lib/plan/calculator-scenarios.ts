/**
 * The ONE adapter between "Mijn plan" and the calculators. It reads a calculator's stored state
 * (`CalculatorState`: preset + raw text per field, see `src/lib/calculators/calculator.ts`) and returns what the
 * plan shows: which figures are available, and a link that opens the calculator with exactly those values
 * (the calculators read their state from the URL, `src/lib/url-state.ts`). When the calculators change,
 * only this file needs to follow.
 *
 * A state with an empty or invalid field gives no figures at all: the plan never shows a number the
 * calculator's form would not show (issue 10, item 1).
 */
import type { CalculatorDefinition, CalculatorState } from '../calculators/calculator';
import { effortCalculator } from '../calculators/effort-calculator';
import type { EffortResult } from '../calculators/effort';
import { resolveForm } from '../calculators/fields';
import { countNoun, nouns } from '../count-noun';
import { formatEuro, formatNumber, formatPercent } from '../format';
import { funnelBreakEvenCell } from '../calculators/funnel-sentences';
import { wholeUp } from '../calculators/money';
import { funnelCalculator } from '../calculators/funnel-calculator';
import type { FunnelResult } from '../calculators/funnel';
import { writeInstanceState } from '../calculators/url-state';
import type { ScenarioKind } from './format';

/** One figure of a scenario, ready to show. */
export interface ScenarioFigure {
  label: string;
  value: string;
}

/** What the plan shows for one calculator. */
export interface ScenarioSummary {
  kind: ScenarioKind;
  /** The calculator's name. */
  title: string;
  /** Path (without base) and query that open the calculator with these values. */
  href: string;
  /** True when every field holds a valid value, so the figures can be trusted. */
  complete: boolean;
  /** Labels of the fields that are empty or invalid (when not complete). */
  problems: string[];
  /** Which of the three key figures the scenario gives. */
  available: { revenue: boolean; cost: boolean; customers: boolean };
  figures: ScenarioFigure[];
}

interface Adapter<R> {
  def: CalculatorDefinition<R>;
  title: string;
  path: string;
  /** The instance id the calculator page uses in its URL (`a` on the funnel page, `i` on the effort page). */
  instance: string;
  figures: (result: R, values: Readonly<Record<string, number | null | string>>) => ScenarioFigure[];
  available: { revenue: boolean; cost: boolean; customers: boolean };
}

const funnel: Adapter<FunnelResult> = {
  def: funnelCalculator,
  title: 'Van like naar euro',
  path: '/rekenhulpen/like-naar-euro/',
  instance: 'a',
  available: { revenue: true, cost: true, customers: true },
  // The money model's figures (src/lib/calculators/money.ts): margin, not revenue, pays the cost.
  figures: (r) => [
    { label: 'Likes', value: formatNumber(r.likes) },
    { label: 'Klanten', value: formatNumber(r.customers, 1) },
    { label: 'Klanten dankzij de like', value: formatNumber(r.creditedCustomers, 1) },
    { label: 'Omzet', value: formatEuro(r.revenue) },
    { label: 'Brutomarge', value: formatEuro(r.grossMargin) },
    { label: 'Kosten', value: formatEuro(r.cost) },
    { label: 'Marge min kosten', value: formatEuro(r.net) },
    {
      label: 'Break-even',
      // The calculator's own cell: the same words for no cost, no margin, and "1 klant".
      value: funnelBreakEvenCell(r),
    },
    {
      label: 'Aandeel van de like',
      value: `${formatPercent(1 - r.withoutLike, 0)} van de verkopen`,
    },
    { label: 'Marge per like', value: r.marginPerLike === null ? 'geen likes' : formatEuro(r.marginPerLike) },
  ],
};

const effort: Adapter<EffortResult> = {
  def: effortCalculator,
  title: 'Inspanning en resultaat',
  path: '/rekenhulpen/inspanning/',
  instance: 'i',
  available: { revenue: false, cost: true, customers: true },
  figures: (r, values) => [
    { label: 'Kosten per maand', value: formatEuro(r.costPerMonth) },
    { label: 'Kosten per jaar', value: formatEuro(r.costPerYear) },
    {
      label: 'Marge',
      value: typeof values['marge'] === 'number' ? formatPercent(values['marge'] / 100, 1) : 'onbekend',
    },
    { label: 'Marge per order', value: formatEuro(r.earnedPerCustomer) },
    {
      label: 'Break-even',
      value:
        r.costPerMonth === 0
          ? 'geen kosten: niets terug te verdienen'
          : r.customersPerMonth === null
            ? 'niet te halen: een order laat geen marge over'
            : `${countNoun(wholeUp(r.customersPerMonth), nouns.klant, formatNumber)} per maand`,
    },
  ],
};

const ADAPTERS: { [K in ScenarioKind]: Adapter<never> } = {
  'like-naar-euro': funnel as unknown as Adapter<never>,
  inspanning: effort as unknown as Adapter<never>,
};

/** The calculator's page path (without base) for a scenario kind, to open it when nothing is stored. */
export function calculatorPath(kind: ScenarioKind): string {
  return ADAPTERS[kind].path;
}

/** The calculator's name. */
export function calculatorTitle(kind: ScenarioKind): string {
  return ADAPTERS[kind].title;
}

/**
 * Summarises a stored calculator state. Never throws, whatever the state holds.
 * @example summariseScenario('inspanning', { preset: 'coach', values: {…coach's values} }).complete // true
 */
export function summariseScenario(kind: ScenarioKind, state: CalculatorState): ScenarioSummary {
  const adapter = ADAPTERS[kind] as unknown as Adapter<unknown>;
  const { def } = adapter;
  const values: Record<string, string> = {};
  for (const field of def.fields) values[field.id] = String(state.values[field.id] ?? '');
  // A field that does not check out stays unresolved and is reported: the plan shows no number for it.
  const form = resolveForm(def.fields, values);
  const problems = form.issues.map((issue) => issue.label);
  const href = `${adapter.path}${writeInstanceState('', adapter.instance, { preset: state.preset, values }, def)}`;
  const base = { kind, title: adapter.title, href, available: adapter.available };
  if (problems.length > 0) return { ...base, complete: false, problems, figures: [] };
  const result = def.compute(form.values);
  return { ...base, complete: true, problems: [], figures: adapter.figures(result, form.values) };
}
