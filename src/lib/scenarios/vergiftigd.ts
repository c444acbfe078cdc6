/**
 * Lesson 1's example: Victor's sports-car page against a small expert, one post each, through the funnel model
 * (`../calculators/funnel.ts`). The people come from Gerrit Vromant's article; the revenue figures are ours
 * (the article gives none), and the lesson says so. The funnel calculator's presets "sportwagenpagina" and
 * "niche-expert" take their funnel from here.
 */
import { resolveForm } from '../calculators/fields';
import {
  computeFunnel,
  funnelFields,
  funnelInputsFrom,
  type FunnelInputs,
  type FunnelResult,
} from '../calculators/funnel';
import { ratio } from '../calculators/ratio';
import { formatCount } from '../calculators/format-calculator';
import { parseDutchNumber, unambiguousText } from '../calculators/parse-number';
import { reachPerLike } from './reach';
import { countWords, euro, num, type Scenario, type ScenarioInput, type ScenarioValues } from './scenario';
import { countInput, euroInput, percentInput } from './inputs';

const ours = 'onze aanname (verzonnen om het verschil te laten zien)';

const inputs: readonly ScenarioInput[] = [
  countInput({
    id: 'vBereik',
    label: 'Mensen die Victors bericht zien',
    noun: 'mensen',
    value: 400_000,
    step: 10_000,
    basis: ours,
  }),
  countInput({
    id: 'vLikes',
    label: 'Likes op Victors bericht',
    noun: 'likes',
    one: 'like',
    value: 8000,
    step: 500,
    basis: ours,
  }),
  percentInput({
    id: 'vKlik',
    label: 'Deel van wie het ziet dat doorklikt naar de webwinkel',
    value: 0.1,
    step: 0.05,
    basis: ours,
  }),
  percentInput({ id: 'vKoop', label: 'Kopers onder Victors bezoekers', value: 1, step: 0.5, basis: ours }),
  euroInput({ id: 'vOrder', label: 'Bedrag van een bestelling bij Victor', value: 20, step: 5, basis: ours }),
  countInput({
    id: 'eBereik',
    label: 'Mensen die het bericht van de expert zien',
    noun: 'mensen',
    value: 1200,
    step: 100,
    basis: ours,
  }),
  countInput({
    id: 'eLikes',
    label: 'Likes op het bericht van de expert',
    noun: 'likes',
    one: 'like',
    value: 25,
    step: 5,
    basis: ours,
  }),
  countInput({
    id: 'eBericht',
    label: 'Mensen die de expert een bericht sturen',
    noun: 'mensen',
    one: 'persoon',
    max: 1e6,
    value: 2,
    step: 1,
    basis: ours,
  }),
  percentInput({ id: 'eKlant', label: 'Deel van hen dat klant wordt', value: 50, step: 5, basis: ours }),
  euroInput({ id: 'eOrder', label: 'Bedrag van een traject bij de expert', value: 1500, step: 100, basis: ours }),
  percentInput({ id: 'eRaak', label: 'Berichten die een klant opleveren', value: 20, step: 5, basis: ours }),
];

/** Funnel inputs with no ad and no costs (the example compares revenue only). */
function funnel(likes: number, reach: number, visits: number, buyRate: number, order: number): FunnelInputs {
  return {
    likes,
    reachPerLike: reachPerLike(reach, likes),
    // The funnel counts visitors among the likers: at most all of them.
    visitRate: Math.min(1, ratio(visits, likes) ?? 0),
    retargetClickRate: 0,
    clickConversion: 0,
    visitConversion: buyRate,
    withoutLike: 0,
    orderValue: order,
    margin: 0,
    adSpend: 0,
    tools: 0,
    hours: 0,
    hourlyRate: 0,
  };
}

/** Victor's post: a share of everyone who saw it visits the shop, 1 % of them buy. */
export function victorInputs(v: ScenarioValues): FunnelInputs {
  const n = (id: string) => v[id] ?? 0;
  return funnel(n('vLikes'), n('vBereik'), n('vBereik') * (n('vKlik') / 100), n('vKoop') / 100, n('vOrder'));
}

