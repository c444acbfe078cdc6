/**
 * Reference rates for the like-to-euro funnel: sensible defaults and ranges for the calculator, each with
 * its source. The lesson's worked example (the clothing brand) keeps its own numbers and does not use these.
 */
import type { FigureSource, Fraction } from './types';

/** A reference rate with where it comes from. */
export interface ReferenceRate {
  label: string;
  rate: Fraction;
  source: FigureSource;
}

const wordstream: FigureSource = {
  name: 'WordStream',
  title: 'Facebook Ads Benchmarks',
  year: 2018,
  measures: 'gemiddelde van Facebook-advertenties, alle sectoren, Verenigde Staten, 2017–2018',
  sample: '256 Amerikaanse klantaccounts van WordStream, samen $ 553.000 aan advertenties',
  note: 'Amerikaanse cijfers van 2017–2018; recentere en Europese cijfers kunnen anders uitvallen.',
};

export const facebookAds = {
  ctr: { label: 'Doorklikratio (CTR) van Facebook-advertenties', rate: 0.009, source: wordstream },
  conversion: { label: 'Conversie na een klik op een Facebook-advertentie', rate: 0.0921, source: wordstream },
} satisfies Record<string, ReferenceRate>;

const fanpageKarma: FigureSource = {
  name: 'Fanpage Karma',
  year: 2021,
  measures: 'organische linkklikken ÷ bereik van Facebook-pagina’s, per paginagrootte',
};

/** Organic link clicks ÷ reach for Facebook pages, by page size (fans). */
export const facebookOrganicClickRates: readonly (ReferenceRate & { minFans: number; maxFans: number | null })[] = [
  { label: 'minder dan 1.000 fans', minFans: 0, maxFans: 1_000, rate: 0.022, source: fanpageKarma },
  { label: '1.000–10.000 fans', minFans: 1_000, maxFans: 10_000, rate: 0.018, source: fanpageKarma },
  { label: '10.000–100.000 fans', minFans: 10_000, maxFans: 100_000, rate: 0.013, source: fanpageKarma },
  { label: '100.000–500.000 fans', minFans: 100_000, maxFans: 500_000, rate: 0.01, source: fanpageKarma },
  { label: 'meer dan 500.000 fans', minFans: 500_000, maxFans: null, rate: 0.008, source: fanpageKarma },
];

const oribi: FigureSource = {
  name: 'Oribi',
  year: 2019,
  measures: 'conversie van webwinkelbezoek per verkeersbron, 204 webwinkels, vierde kwartaal 2019',
  sample: '5,2 miljoen bezoekers van 204 webwinkels, oktober tot december 2019',
  url: 'https://oribi.io/benchmark-reports/ecommerce20',
};

/** Web shop conversion by traffic source. */
export const shopConversionBySource = {
  facebook: { label: 'Bezoekers via Facebook', rate: 0.015, source: oribi },
  instagram: { label: 'Bezoekers via Instagram', rate: 0.008, source: oribi },
  average: { label: 'Gemiddelde webwinkel, alle bronnen', rate: 0.022, source: oribi },
} satisfies Record<string, ReferenceRate>;

/** Reference rates that share one source and one way of measuring, shown together as one table. */
export interface ReferenceRateGroup {
  id: string;
  /** Dutch table caption. */
  caption: string;
  /** Dutch header of the label column. */
  labelHeader: string;
  source: FigureSource;
  rates: readonly ReferenceRate[];
}

/** The reference rates grouped per source, in the order the course shows them (`<ReferenceRates />`). */
export const referenceRateGroups: readonly ReferenceRateGroup[] = [
  {
    id: 'facebook-advertenties',
    caption: 'Facebook-advertenties: doorklikratio en conversie na een klik',
    labelHeader: 'Stap',
    source: wordstream,
    rates: Object.values(facebookAds),
  },
  {
    id: 'facebook-organisch',
    caption: 'Facebook-pagina’s: linkklikken zonder advertentie, per paginagrootte',
    labelHeader: 'Paginagrootte',
    source: fanpageKarma,
    rates: facebookOrganicClickRates,
  },
  {
    id: 'webwinkel',
    caption: 'Webwinkels: conversie per verkeersbron',
    labelHeader: 'Verkeersbron',
    source: oribi,
    rates: Object.values(shopConversionBySource),
  },
];
