/**
 * Lesson 2's example: Sanne's yoga studio, its engagement rate per follower and per reach, and what one
 * interaction cost her in photos, through the engagement model (`../calculators/engagement.ts`). All numbers
 * are ours (an invented account); the engagement calculator's preset "yogastudio" is this account.
 */
import { computeEngagement, type EngagementInputs } from '../calculators/engagement';
import { ratio } from '../calculators/ratio';
import { euro, inputOf, num, pct, type Scenario, type ScenarioInput, type ScenarioValues } from './scenario';
import { fieldTextOf } from './typed';
import { countInput, euroInput } from './inputs';

const ours = 'onze aanname (een verzonnen account)';

const inputs: readonly ScenarioInput[] = [
  countInput({
    id: 'volgers',
    label: 'Volgers',
    noun: 'volgers',
    one: 'volger',
    min: 1,
    value: 1800,
    step: 100,
    basis: ours,
  }),
  countInput({ id: 'likes', label: 'Likes per post', noun: 'likes', one: 'like', value: 60, step: 5, basis: ours }),
  countInput({
    id: 'reacties',
    label: 'Reacties per post',
    noun: 'reacties',
    one: 'reactie',
    value: 9,
    step: 1,
    basis: ours,
  }),
  countInput({ id: 'bewaard', label: 'Keer opgeslagen per post', noun: 'keer', value: 3, step: 1, basis: ours }),
  countInput({
    id: 'bereik',
    label: 'Bereik per post',
    noun: 'mensen',
    one: 'persoon',
    min: 1,
    value: 900,
    step: 50,
    basis: ours,
  }),
  countInput({
    id: 'posts',
    label: 'Posts in de reeks',
    noun: 'posts',
    one: 'post',
    min: 1,
    max: 1000,
    value: 10,
    step: 1,
    basis: ours,
  }),
  euroInput({ id: 'fotograaf', label: 'Wat de fotograaf kost voor de reeks', value: 180, step: 10, basis: ours }),
];

/** The engagement model's inputs (Instagram; the benchmark plays no part in this example). */
function engagementInputs(v: ScenarioValues): EngagementInputs {
  return {
    followers: v['volgers'] ?? 0,
    likes: v['likes'] ?? 0,
    comments: v['reacties'] ?? 0,
    shares: 0,
    saves: v['bewaard'] ?? 0,
    reach: v['bereik'] ?? null,
    benchmarkId: 'markerly-2016',
    platformId: 'instagram',
  };
}

/** "2 keer zo hoog", "even hoog", "de helft zo hoog" … as a plain ratio. */
function howMuchHigher(a: number | null, b: number): string {
  const times = a === null ? null : ratio(a, b);
  if (times === null) return 'niet te vergelijken';
  if (Math.abs(times - 1) < 0.005) return 'even hoog';
  return times > 1 ? `${num(times, 1)} keer zo hoog` : `lager: ${num(times, 2)} keer zo hoog`;
}

/** Sanne: 1.800 followers, 72 interactions a post: 4 % per follower, 8 % per reach, € 0,25 per interaction. */
export const yogastudio: Scenario = {
  id: 'yogastudio',
  title: 'De yogastudio en haar ratio',
  inputs,
  show(v) {
    const r = computeEngagement(engagementInputs(v));
    const total = r.interactions * (v['posts'] ?? 0);
    const perInteraction = ratio(v['fotograaf'] ?? 0, total);
    return {
      interactions: num(r.interactions),
      likesN: num(r.likes),
      reactiesN: num(r.comments),
      bewaardN: num(r.saves),
      volgersN: num(r.followers),
      bereikN: num(r.reach ?? 0),
      rateFollowers: num(r.engagementRate, 4),
      rateFollowersPct: pct(r.engagementRate),
      rateReach: r.reachRate === null ? '–' : num(r.reachRate, 4),
      rateReachPct: r.reachRate === null ? '–' : pct(r.reachRate),
      reachVsFollowers: howMuchHigher(r.reachRate, r.engagementRate),
      fotograaf: euro(v['fotograaf'] ?? 0),
      totalInteractions: num(total),
      perInteraction: perInteraction === null ? '–' : euro(perInteraction),
    };
  },
  summary(v) {
    const s = yogastudio.show(v);
    return `${s['interactions']} interacties per post: ${s['rateFollowersPct']} per volger, ${s['rateReachPct']} per bereik. ${s['perInteraction']} per interactie.`;
  },
  calculator: {
    kind: 'engagement',
    preset: 'yogastudio',
    fields(v) {
      const text = (id: string) => fieldTextOf(inputOf(yogastudio, id), v[id] ?? 0);
      return {
        platform: 'instagram',
        bron: 'markerly-2016',
        volgers: text('volgers'),
        likes: text('likes'),
        reacties: text('reacties'),
        gedeeld: '',
        bewaard: text('bewaard'),
        bereik: text('bereik'),
      };
    },
  },
};
