/**
 * Lesson 6's "22 tweets a day": what that many posts cost in time, through the shared cost model
 * (`costOf` in `../calculators/money.ts`). The 22 is the myth's; five minutes a post and € 60 an hour are ours.
 */
import { costOf } from '../calculators/money';
import { euro, num, type Scenario, type ScenarioInput, type ScenarioValues } from './scenario';
import { countInput, hourlyRate } from './inputs';

const ours = 'onze aanname';

const inputs: readonly ScenarioInput[] = [
  countInput({
    id: 'berichten',
    label: 'Berichten per dag',
    noun: 'berichten',
    one: 'bericht',
    max: 1000,
    value: 22,
    step: 1,
    basis: 'de mythe',
  }),
  countInput({
    id: 'minuten',
    label: 'Minuten per bericht',
    noun: 'minuten',
    one: 'minuut',
    max: 600,
    value: 5,
    step: 1,
    basis: ours,
  }),
  hourlyRate(60, ours),
];

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
