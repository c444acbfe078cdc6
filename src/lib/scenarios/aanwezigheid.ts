/**
 * Lesson 5's example: what a presence on social media costs per month and per year, and how many customers a
 * web shop and a coach need to earn it back. The effort model (`../calculators/effort.ts`) computes it once
 * per business with the same costs; the effort calculator's presets "coach" and "webshop" are these two.
 * All numbers are ours (example numbers, no source).
 */
import { computeEffort, WEEKS_PER_MONTH, wholeCustomers, type EffortInputs } from '../calculators/effort';
import {
  countWords,
  euro,
  inputOf,
  num,
  pct,
  type Scenario,
  type ScenarioInput,
  type ScenarioValues,
} from './scenario';
import { fieldTextOf } from './typed';
import { euroInput, hourlyRate, hoursInput, percentInput } from './inputs';

const ours = 'onze aanname (voorbeeldcijfers)';

const inputs: readonly ScenarioInput[] = [
  hoursInput({ id: 'uren', label: 'Uren per week aan social media', value: 4, step: 0.5, basis: ours }, 168),
  hourlyRate(60, ours),
  euroInput({ id: 'tools', label: 'Tools per maand', value: 30, step: 5, basis: ours }),
  euroInput({ id: 'ads', label: 'Advertenties per maand', value: 150, step: 10, basis: ours }, 1e8),
  euroInput({ id: 'shopOrder', label: 'Orderbedrag van de webwinkel', value: 80, step: 5, basis: ours }),
  percentInput({ id: 'shopMarge', label: 'Marge van de webwinkel', value: 40, step: 5, basis: ours }),
  euroInput({ id: 'order', label: 'Bedrag van een traject bij de coach', value: 750, step: 50, basis: ours }),
  percentInput({ id: 'marge', label: 'Marge van de coach', value: 90, step: 5, basis: ours }),
];

/** The effort model's inputs for one business: shared costs, its own order value and margin. */
function effortInputs(v: ScenarioValues, order: string, marge: string): EffortInputs {
  return {
    hoursPerWeek: v['uren'] ?? 0,
    hourlyRate: v['tarief'] ?? 0,
    toolsPerMonth: v['tools'] ?? 0,
    adsPerMonth: v['ads'] ?? 0,
    orderValue: v[order] ?? 0,
    margin: (v[marge] ?? 0) / 100,
  };
}

/** "38,1 → 39 klanten", or the reason no number of customers will do. */
function needed(exact: number | null, one: string, many: string): { exact: string; whole: string } {
  if (exact === null) return { exact: '–', whole: `geen aantal ${many} genoeg (een ${one} levert niets op)` };
  return { exact: num(exact, 1), whole: countWords(wholeCustomers(exact), one, many) };
}

/** A presence of 4 hours a week at € 60 with € 30 tools and € 150 ads: € 1.220 a month. */
export const aanwezigheid: Scenario = {
  id: 'aanwezigheid',
  title: 'Wat kost jouw aanwezigheid op social media?',
  inputs,
  show(v) {
    const shop = computeEffort(effortInputs(v, 'shopOrder', 'shopMarge'));
    const coach = computeEffort(effortInputs(v, 'order', 'marge'));
    const shopMonth = needed(shop.customersPerMonth, 'klant', 'klanten');
    const shopYear = needed(shop.customersPerYear, 'klant', 'klanten');
    const coachMonth = needed(coach.customersPerMonth, 'klant', 'klanten');
    const coachYear = needed(coach.customersPerYear, 'klant', 'klanten');
    const shopOrdersMonth = needed(shop.customersPerMonth, 'bestelling', 'bestellingen');
    return {
      weeksInYear: num(52),
      monthsInYear: num(12),
      weeksPerMonth: num(WEEKS_PER_MONTH, 2),
      hoursPerMonth: num(coach.hoursPerMonth, 2),
      tarief: euro(v['tarief'] ?? 0),
      timeCost: euro(coach.timeCostPerMonth),
      tools: euro(coach.toolsPerMonth),
      ads: euro(coach.adsPerMonth),
      costPerMonth: euro(coach.costPerMonth),
      costPerYear: euro(coach.costPerYear),
      timePerYear: euro(coach.timeCostPerMonth * 12),
      timeShare: pct(coach.timeShare, 0),
      shopOrder: euro(v['shopOrder'] ?? 0),
      shopMarge: pct((v['shopMarge'] ?? 0) / 100),
      shopEarned: euro(shop.earnedPerCustomer),
      shopMonthExact: shopMonth.exact,
      shopMonth: shopMonth.whole,
      shopYearExact: shopYear.exact,
      shopYear: shopYear.whole,
      shopOrdersMonth: shopOrdersMonth.whole,
      coachOrder: euro(v['order'] ?? 0),
      coachMarge: pct((v['marge'] ?? 0) / 100),
      coachEarned: euro(coach.earnedPerCustomer),
      coachMonthExact: coachMonth.exact,
      coachMonth: coachMonth.whole,
      coachYearExact: coachYear.exact,
      coachYear: coachYear.whole,
    };
  },
  summary(v) {
    const s = aanwezigheid.show(v);
    return `${s['costPerMonth']} per maand, ${s['costPerYear']} per jaar. Webwinkel: ${s['shopMonth']} per maand; coach: ${s['coachMonth']} per maand.`;
  },
  calculator: {
    kind: 'inspanning',
    preset: 'coach',
    fields(v) {
      const text = (id: string) => fieldTextOf(inputOf(aanwezigheid, id), v[id] ?? 0);
      return {
        uren: text('uren'),
        tarief: text('tarief'),
        tools: text('tools'),
        ads: text('ads'),
        order: text('order'),
        marge: text('marge'),
      };
    },
  },
};

/** The web shop of the same example, as the effort calculator's "webshop" preset fields. */
export function shopFields(v: ScenarioValues): Record<string, string> {
  const text = (id: string) => fieldTextOf(inputOf(aanwezigheid, id), v[id] ?? 0);
  return { ...aanwezigheid.calculator!.fields(v), order: text('shopOrder'), marge: text('shopMarge') };
}
