/**
 * Ready-made scenarios for the like-to-euro funnel. The clothing brand reproduces lesson 4's worked example
 * (from Jasper de Vries' article); the other two follow lesson 1's story of the sports-car page and the
 * expert with 2.500 fans. Rates and costs that no source gives are our assumptions, and `basis` says so.
 */
import type { Preset } from './calculator';
import { unambiguousText } from './parse-number';

// The presets of lessons 1 and 4 are their worked examples' values (`../scenarios/`), written out here
// rather than computed from the scenarios: importing a scenario would put every example's code into the
// calculator island. tests/unit/scenarios checks that each preset equals its scenario's fields.

/** Field values in the units the reader types (percent fields in percent). */
type FunnelValues = Record<
  | 'likes'
  | 'bereik'
  | 'bezoek'
  | 'klik'
  | 'conversie'
  | 'koop'
  | 'zonder'
  | 'order'
  | 'marge'
  | 'ads'
  | 'tools'
  | 'uren'
  | 'tarief',
  number
>;

/** Fields that hold euros: their text must never be the ambiguous "1.500". */
const MONEY_FIELDS = new Set(['order', 'ads', 'tools', 'tarief']);

/** Builds a preset's raw text values the way a Dutch reader would type them, never ambiguous. */
function typed(values: FunnelValues): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, unambiguousText(v, { money: MONEY_FIELDS.has(k) })]),
  );
}

/** Where the clothing brand's numbers come from. */
export const kledingmerkSource =
  'Jasper de Vries, ‘Likes = Goud? De Ware ROI van Sociale Media Likes Ontrafeld’ (jaar niet vermeld)';

/** Where the sports-car page and the expert come from. */
const vromantSource = 'Gerrit Vromant, ‘Waarom likes een vergiftigd geschenk zijn’ (2019)';

/**
 * Lesson 4's clothing brand, the same scenario as the lesson's two examples (`../scenarios/kledingmerk.ts`):
 * 1.000 likes, 20 % of the likers visit the site, 6,25 % of the 800 others click the ad (the article's 50
 * clicks; that the ad reaches only them is ours), 10 % of them and 1,5 % of the visitors buy at € 50. Margin
 * and costs are our assumptions, as in the lesson.
 */
export const kledingmerk: Preset = {
  id: 'kledingmerk',
  label: 'Kledingmerk',
  description:
    'Een online kledingmerk post een nieuwe collectie en krijgt 1.000 likes. Het stuurt de likers daarna een advertentie met 10 % korting.',
  basis: `${kledingmerkSource}, voor de likes, het bereik, de 200 bezoekers, de 50 klikken en de 5 + 3 aankopen; het artikel geeft aantallen, wij rekenen ze om naar percentages. Dat de advertentie alleen de 800 likers bereikt die de site niet bezochten (50 klikken is dan 6,25 %, geen 5 %), de € 50 voor de aankopen van bezoekers, de marge (50 %), de kosten (€ 60 advertentie, 2 uur werk à € 45) en dat niemand ook zonder de like had gekocht (0 %): dat zijn onze aannames, dezelfde als in les 4.`,
  values: typed({
    likes: 1000,
    bereik: 5, // 5.000 extra people reached ÷ 1.000 likes
    bezoek: 20, // 200 of the 1.000 likers visit the site
    klik: 6.25, // 50 clicks among the 800 likers who did not visit
    conversie: 10, // 5 of the 50 clicks buy
    koop: 1.5, // 3 purchases among the 200 visitors
    zonder: 0,
    order: 50,
    marge: 50,
    ads: 60,
    tools: 0,
    uren: 2,
    tarief: 45,
  }),
};

/**
 * Lesson 1's sports-car page, one post: reach 400.000, 8.000 likes, 400 visitors to the shop (one in a
 * thousand who saw it), 1 % of them buy a mug or T-shirt of € 20: € 80, one cent per like. No ad.
 */
export const sportwagenpagina: Preset = {
  id: 'sportwagenpagina',
  label: 'Sportwagenpagina',
  description:
    'Victors pagina over snelle auto’s, met ruim een miljoen likes. Eén bericht: 400.000 mensen zien het, 8.000 liken het, 400 gaan naar zijn webshop met mokken en T-shirts.',
  basis: `${vromantSource}, en het rekenvoorbeeld in les 1: bereik, likes, bezoekers, 1 % kopers en € 20 per bestelling. Victor adverteert niet. De marge (40 %) en de kosten (3 uur werk à € 40 per bericht) nemen wij aan.`,
  // The funnel is lesson 1's example (its scenario); margin and costs are this preset's own assumptions.
  values: typed({
    likes: 8000,
    bereik: 50, // 400.000 people saw it ÷ 8.000 likes
    bezoek: 5, // 400 of the 8.000 likers visit the shop
    klik: 0,
    conversie: 0,
    koop: 1,
    zonder: 0,
    order: 20,
    marge: 40,
    ads: 0,
    tools: 0,
    uren: 3,
    tarief: 40,
  }),
};

/**
 * Lesson 1's expert, one post: reach 1.200, 25 likes; two people send a message, one books and becomes a
 * client of € 1.500: € 60 per like.
 */
export const nicheExpert: Preset = {
  id: 'niche-expert',
  label: 'Niche-expert',
  description:
    'Een adviseur met 2.500 fans die precies de ondernemers zijn die hij helpt. Eén bericht: 1.200 mensen zien het, 25 liken het, 2 sturen hem een bericht en 1 wordt klant.',
  basis: `${vromantSource}, en het rekenvoorbeeld in les 1: bereik, likes, de twee berichten, één klant en € 1.500 per traject. Het lukt niet bij elk bericht (les 1 rekent met één op de vijf). De marge (80 %) en de kosten (2 uur werk à € 60 per bericht) nemen wij aan.`,
  values: typed({
    likes: 25,
    bereik: 48, // 1.200 people saw it ÷ 25 likes
    bezoek: 8, // 2 of the 25 likers send a message
    klik: 0,
    conversie: 0,
    koop: 50, // 1 of the 2 becomes a client
    zonder: 0,
    order: 1500,
    marge: 80,
    ads: 0,
    tools: 0,
    uren: 2,
    tarief: 60,
  }),
};

/** All funnel presets, in the order the page offers them. */
export const funnelPresets: readonly Preset[] = [kledingmerk, sportwagenpagina, nicheExpert];
