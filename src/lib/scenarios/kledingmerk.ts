/**
 * Lesson 4's clothing brand (Jasper de Vries' example): one post, two routes to a purchase, then what is
 * left after margin and costs. Both of the lesson's examples and the funnel calculator's preset
 * "kledingmerk" read this scenario; every number is the funnel model's (`../calculators/funnel.ts`).
 *
 * The article gives counts (200 visitors, 50 clicks, 5 and 3 purchases); the model needs shares. We take
 * the ad's audience to be the likers who did not visit the site (so nobody counts twice): 50 clicks of 800
 * is 6,25 %. Of all 1.000 likers it would be 5 %; the lesson shows both and says which is ours.
 */
import { computeFunnel, type FunnelInputs } from '../calculators/funnel';
import { timeCostOf, wholeUp } from '../calculators/money';
import { ratio } from '../calculators/ratio';
import { formatCount } from '../calculators/format-calculator';
import { unambiguousText } from '../calculators/parse-number';
import { reachPerLike } from './reach';
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
import { countInput, euroInput, hourlyRate, hoursInput, percentInput } from './inputs';

const article = 'Jasper de Vries, ‘Likes = Goud?’';

/** The article's own counts for its 1.000 likes; the inputs below are these as shares. */
const counts = { likes: 1000, visits: 200, clicks: 50, buyersViaAd: 5, buyersViaSite: 3 } as const;
/** Ours: the ad reaches the likers who did not visit, so nobody counts twice. */
const adAudience = counts.likes - counts.visits;
const ours = 'onze aanname';

/** The example's inputs: the article's numbers as shares, and our margin and costs. */
const inputs: readonly ScenarioInput[] = [
  countInput({ id: 'likes', label: 'Likes op de post', noun: 'likes', value: counts.likes, step: 100, basis: article }),
  countInput({ id: 'extra', label: 'Extra mensen bereikt', noun: 'mensen', value: 5000, step: 500, basis: article }),
  percentInput({
    id: 'bezoek',
    label: 'Likers die de webwinkel bezoeken',
    value: (counts.visits / counts.likes) * 100,
    step: 1,
    basis: `${article}: 200 van de 1.000 likers`,
  }),
  percentInput({
    id: 'klik',
    label: 'Klikken op de advertentie, van de likers die niet op de site kwamen',
    value: (counts.clicks / adAudience) * 100,
    step: 0.25,
    basis: `${article}: 50 klikken; dat de advertentie de 800 likers zonder bezoek bereikt, is ${ours}`,
  }),
  percentInput({
    id: 'conversie',
    label: 'Kopers na een klik',
    value: (counts.buyersViaAd / counts.clicks) * 100,
    step: 1,
    basis: `${article}: 5 van de 50 klikken`,
  }),
  percentInput({
    id: 'koop',
    label: 'Kopers onder de sitebezoekers',
    value: (counts.buyersViaSite / counts.visits) * 100,
    step: 0.5,
    basis: `${article}: 3 van de 200 bezoekers`,
  }),
  euroInput({
    id: 'order',
    label: 'Bedrag van een aankoop',
    value: 50,
    step: 5,
    basis: `${article} (via de advertentie); voor de bezoekers ${ours}`,
  }),
  percentInput({ id: 'marge', label: 'Marge op de kleding', value: 50, step: 5, basis: ours }),
  euroInput({ id: 'ads', label: 'Kosten van de advertentie', value: 60, step: 10, basis: ours }, 1e8),
  hoursInput({ id: 'uren', label: 'Uren werk aan de post', value: 2, step: 0.5, basis: ours }, 10_000),
  hourlyRate(45, ours),
];

/** The funnel model's inputs for these values (reach per like from the example's reach in people). */
function funnelInputs(v: ScenarioValues): FunnelInputs {
  const n = (id: string) => v[id] ?? 0;
  return {
    likes: n('likes'),
    reachPerLike: reachPerLike(n('extra'), n('likes')),
    visitRate: n('bezoek') / 100,
    retargetClickRate: n('klik') / 100,
    clickConversion: n('conversie') / 100,
    visitConversion: n('koop') / 100,
    withoutLike: 0,
    orderValue: n('order'),
    margin: n('marge') / 100,
    adSpend: n('ads'),
    tools: 0,
    hours: n('uren'),
    hourlyRate: n('tarief'),
  };
}

