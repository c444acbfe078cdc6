/**
 * Lesson 6's "22 tweets a day": what that many posts cost in time, through the shared cost model
 * (`costOf` in `../calculators/money.ts`). The 22 is the myth's; five minutes a post and € 60 an hour are ours.
 */
import { costOf } from '../calculators/money';
import { euro, num, type Scenario, type ScenarioValues } from './scenario';

const ours = 'onze aanname';

const inputs = [
  {
    kind: 'number',
    id: 'berichten',
    label: 'Berichten per dag',
    unit: 'count',
    noun: 'berichten',
    one: 'bericht',
    min: 0,
    max: 1000,
    value: 22,
    step: 1,
    basis: 'de mythe',
  },
  {
    kind: 'number',
    id: 'minuten',
    label: 'Minuten per bericht',
    unit: 'count',
    noun: 'minuten',
    one: 'minuut',
    min: 0,
    max: 600,
    value: 5,
    step: 1,
    basis: ours,
  },
  {
    kind: 'number',
    id: 'tarief',
    label: 'Uurtarief',
    unit: 'euro',
    min: 0,
    max: 10_000,
    value: 60,
    step: 5,
    basis: ours,
  },
] as const satisfies Scenario['inputs'];

/** Minutes a day for all posts. */
function minutesPerDay(v: ScenarioValues): number {
  return (v['berichten'] ?? 0) * (v['minuten'] ?? 0);
}

/** 22 posts of 5 minutes: 110 minutes, € 110 a day at € 60 an hour. */
export const tweets: Scenario = {
  id: 'tweets',
  title: 'Wat kosten 22 tweets per dag?',
  inputs,
  show(v) {
    const minutes = minutesPerDay(v);
    const hours = minutes / 60;
    return {
      berichten: num(v['berichten'] ?? 0),
      minutesPerDay: num(minutes),
      hours: num(hours, 1),
      costPerDay: euro(costOf({ hours, hourlyRate: v['tarief'] ?? 0, tools: 0, ads: 0 })),
    };
  },
  summary(v) {
    const s = tweets.show(v);
    return `${s['minutesPerDay']} minuten per dag, ${s['costPerDay']} per dag aan tijd.`;
  },
};
