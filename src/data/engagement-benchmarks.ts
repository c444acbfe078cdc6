/**
 * Engagement benchmarks by follower tier, one set per source. Sources define "engagement rate" differently
 * (likes only, likes + comments, all engagements; per followers), so sets are never mixed: the calculator
 * lets the reader choose one and shows its definition.
 */
import type { FigureSource, Fraction } from './types';

/** A follower band [minFollowers, maxFollowers) with its benchmark rate(s). maxFollowers null = no upper bound. */
export interface BenchmarkTier {
  minFollowers: number;
  maxFollowers: number | null;
  /** Dutch label for tables, e.g. "1.000–10.000". */
  label: string;
  /** The set's headline rate for this tier (what the set's `measures` describes). */
  rate: Fraction;
  /** Comment rate, where the source gives one. */
  commentRate?: Fraction;
}

/**
 * How a source arrived at its rates. A reader's rate may only be compared with a set measured the same way: rates
 * per follower and rates per reach or impressions differ ten- to fiftyfold for the same accounts.
 */
export interface BenchmarkMethod {
  /** What the interactions are divided by; null when the source (or the report of it we found) does not say. */
  divisor: 'volgers' | 'bereik' | 'impressies' | null;
  /** The source's own word for its figure: an average or a median. Never swapped for the other. */
  statistic: 'gemiddelde' | 'mediaan';
  /** Whose accounts were measured, as a Dutch plural: "merkaccounts", "influencers". */
  accounts: string;
}

/** One source's benchmarks for one platform. */
export interface BenchmarkSet {
  id: string;
  platform: 'Instagram' | 'TikTok' | 'Facebook' | 'X' | 'LinkedIn';
  /** Dutch name of what `rate` is, e.g. "likeratio" or "engagementratio". */
  rateName: string;
  method: BenchmarkMethod;
  source: FigureSource;
  tiers: BenchmarkTier[];
}

export const markerly2016: BenchmarkSet = {
  id: 'markerly-2016',
  platform: 'Instagram',
  rateName: 'likeratio',
  method: { divisor: 'volgers', statistic: 'gemiddelde', accounts: 'influencers' },
  source: {
    name: 'Markerly',
    title: 'Instagram Marketing: Does Influencer Size Matter?',
    year: 2016,
    measures: 'likes per post ÷ volgers, per volgersniveau',
    sample: 'ongeveer 2 miljoen influencers op Instagram',
    note: 'Reacties volgen volgens Markerly hetzelfde patroon; de reactiecijfers (0,5 % en 0,04 %) komen uit het artikel dat de studie aanhaalt.',
    url: 'https://www.marketingdive.com/news/brand-marketers-see-higher-engagement-with-micro-influencers-survey/418109/',
  },
  tiers: [
    { minFollowers: 0, maxFollowers: 1_000, label: 'minder dan 1.000', rate: 0.08, commentRate: 0.005 },
    { minFollowers: 1_000, maxFollowers: 10_000, label: '1.000–10.000', rate: 0.04 },
    { minFollowers: 10_000, maxFollowers: 100_000, label: '10.000–100.000', rate: 0.024 },
    { minFollowers: 100_000, maxFollowers: 1_000_000, label: '100.000–1 miljoen', rate: 0.017 },
    { minFollowers: 1_000_000, maxFollowers: 10_000_000, label: '1–10 miljoen', rate: 0.017 },
    { minFollowers: 10_000_000, maxFollowers: null, label: 'meer dan 10 miljoen', rate: 0.016, commentRate: 0.0004 },
  ],
};

const imfSource = (platform: string): FigureSource => ({
  name: 'Influencer Marketing Factory',
  year: 2025,
  measures: `gemiddelde engagementratio van ${platform}-influencers per volgersniveau`,
  note: 'De bron zegt niet waardoor ze deelt: leg je eigen ratio er niet naast.',
  url: 'https://iqfluence.io/public/blog/influencer-marketing-engagement-rate',
});

/** Influencers, average; the divisor is not stated in what we found. */
const imfMethod: BenchmarkMethod = { divisor: null, statistic: 'gemiddelde', accounts: 'influencers' };

export const imf2025Instagram: BenchmarkSet = {
  id: 'imf-2025-instagram',
  platform: 'Instagram',
  rateName: 'engagementratio',
  method: imfMethod,
  source: imfSource('Instagram'),
  tiers: [
    { minFollowers: 0, maxFollowers: 100_000, label: 'minder dan 100.000', rate: 0.0365 },
    { minFollowers: 100_000, maxFollowers: 500_000, label: '100.000–500.000', rate: 0.0304 },
    { minFollowers: 500_000, maxFollowers: 1_000_000, label: '500.000–1 miljoen', rate: 0.024 },
    { minFollowers: 1_000_000, maxFollowers: 5_000_000, label: '1–5 miljoen', rate: 0.0259 },
    { minFollowers: 5_000_000, maxFollowers: 10_000_000, label: '5–10 miljoen', rate: 0.021 },
    { minFollowers: 10_000_000, maxFollowers: null, label: 'meer dan 10 miljoen', rate: 0.0177 },
  ],
};