/** A value or 0. */
const n0 = (x: number | undefined) => x ?? 0;

/** Euro per like, or "–" when there are no likes to divide by. */
const perLike = (x: number | null) => (x === null ? '–' : euro(x));

/** The clothing brand: 1.000 likes, 8 purchases, € 400; after margin and costs € 50 left. */
export const kledingmerk: Scenario = {
  id: 'kledingmerk',
  title: 'Het kledingmerk en zijn nieuwe collectie',
  inputs,
  show(v) {
    const f = funnelInputs(v);
    const r = computeFunnel(f);
    // The model's own time cost (money.ts, to the cent), the same figure the calculator adds into its cost.
    const hoursCost = timeCostOf(f.hours, f.hourlyRate);
    const breakEven = r.breakEvenCustomers === null ? null : wholeUp(r.breakEvenCustomers);
    return {
      likes: num(r.likes),
      articleVisits: num(counts.visits),
      articleClicks: num(counts.clicks),
      articleViaAd: num(counts.buyersViaAd),
      articleViaSite: num(counts.buyersViaSite),
      extra: `${num(n0(v['extra']))} mensen`,
      order: euro(f.orderValue),
      korting: pct(0.1),
      klik: pct(f.retargetClickRate),
      marge: pct(f.margin),
      visits: formatCount(r.visits),
      retargeted: formatCount(r.retargeted),
      clicks: formatCount(r.clicks),
      clicksOfAllLikers: pct(ratio(r.clicks, r.likes) ?? 0),
      viaAd: formatCount(r.customersViaAd),
      viaSite: formatCount(r.customersViaSite),
      revenueViaAd: euro(r.revenueViaAd),
      revenueViaSite: euro(r.revenueViaSite),
      purchases: countWords(r.customers, 'aankoop', 'aankopen'),
      revenue: euro(r.revenue),
      revenuePerLike: perLike(r.revenuePerLike),
      grossMargin: euro(r.grossMargin),
      ads: euro(f.adSpend),
      hoursCost: euro(hoursCost),
      cost: euro(r.cost),
      net: euro(r.net),
      netLabel: r.net < 0 ? 'Tekort' : 'Over',
      netPerLike: perLike(r.netPerLike === null ? null : Math.abs(r.netPerLike)),
      netPerLikeWord: r.net < 0 ? 'verlies' : 'winst',
      verdict:
        r.net > 0
          ? 'Nog steeds positief, dus deze post was de moeite waard.'
          : r.net < 0
            ? 'Dat is negatief: deze post kostte meer dan hij opbracht.'
            : 'Precies quitte: de post verdiende zijn kosten terug, en niets meer.',
      marginPerPurchase: euro(r.marginPerCustomer),
      breakEven:
        breakEven === null
          ? 'meer aankopen dan er ooit komen, want een aankoop laat niets over'
          : countWords(breakEven, 'aankoop', 'aankopen'),
    };
  },
  summary(v) {
    const s = kledingmerk.show(v);
    return `${s['purchases']}, ${s['revenue']} omzet, ${s['revenuePerLike']} per like; ${s['netLabel']?.toLowerCase()} ${s['net']}.`;
  },
  calculator: {
    kind: 'like-naar-euro',
    preset: 'kledingmerk',
    fields(v) {
      const f = funnelInputs(v);
      const text = (id: string) => fieldTextOf(inputOf(kledingmerk, id), v[id] ?? 0);
      return {
        likes: text('likes'),
        // The calculator counts reach per like; carry every digit so it multiplies back to the same reach.
        bereik: unambiguousText(f.reachPerLike, { exact: true }),
        bezoek: text('bezoek'),
        klik: text('klik'),
        conversie: text('conversie'),
        koop: text('koop'),
        zonder: '0',
        order: text('order'),
        marge: text('marge'),
        ads: text('ads'),
        tools: '0',
        uren: text('uren'),
        tarief: text('tarief'),
      };
    },
  },
};
