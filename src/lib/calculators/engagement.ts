/**
 * Engagement rate of an account and how it compares with the benchmark for its follower tier. Sources define
 * the rate differently (Markerly counts likes only, others all interactions), so the account is always
 * compared on the chosen source's own definition, and only with a source that, like the reader's rate, divides
 * by followers. Pure; no DOM.
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
  /**
   * Why the verdict is withheld: the benchmark was measured on another platform, or not divided by followers as
   * the reader's rate is (or the source does not say by what). Null when a verdict is given.
   */
  withheld: 'platform-mismatch' | 'other-method' | null;
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

/** True when the set divides by followers, as the reader's rate does: only then is a verdict a fair comparison. */
export function measuredLikeReader(set: Pick<BenchmarkSet, 'method'>): boolean {
  return set.method.divisor === 'volgers';
}

/**
 * What a verdict compares with, in the source's own words (average or median): the reader's tier in a tier
 * table, or the accounts the source measured when it gives one figure for all of them.
 * @example benchmarkPhrase(rivalIq2023Facebook) // "de mediaan van merkaccounts"
 * @example benchmarkPhrase(markerly2016) // "het gemiddelde van je volgersniveau"
 */
export function benchmarkPhrase(set: Pick<BenchmarkSet, 'method' | 'tiers'>): string {
  const article = set.method.statistic === 'mediaan' ? 'de' : 'het';
  const whose = set.tiers.length > 1 ? 'je volgersniveau' : set.method.accounts;
  return `${article} ${set.method.statistic} van ${whose}`;
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
  // Nor does one divided by something else than followers: per reach or impressions a rate is many times higher.
  const withheld = platformMismatch ? 'platform-mismatch' : measuredLikeReader(set) ? null : 'other-method';
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
    verdict: withheld === null ? verdictFor(ratio) : null,
    withheld,
  };
}

/**
 * The verdict in plain Dutch, one or two sentences, around what it compares with (`benchmarkPhrase`): "het
 * gemiddelde van je volgersniveau", or "de mediaan van merkaccounts" for a set without tiers.
 */
export const verdictTexts: Record<VerdictLevel, (compared: string) => string> = {
  'ver-onder': (c) =>
    `Ruim onder ${c}. Weinig van je volgers reageren: misschien volgen ze je niet om wat je nu post, of zijn het niet de mensen die je zoekt.`,
  onder: (c) => `Wat onder ${c}. Geen ramp, wel een reden om te kijken welke berichten het beter doen.`,
  gemiddeld: (c) => `Rond ${c}. Je publiek reageert zoals je mag verwachten.`,
  boven: (c) => `Boven ${c}. Je volgers doen meer dan kijken alleen.`,
  'ver-boven': (c) =>
    `Ruim boven ${c}. Knap, of tel even na: gaat het om gemiddelden per bericht, en niet om de optelsom van meerdere berichten?`,
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
  'other-method':
    'Geen oordeel over boven of onder deze benchmark: jouw ratio deelt door volgers, en deze bron deelt door iets anders of zegt niet waardoor. Kies een bron die per volger rekent om je te vergelijken.',
};

/**
 * The sentence under the headline: the verdict, or why there is none. Never a verdict on an unfair comparison.
 * @example verdictSentence({ verdict: 'gemiddeld', withheld: null, set: markerly2016 }) // 'Rond het gemiddelde van je volgersniveau. …'
 */
export function verdictSentence(r: Pick<EngagementResult, 'verdict' | 'withheld' | 'set'>): string {
  if (r.withheld !== null || r.verdict === null) return withheldTexts[r.withheld ?? 'platform-mismatch'];
  return verdictTexts[r.verdict](benchmarkPhrase(r.set));
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