export const imf2025TikTok: BenchmarkSet = {
  id: 'imf-2025-tiktok',
  platform: 'TikTok',
  rateName: 'engagementratio',
  method: imfMethod,
  source: imfSource('TikTok'),
  tiers: [
    { minFollowers: 0, maxFollowers: 100_000, label: 'minder dan 100.000', rate: 0.075 },
    { minFollowers: 100_000, maxFollowers: 500_000, label: '100.000–500.000', rate: 0.051 },
    { minFollowers: 500_000, maxFollowers: 1_000_000, label: '500.000–1 miljoen', rate: 0.0448 },
    { minFollowers: 1_000_000, maxFollowers: 5_000_000, label: '1–5 miljoen', rate: 0.0376 },
    { minFollowers: 5_000_000, maxFollowers: 10_000_000, label: '5–10 miljoen', rate: 0.0422 },
    { minFollowers: 10_000_000, maxFollowers: null, label: 'meer dan 10 miljoen', rate: 0.0288 },
  ],
};

const rivalIq2023: FigureSource = {
  name: 'Rival IQ',
  title: 'Social Media Industry Benchmark Report',
  year: 2023,
  measures:
    'interacties per bericht ÷ volgers, mediaan over merkaccounts (geen indeling naar volgers); gegevens over 2022',
  sample: '150 merken per sector, 14 sectoren',
  note: 'In het rapport van 2025 daalde de mediaan verder, op Instagram met 16 % in een jaar.',
  url: 'https://wishu.io/rival-iqs-social-media-report-top-highlights-we-read-it-so-you-dont-have-to/',
};

/** Brand accounts, median per followers. */
const rivalIqMethod: BenchmarkMethod = { divisor: 'volgers', statistic: 'mediaan', accounts: 'merkaccounts' };

/** One median for all brand accounts of a platform: a set with a single tier. */
function rivalIqSet(platform: 'Facebook' | 'Instagram' | 'TikTok', rate: Fraction): BenchmarkSet {
  return {
    id: `rival-iq-2023-${platform.toLowerCase()}`,
    platform,
    rateName: 'engagementratio',
    method: rivalIqMethod,
    source: rivalIq2023,
    tiers: [{ minFollowers: 0, maxFollowers: null, label: 'alle merkaccounts', rate }],
  };
}

export const rivalIq2023Facebook = rivalIqSet('Facebook', 0.0006);
export const rivalIq2023Instagram = rivalIqSet('Instagram', 0.0047);
export const rivalIq2023TikTok = rivalIqSet('TikTok', 0.0569);

/** All benchmark sets, in the order the calculator offers them. */
export const benchmarkSets: readonly BenchmarkSet[] = [
  markerly2016,
  imf2025Instagram,
  rivalIq2023Instagram,
  rivalIq2023Facebook,
  imf2025TikTok,
  rivalIq2023TikTok,
];

/** A platform the engagement calculator knows, and what published benchmarks exist for it. */
export interface PlatformInfo {
  id: 'instagram' | 'facebook' | 'linkedin' | 'tiktok';
  name: BenchmarkSet['platform'];
  /** Ids of the benchmark sets measured on this platform; empty when we found no published source. */
  setIds: readonly string[];
  /** Dutch note on what is (not) available, shown with the result. */
  note: string | null;
}

/** The platforms, with their benchmark sets. LinkedIn has none: we found no published figures to cite. */
export const platforms: readonly PlatformInfo[] = [
  {
    id: 'instagram',
    name: 'Instagram',
    setIds: [markerly2016.id, imf2025Instagram.id, rivalIq2023Instagram.id],
    note: null,
  },
  {
    id: 'facebook',
    name: 'Facebook',
    setIds: [rivalIq2023Facebook.id],
    note: 'Voor Facebook kennen we geen benchmark per volgersniveau, alleen de mediaan van merkaccounts (Rival IQ, 2023).',
  },
  {
    id: 'linkedin',
    name: 'LinkedIn',
    setIds: [],
    note: 'Voor LinkedIn vonden we geen gepubliceerde benchmark met bron en jaar. Je ratio’s kloppen, maar een vergelijking met een ander platform zegt weinig.',
  },
  // The first set is the default: one measured per follower, like the reader's own rate.
  { id: 'tiktok', name: 'TikTok', setIds: [rivalIq2023TikTok.id, imf2025TikTok.id], note: null },
];

/** A single published rate without a full tier table; shown as context, never used to place an account. */
export interface ReferencePoint {
  label: string;
  rate: Fraction;
  method: BenchmarkMethod;
  source: FigureSource;
}