/** The expert's post: the likers who send a message visit, and of them the clients buy. */
export function expertInputs(v: ScenarioValues): FunnelInputs {
  const n = (id: string) => v[id] ?? 0;
  return funnel(n('eLikes'), n('eBereik'), n('eBericht'), n('eKlant') / 100, n('eOrder'));
}

/**
 * The funnel's result exactly as the calculator gets it from the preset's text fields: the shares here are
 * divisions (400 of 8.000), and rounding them the calculator's way keeps both to the cent.
 */
function throughCalculator(f: FunnelInputs): FunnelResult {
  const form = resolveForm(funnelFields, funnelFieldTexts(f));
  return computeFunnel(form.complete ? funnelInputsFrom(form.values) : f);
}

const perLike = (r: FunnelResult) => (r.revenuePerLike === null ? '–' : euro(r.revenuePerLike));

/** "3,8 keer zoveel als", or the words for less or for a comparison with nothing. */
function timesAsMuch(a: number, b: number): string {
  const times = ratio(a, b);
  if (times === null) return a > 0 ? 'meer dan' : 'evenveel als';
  if (times < 1) return `maar ${num(times * 100)} % van`;
  return `${num(times, 1)} keer zoveel als`;
}

/** Victor's viral post (€ 80, a cent per like) against the expert's small one (€ 1.500, € 60 per like). */
export const vergiftigd: Scenario = {
  id: 'vergiftigd',
  title: 'Sportwagens tegenover een kleine expert',
  inputs,
  show(v) {
    const victor = throughCalculator(victorInputs(v));
    const expert = throughCalculator(expertInputs(v));
    const average = expert.revenue * ((v['eRaak'] ?? 0) / 100);
    return {
      vVisits: formatCount(victor.visits),
      vOrders: formatCount(victor.customers),
      vRevenue: euro(victor.revenue),
      vPerLike: perLike(victor),
      eReacties: num(6),
      eBerichtVerb: (v['eBericht'] ?? 0) === 1 ? 'stuurt' : 'sturen',
      eClients: countWords(expert.customers, 'klant', 'klanten'),
      eRevenue: euro(expert.revenue),
      ePerLike: perLike(expert),
      eAverage: euro(average),
      eVsVictor: timesAsMuch(average, victor.revenue),
    };
  },
  summary(v) {
    const s = vergiftigd.show(v);
    return `Victor: ${s['vRevenue']} omzet, ${s['vPerLike']} per like. Expert: ${s['eRevenue']}, ${s['ePerLike']} per like; gemiddeld ${s['eAverage']} per bericht.`;
  },
  calculator: {
    kind: 'like-naar-euro',
    preset: 'sportwagenpagina',
    fields: (v) => funnelFieldTexts(victorInputs(v)),
  },
};

/** A funnel's inputs as the funnel calculator's text fields (percent fields in percent, every digit kept). */
export function funnelFieldTexts(f: FunnelInputs): Record<string, string> {
  const t = (x: number, money = false) => {
    const v = Number(x.toPrecision(15));
    // As a reader types it ("8.000") when that reads back exactly, else every digit (a share like 8/3).
    const text = unambiguousText(v, { money });
    const back = parseDutchNumber(text, { money });
    return back.status === 'number' && back.value === v ? text : unambiguousText(v, { money, exact: true });
  };
  return {
    likes: t(f.likes),
    bereik: t(f.reachPerLike),
    bezoek: t(f.visitRate * 100),
    klik: t(f.retargetClickRate * 100),
    conversie: t(f.clickConversion * 100),
    koop: t(f.visitConversion * 100),
    zonder: t(f.withoutLike * 100),
    order: t(f.orderValue, true),
    marge: t(f.margin * 100),
    ads: t(f.adSpend, true),
    tools: t(f.tools, true),
    uren: t(f.hours),
    tarief: t(f.hourlyRate, true),
  };
}
