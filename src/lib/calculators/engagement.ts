/**
 * Engagement rate of an account and how it compares with the benchmark for its follower tier. Sources define
 * the rate differently (Markerly counts likes only, others all interactions), so the account is always
 * compared on the chosen source's own definition. Pure; no DOM.
 */
import {
  benchmarkSets,
  platforms,
  type BenchmarkSet,
  type BenchmarkTier,
  type PlatformInfo,
} from '../../data/engagement-benchmarks';
import { numberOf, type Field } from './fields';
import { ratio as divide } from './ratio';

/** An account's average numbers per post. Optional counts may be 0 when unknown. */
export interface EngagementInputs {
  followers: number;
  likes: number;
  comments: number;
  shares: number;
  saves: number;
  /** Average reach per post; null when the reader does not know it. */
  reach: number | null;
  /** Id of the benchmark set to compare with (see `benchmarkSets`). */
  benchmarkId: string;
  /** Id of the account's platform (see `platforms`). */
  platformId: string;
}

/** How the account's rate relates to its tier's benchmark. */
export type VerdictLevel = 'ver-onder' | 'onder' | 'gemiddeld' | 'boven' | 'ver-boven';

/** Everything the calculator shows. Every number is finite; rates that cannot be computed are null. */
export interface EngagementResult {
  /** The account's platform. */
  platform: PlatformInfo;
  /** True when the benchmark set was measured on another platform than the account's. */
  platformMismatch: boolean;
  followers: number;
  likes: number;
  comments: number;
  shares: number;
  saves: number;
  reach: number | null;
  /** likes + comments + shares + saves. */
  interactions: number;
  /** interactions ÷ followers. */
  engagementRate: number;
  /** likes ÷ followers. */
  likeRate: number;
  /** comments ÷ followers. */
  commentRate: number;
  /** interactions ÷ reach; null without reach. */
  reachRate: number | null;
  set: BenchmarkSet;
  /** The account's rate on the set's definition (likes only for a like-rate set). */
  comparableRate: number;
  /** Which of the account's rates `comparableRate` is. */
  comparableKind: 'likes' | 'interactions';
  tier: BenchmarkTier;
  benchmark: number;
  /** comparableRate ÷ benchmark. */
  ratio: number;
  /** How the rate compares with the benchmark; null when no fair comparison exists (see `withheld`). */
  verdict: VerdictLevel | null;
  /** Why the verdict is withheld: the benchmark was measured on another platform. Null when a verdict is given. */
  withheld: 'platform-mismatch' | null;
}

/** The benchmark set with this id, or the first set (Markerly 2016) for an unknown id. */
export function benchmarkSetById(id: string): BenchmarkSet {
  const set = benchmarkSets.find((s) => s.id === id) ?? benchmarkSets[0];
  if (!set) throw new Error('no benchmark sets');
  return set;
}

/** The platform with this id, or Instagram for an unknown id. */
export function platformById(id: string): PlatformInfo {
  const found = platforms.find((p) => p.id === id) ?? platforms[0];
  if (!found) throw new Error('no platforms');
  return found;
}

/** The benchmark set to offer first for a platform; null when none was measured on it. */
export function defaultSetFor(platformId: string): BenchmarkSet | null {
  const id = platformById(platformId).setIds[0];
  return id === undefined ? null : benchmarkSetById(id);
}

/**
 * The tier a follower count falls in: [minFollowers, maxFollowers). Counts below the first tier fall in the
 * first, counts beyond the last in the last, so there is always a tier.
 */
export function tierFor(set: BenchmarkSet, followers: number): BenchmarkTier {
  const n = Number.isFinite(followers) ? followers : 0;
  const found = set.tiers.find((t) => n >= t.minFollowers && (t.maxFollowers === null || n < t.maxFollowers));
  const fallback = n < (set.tiers[0]?.minFollowers ?? 0) ? set.tiers[0] : set.tiers[set.tiers.length - 1];
  const tier = found ?? fallback;
  if (!tier) throw new Error(`benchmark set ${set.id} has no tiers`);
  return tier;
}

