/**
 * Lesson 7's Lotte, a photographer who scores low on "Tijd en geld": a year of her weekly hours at her rate
 * (`timeCostPerYear`, through the shared `costOf`), and the jobs it takes to earn that back (the money model's
 * break-even, rounded up to whole jobs). All numbers are ours (an invented example).
 */
import { computeMoney, wholeUp } from '../calculators/money';
import { countWords, type Scenario, type ScenarioInput, type ScenarioValues } from './scenario';
import { euroInput, hourlyRate, weeklyHours } from './inputs';
import { yearCost, yearOfHoursTexts } from './year-of-hours';

const ours = 'onze aanname (verzonnen voorbeeld)';

const inputs: readonly ScenarioInput[] = [
  weeklyHours(5, ours),
  hourlyRate(55, ours),
  euroInput({
    id: 'opdracht',
    label: 'Wat een opdracht oplevert na eigen kosten',
    value: 450,
    step: 25,
    basis: ours,
  }),
];

/** Her year against one job: what a job leaves is already after her own costs, so the margin is all of it. */
function year(v: ScenarioValues) {
  return computeMoney({
    customers: 0,
    orderValue: v['opdracht'] ?? 0,
    margin: 1,
    cost: yearCost(v),
    likes: 0,
  });
}

/** 5 hours a week at € 55: 260 hours, € 14.300 a year, 32 jobs of € 450 to earn it back. */
export const fotograaf: Scenario = {
  id: 'fotograaf',
  title: 'Lotte, fotograaf, en haar eerste uitslag',
  inputs,
  show(v) {
    const r = year(v);
    return {
      ...yearOfHoursTexts(v),
      jobs:
        r.breakEvenCustomers === null
          ? 'meer opdrachten dan er ooit komen (een opdracht levert haar niets op)'
          : countWords(wholeUp(r.breakEvenCustomers), 'opdracht', 'opdrachten'),
    };
  },
  summary(v) {
    const s = fotograaf.show(v);
    return `${s['timeCost']} aan tijd per jaar; om dat terug te verdienen: ${s['jobs']}.`;
  },
};