const hypeAuditor2024: FigureSource = {
  name: 'HypeAuditor',
  title: 'State of Influencer Marketing 2024',
  year: 2024,
  measures: '(likes + reacties) ÷ volgers, gegevens over 2023',
};

const hypeAuditor2026: FigureSource = {
  name: 'HypeAuditor',
  title: 'State of Influencer Marketing 2026',
  year: 2026,
  measures:
    'engagementratio van Instagram-influencers per volgersniveau; de tussenliggende niveaus (50.000 tot 1 miljoen) staan niet in het verslag',
  note: 'Cijfers zoals eMarketer ze uit het rapport overneemt; de deler staat daar niet bij. Eerdere edities van HypeAuditor delen likes en reacties door volgers.',
  url: 'https://www.emarketer.com/content/smaller-creators-deliver-efficiency-roi-pressure-mounts',
};

const socialinsider2026: FigureSource = {
  name: 'Socialinsider',
  year: 2026,
  measures:
    'gemiddelde engagementratio per bericht van merkaccounts; de deler staat niet in de verslagen die we vonden',
  sample: 'ongeveer 70 miljoen berichten op TikTok, Instagram, Facebook en X, januari 2024 tot december 2025',
  note: 'Cijfers zoals Social Media Today (februari 2026) ze uit het rapport overneemt.',
  url: 'https://www.optimixed.com/?p=44054',
};

const buffer2025: FigureSource = {
  name: 'Buffer',
  year: 2025,
  measures: 'interacties ÷ impressies (het aantal keer dat een bericht getoond werd), per platform',
  note: 'Cijfers zoals een overzichtspagina ze uit het onderzoek van Buffer overneemt. Per impressie kom je veel hoger uit dan per volger: leg deze cijfers nooit naast een ratio per volger.',
  url: 'https://www.shortsintel.com/statistics/social-media-engagement-benchmarks',
};

const hypeAuditorMethod: BenchmarkMethod = { divisor: 'volgers', statistic: 'gemiddelde', accounts: 'influencers' };
const hypeAuditor2026Method: BenchmarkMethod = { divisor: null, statistic: 'gemiddelde', accounts: 'influencers' };
const socialinsiderMethod: BenchmarkMethod = { divisor: null, statistic: 'gemiddelde', accounts: 'merkaccounts' };
const bufferMethod: BenchmarkMethod = { divisor: 'impressies', statistic: 'gemiddelde', accounts: 'accounts' };

/** One point per platform for brand accounts, labelled with the source's own word (average or median). */
function brandAccountPoints(
  rates: readonly (readonly [string, Fraction])[],
  method: BenchmarkMethod,
  source: FigureSource,
): ReferencePoint[] {
  return rates.map(([platform, rate]) => ({
    label: `Merkaccounts op ${platform} (${method.statistic})`,
    rate,
    method,
    source,
  }));
}

/** Single reference points that have no full tier table, grouped by source in the data's order. */
export const referencePoints: readonly ReferencePoint[] = [
  ...(
    [
      ['Instagram, nano-influencers (1.000–10.000 volgers)', 0.0178],
      ['Instagram, micro-influencers (10.000–50.000 volgers)', 0.0054],
      ['Instagram, mega-influencers (meer dan 1 miljoen volgers)', 0.0033],
    ] as const
  ).map(([label, rate]) => ({ label, rate, method: hypeAuditor2026Method, source: hypeAuditor2026 })),
  ...brandAccountPoints(
    [
      ['TikTok', 0.037],
      ['Instagram', 0.0048],
      ['Facebook', 0.0015],
      ['X', 0.0012],
    ],
    socialinsiderMethod,
    socialinsider2026,
  ),
  ...(
    [
      ['LinkedIn', 0.065],
      ['Facebook', 0.0507],
      ['TikTok', 0.0486],
      ['Instagram', 0.0116],
    ] as const
  ).map(([platform, rate]) => ({
    label: `${platform}, per impressie`,
    rate,
    method: bufferMethod,
    source: buffer2025,
  })),
  {
    label: 'Instagram, nano-influencers (1.000–10.000 volgers): hoogste van alle niveaus',
    rate: 0.0219,
    method: hypeAuditorMethod,
    source: hypeAuditor2024,
  },
  {
    label: 'Instagram, gemiddelde over alle niveaus',
    rate: 0.0185,
    method: hypeAuditorMethod,
    source: hypeAuditor2024,
  },
  // The same Rival IQ medians as the single-tier sets above, listed here for the lessons' reference table.
  ...brandAccountPoints(
    [
      ['TikTok', 0.0569],
      ['Instagram', 0.0047],
      ['Facebook', 0.0006],
      ['X', 0.00035],
    ],
    rivalIqMethod,
    rivalIq2023,
  ),
];