/** Thresholds on rate ÷ benchmark: below 0,5 far under, up to 0,85 under, to 1,15 average, to 2 above. */
export function verdictFor(ratio: number): VerdictLevel {
  if (!Number.isFinite(ratio) || ratio < 0.5) return 'ver-onder';
  if (ratio < 0.85) return 'onder';
  if (ratio <= 1.15) return 'gemiddeld';
  if (ratio <= 2) return 'boven';
  return 'ver-boven';
}

/** Non-finite or negative becomes 0. */
function clean(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/**
 * Computes the engagement rate and compares it with the tier benchmark.
 * @example computeEngagement({ followers: 800, likes: 64, comments: 4, shares: 0, saves: 0, reach: null, benchmarkId: 'markerly-2016', platformId: 'instagram' }).likeRate // 0.08
 */
export function computeEngagement(input: EngagementInputs): EngagementResult {
  // At least one follower: the rate divides by it. The form never lets 0 through; this keeps the math total.
  const followers = Math.max(1, clean(input.followers));
  const likes = clean(input.likes);
  const comments = clean(input.comments);
  const shares = clean(input.shares);
  const saves = clean(input.saves);
  const interactions = likes + comments + shares + saves;
  const reach = input.reach === null ? 0 : clean(input.reach);
  const set = benchmarkSetById(input.benchmarkId);
  const platform = platformById(input.platformId);
  const tier = tierFor(set, followers);
  const likeRate = likes / followers;
  const engagementRate = interactions / followers;
  const comparableKind = set.rateName === 'likeratio' ? 'likes' : 'interactions';
  const comparableRate = comparableKind === 'likes' ? likeRate : engagementRate;
  const ratio = tier.rate > 0 ? comparableRate / tier.rate : 0; // benchmark rates are data: never subnormal
  // A benchmark from another platform says nothing about this account's audience: never guess a verdict from it.
  const platformMismatch = set.platform !== platform.name;
  return {
    platform,
    platformMismatch,
    followers,
    likes,
    comments,
    shares,
    saves,
    reach: input.reach === null || reach === 0 ? null : reach,
    interactions,
    engagementRate,
    likeRate,
    commentRate: comments / followers,
    reachRate: divide(interactions, reach),
    set,
    comparableRate,
    comparableKind,
    tier,
    benchmark: tier.rate,
    ratio,
    verdict: platformMismatch ? null : verdictFor(ratio),
    withheld: platformMismatch ? 'platform-mismatch' : null,
  };
}

/** The verdict in plain Dutch, one or two sentences. */
export const verdictTexts: Record<VerdictLevel, string> = {
  'ver-onder':
    'Ruim onder het gemiddelde van je volgersniveau. Weinig van je volgers reageren: misschien volgen ze je niet om wat je nu post, of zijn het niet de mensen die je zoekt.',
  onder:
    'Wat onder het gemiddelde van je volgersniveau. Geen ramp, wel een reden om te kijken welke berichten het beter doen.',
  gemiddeld: 'Rond het gemiddelde van je volgersniveau. Je publiek reageert zoals je mag verwachten.',
  boven: 'Boven het gemiddelde van je volgersniveau. Je volgers doen meer dan kijken alleen.',
  'ver-boven':
    'Ruim boven het gemiddelde van je volgersniveau. Knap, of tel even na: gaat het om gemiddelden per bericht, en niet om de optelsom van meerdere berichten?',
};

/**
 * The warning when the benchmark was measured on another platform than the account's, with the way out.
 * @example mismatchWarning(computeEngagement({ ...inputs, platformId: 'facebook', benchmarkId: 'markerly-2016' }))
 * // 'Let op: je account staat op Facebook, maar deze benchmark meet Instagram. … Kies bij ‘Vergelijk met’ een bron voor Facebook.'
 */
export function mismatchWarning(r: Pick<EngagementResult, 'platform' | 'set'>): string {
  const other = defaultSetFor(r.platform.id);
  return `Let op: je account staat op ${r.platform.name}, maar deze benchmark meet ${r.set.platform}. Platformen verschillen sterk, dus de vergelijking zegt weinig.${
    other ? ` Kies bij ‘Vergelijk met’ een bron voor ${r.platform.name}.` : ''
  }`;
}

/** What the calculator says instead of a verdict when it withholds one, by reason. */
export const withheldTexts: Record<NonNullable<EngagementResult['withheld']>, string> = {
  'platform-mismatch':
    'Geen oordeel over boven of onder het gemiddelde: een benchmark van een ander platform zegt daar niets over. De cijfers hieronder laten wel zien wat er gerekend is.',
};

/**
 * The sentence under the headline: the verdict, or why there is none. Never a verdict on an unfair comparison.
 * @example verdictSentence({ verdict: 'gemiddeld', withheld: null }) // 'Rond het gemiddelde van je volgersniveau. …'
 */
export function verdictSentence(r: Pick<EngagementResult, 'verdict' | 'withheld'>): string {
  if (r.withheld !== null || r.verdict === null) return withheldTexts[r.withheld ?? 'platform-mismatch'];
  return verdictTexts[r.verdict];
}

/** The engagement calculator's inputs as the reader types them. */
export const engagementFields = [
  {
    kind: 'choice',
    id: 'platform',
    label: 'Platform',
    help: 'waar je account staat',
    options: platforms.map((p) => ({ value: p.id, label: p.name })),
  },
  {
    kind: 'choice',
    id: 'bron',
    label: 'Vergelijk met',
    help: 'elke bron meet op haar eigen manier',
    options: benchmarkSets.map((s) => ({
      value: s.id,
      label: `${s.source.name}${s.source.year ? ` ${s.source.year}` : ''}: ${s.platform}, ${s.rateName}`,
    })),
  },
  {
    kind: 'number',
    id: 'volgers',
    label: 'Volgers',
    unit: 'count',
    noun: 'volgers',
    min: 1,
    max: 1e9,
  },
  {
    kind: 'number',
    id: 'likes',
    label: 'Likes per bericht',
    help: 'gemiddeld, afgerond',
    unit: 'count',
    noun: 'likes',
    min: 0,
    max: 1e9,
  },
  {
    kind: 'number',
    id: 'reacties',
    label: 'Reacties per bericht',
    help: 'gemiddeld, afgerond',
    unit: 'count',
    noun: 'reacties',
    min: 0,
    max: 1e9,
  },
  {
    kind: 'number',
    id: 'gedeeld',
    label: 'Keren gedeeld per bericht',
    help: 'gemiddeld; mag leeg',
    unit: 'count',
    noun: 'keer',
    min: 0,
    max: 1e9,
    optional: true,
  },
  {
    kind: 'number',
    id: 'bewaard',
    label: 'Keren bewaard per bericht',
    help: 'gemiddeld; mag leeg',
    unit: 'count',
    noun: 'keer',
    min: 0,
    max: 1e9,
    optional: true,
  },
  {
    kind: 'number',
    id: 'bereik',
    label: 'Bereik per bericht',
    help: 'gemiddeld aantal mensen dat het zag; mag leeg',
    unit: 'count',
    noun: 'mensen',
    min: 1,
    max: 1e10,
    optional: true,
  },
] as const satisfies readonly Field[];

/** Turns the form's resolved values into engagement inputs. */
export function engagementInputsFrom(values: Readonly<Record<string, number | null | string>>): EngagementInputs {
  const reach = values['bereik'];
  const bron = values['bron'];
  const platform = values['platform'];
  return {
    platformId: typeof platform === 'string' ? platform : '',
    followers: numberOf(values, 'volgers'),
    likes: numberOf(values, 'likes'),
    comments: numberOf(values, 'reacties'),
    shares: numberOf(values, 'gedeeld'),
    saves: numberOf(values, 'bewaard'),
    reach: typeof reach === 'number' ? reach : null,
    benchmarkId: typeof bron === 'string' ? bron : '',
  };
}
