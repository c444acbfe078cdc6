/**
 * Lesson 3's "Twee boekhouders": the same hours a week for a year, two routes, and what route B's customers
 * bring in, in the first year and over the years they stay. Time cost and customer value are the model's
 * (`../calculators/customer-value.ts`, through the shared `costOf`); revenue against cost is the money model's
 * (`computeMoney`). Everything is invented for the lesson ("onze aanname"); the article gives no numbers.
 */
import { customerValue } from '../calculators/customer-value';
import { computeMoney } from '../calculators/money';
import { ratio } from '../calculators/ratio';
import { countWords, euro, num, type Scenario, type ScenarioInput, type ScenarioValues } from './scenario';
import { countInput, euroInput, hourlyRate, weeklyHours } from './inputs';
import { yearCost, yearOfHoursTexts } from './year-of-hours';

const ours = 'onze aanname (verzonnen voorbeeld)';

/**
 * What the story fixes and the reader does not change: both accounts after a year, and route B's
 * conversations (so her customers can be at most that many).
 */
const story = { followersA: 3000, likesA: 45, followersB: 450, likesB: 12, conversations: 9 } as const;

const inputs: readonly ScenarioInput[] = [
  weeklyHours(2, ours),
  hourlyRate(60, ours),
  countInput({
    id: 'klanten',
    label: 'Gesprekken die klant werden',
    noun: 'klanten',
    one: 'klant',
    max: story.conversations,
    value: 5,
    step: 1,
    basis: ours,
  }),
  euroInput({ id: 'jaarbedrag', label: 'Wat een klant per jaar betaalt', value: 1200, step: 100, basis: ours }),
  countInput({
    id: 'jaren',
    label: 'Jaren dat een klant gemiddeld blijft',
    noun: 'jaar',
    one: 'jaar',
    min: 1,
    max: 100,
    value: 3,
    step: 1,
    basis: ours,
  }),
];

/** Route B's revenue against the year's hours: the first year at the yearly fee, or the customers' whole stay. */
function routeB(v: ScenarioValues, perCustomer: number) {
  return computeMoney({
    customers: v['klanten'] ?? 0,
    orderValue: perCustomer,
    // Revenue against hours, as the lesson compares them: an accountant's fee has no purchase to subtract.
    margin: 1,
    cost: yearCost(v),
    likes: 0,
  });
}

/** "6,7 keer": how many times route A's count is route B's (the story's fixed counts, never 0). */
function times(a: number, b: number): string {
  return `${num(ratio(a, b) ?? 0, 1)} keer`;
}

/** Two accountants, € 6.240 of time each; route B's 5 customers bring € 6.000 the first year, € 18.000 in all. */
export const boekhouders: Scenario = {
  id: 'boekhouders',
  title: 'Twee boekhouders, dezelfde uren per week',
  inputs,
  show(v) {
    const fee = v['jaarbedrag'] ?? 0;
    const value = customerValue(fee, v['jaren'] ?? 0);
    const firstYear = routeB(v, fee);
    const allYears = routeB(v, value);
    const left = firstYear.net;
    return {
      ...yearOfHoursTexts(v),
      followersA: countWords(story.followersA, 'volger', 'volgers'),
      likesA: countWords(story.likesA, 'like', 'likes'),
      followersB: countWords(story.followersB, 'volger', 'volgers'),
      likesB: countWords(story.likesB, 'like', 'likes'),
      conversations: num(story.conversations),
      followersTimes: times(story.followersA, story.followersB),
      likesTimes: times(story.likesA, story.likesB),
      klantenN: num(v['klanten'] ?? 0),
      firstYear: euro(firstYear.revenue),
      firstYearVerdict:
        left < 0
          ? `Dat is ${euro(-left)} te weinig om haar uren (${euro(firstYear.cost)}) terug te verdienen.`
          : left > 0
            ? `Daarmee heeft ze haar uren (${euro(firstYear.cost)}) al terug, met ${euro(left)} over.`
            : `Precies genoeg om haar uren (${euro(firstYear.cost)}) terug te verdienen.`,
      jarenN: num(v['jaren'] ?? 0),
      customerValue: euro(value),
      allYears: euro(allYears.revenue),
      closing:
        (v['klanten'] ?? 0) > 0
          ? 'Route B heeft de klanten.'
          : 'Zonder klanten heeft route B alleen minder volgers en minder likes.',
    };
  },
  summary(v) {
    const s = boekhouders.show(v);
    return `Tijd: ${s['timeCost']} per jaar. Route B: ${s['firstYear']} in het eerste jaar, ${s['allYears']} over de hele klantwaarde.`;
  },
};
