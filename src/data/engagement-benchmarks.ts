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

/** One source's benchmarks for one platform. */
export interface BenchmarkSet {
  id: string;
  platform: 'Instagram' | 'TikTok' | 'Facebook' | 'X' | 'LinkedIn';
  /** Dutch name of what `rate` is, e.g. "likeratio" or "engagementratio". */
  rateName: string;
  source: FigureSource;
  tiers: BenchmarkTier[];
}

export const markerly2016: BenchmarkSet = {
  id: 'markerly-2016',
  platform: 'Instagram',
  rateName: 'likeratio',
  source: {
    name: 'Markerly',
    title: 'Instagram Marketing: Does Influencer Size Matter?',
    year: 2016,
    measures: 'likes per post ÷ volgers, over ongeveer 2 miljoen Instagram-accounts',
    note: 'Reacties volgen volgens Markerly hetzelfde patroon; de reactiecijfers (0,5 % en 0,04 %) komen uit het artikel dat de studie aanhaalt.',
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
  measures: `engagementratio van ${platform}-influencers per volgersniveau`,
});

export const imf2025Instagram: BenchmarkSet = {
  id: 'imf-2025-instagram',
  platform: 'Instagram',
  rateName: 'engagementratio',
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
  measures: 'interacties per bericht ÷ volgers, mediaan over merkaccounts (geen indeling naar volgers)',
};

/** One median for all brand accounts of a platform: a set with a single tier. */
function rivalIqSet(platform: 'Facebook' | 'Instagram' | 'TikTok', rate: Fraction): BenchmarkSet {
  return {
    id: `rival-iq-2023-${platform.toLowerCase()}`,
    platform,
    rateName: 'engagementratio',
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
  { id: 'tiktok', name: 'TikTok', setIds: [imf2025TikTok.id, rivalIq2023TikTok.id], note: null },
];

/** Single reference points that have no full tier table; shown as context, not used to place an account. */
export const referencePoints = [
  {
    label: 'Instagram, nano-influencers (1.000–10.000 volgers): hoogste van alle niveaus',
    rate: 0.0219,
    source: {
      name: 'HypeAuditor',
      title: 'State of Influencer Marketing 2024',
      year: 2024,
      measures: '(likes + reacties) ÷ volgers, gegevens over 2023',
    },
  },
  {
    label: 'Instagram, gemiddelde over alle niveaus',
    rate: 0.0185,
    source: {
      name: 'HypeAuditor',
      title: 'State of Influencer Marketing 2024',
      year: 2024,
      measures: '(likes + reacties) ÷ volgers, gegevens over 2023',
    },
  },
  // The same Rival IQ medians as the single-tier sets above, listed here for the lessons' reference table.
  ...(
    [
      ['TikTok', 0.0569],
      ['Instagram', 0.0047],
      ['Facebook', 0.0006],
      ['X', 0.00035],
    ] as const
  ).map(([platform, rate]) => ({
    label: `Merkaccounts op ${platform} (mediaan)`,
    rate,
    source: {
      name: 'Rival IQ',
      title: 'Social Media Industry Benchmark Report',
      year: 2023,
      measures: 'interacties per bericht ÷ volgers, mediaan over merkaccounts',
    },
  })),
] as const satisfies readonly { label: string; rate: Fraction; source: FigureSource }[];
