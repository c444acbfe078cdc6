/**
 * Ready-made scenarios for the like-to-euro funnel. The clothing brand reproduces lesson 4's worked example
 * (from Jasper de Vries' article); the other two follow lesson 1's story of the sports-car page and the
 * expert with 2.500 fans. Rates and costs that no source gives are our assumptions, and `basis` says so.
 */
import type { Preset } from './calculator';
import { formatInputNumber } from './parse-number';

/** Field values in the units the reader types (percent fields in percent). */
type FunnelValues = Record<
  'likes' | 'bereik' | 'bezoek' | 'klik' | 'conversie' | 'koop' | 'order' | 'ads' | 'uren' | 'tarief',
  number
>;

/** Builds a preset's raw text values the way a Dutch reader would type them. */
function typed(values: FunnelValues): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, formatInputNumber(v)]));
}

/** Where the clothing brand's numbers come from. */
export const kledingmerkSource =
  'Jasper de Vries, ‘Likes = Goud? De Ware ROI van Sociale Media Likes Ontrafeld’ (jaar onbekend)';

/**
 * Lesson 4's clothing brand: 1.000 likes, 5.000 extra people reached, 200 likers on the site, 50 clicks on
 * a 10 % discount ad of which 5 buy at € 50, and 3 purchases among the 200 visitors: 8 purchases, € 400.
 */
export const kledingmerk: Preset = {
  id: 'kledingmerk',
  label: 'Kledingmerk',
  description:
    'Een online kledingmerk post een nieuwe collectie en krijgt 1.000 likes. Het stuurt de likers daarna een advertentie met 10 % korting.',
  basis: `${kledingmerkSource}, voor de likes, het bereik, de bezoekers, de klikken en de aankopen. De kosten (€ 100 advertenties en 2 uur werk) staan niet in het artikel: die hebben wij aangenomen.`,
  values: typed({
    likes: 1000,
    bereik: 5, // 5.000 extra people ÷ 1.000 likes
    bezoek: 20, // 200 of the 1.000 likers visit the site
    klik: 5, // 50 of the 1.000 likers click the retargeting ad
    conversie: 10, // 5 of the 50 clicks buy
    koop: 1.5, // 3 purchases among the 200 visitors
    order: 50,
    ads: 100,
    uren: 2,
    tarief: 50,
  }),
};

/** Lesson 1's sports-car page: a million likes from people who love cars, not mugs. */
export const sportwagenpagina: Preset = {
  id: 'sportwagenpagina',
  label: 'Sportwagenpagina',
  description:
    'Een pagina vol snelle auto’s met een miljoen likes. De eigenaar verkoopt mokken en T-shirts, maar zijn publiek komt voor de auto’s.',
  basis:
    'Gerrit Vromant, ‘Waarom likes een vergiftigd geschenk zijn’ (2019), voor het miljoen likes en de mokken en T-shirts. Alle percentages, het orderbedrag en de kosten hebben wij aangenomen.',
  values: typed({
    likes: 1_000_000,
    bereik: 2,
    bezoek: 0.5,
    klik: 0.9,
    conversie: 0.5,
    koop: 0.2,
    order: 20,
    ads: 500,
    uren: 40,
    tarief: 40,
  }),
};

/** Lesson 1's expert: 2.500 fans who are exactly the people she helps. */
export const nicheExpert: Preset = {
  id: 'niche-expert',
  label: 'Niche-expert',
  description:
    'Een coach met 2.500 fans die precies haar doelgroep zijn. Minder likes, maar wie liket heeft het probleem dat zij oplost.',
  basis:
    'Gerrit Vromant, ‘Waarom likes een vergiftigd geschenk zijn’ (2019), voor de 2.500 fans. Alle percentages, het orderbedrag en de kosten hebben wij aangenomen.',
  values: typed({
    likes: 2500,
    bereik: 1,
    bezoek: 4,
    klik: 2,
    conversie: 4,
    koop: 3,
    order: 750,
    ads: 100,
    uren: 10,
    tarief: 60,
  }),
};

/** All funnel presets, in the order the page offers them. */
export const funnelPresets: readonly Preset[] = [kledingmerk, sportwagenpagina, nicheExpert];
