/**
 * Checks that a course's multiple-choice questions and its fable-or-fact quiz cannot be passed on form alone:
 * the correct option should not be recognisable by its length or its place, and the verdict of a statement
 * not by "always fabel" or by how carefully it is worded. Pure; the build test applies it to the course.
 */

/** A question as far as balance is concerned: its options in source order, one of them correct. */
export interface BalanceQuestion {
  options: readonly { text: string; correct?: boolean }[];
}

/** A fable-or-fact statement with its verdict. */
export interface VerdictItem {
  statement: string;
  verdict: 'fabel' | 'feit';
}

/** The limits the course keeps to (shares of all questions, 0–1). */
export const BALANCE_LIMITS = {
  /** The correct option may be the strictly longest in at most this share of the questions. */
  longest: 0.35,
  /** …and the strictly shortest in at most this share, so shortness is no tell either. */
  shortest: 0.35,
  /** No single position (first, second, …) may hold the correct option in more than this share. */
  position: 0.4,
  /** The median length of the correct option, relative to the mean of the others, stays within these bounds. */
  lengthRatio: [0.75, 1.3] as const,
  /** A strategy that ignores the content (always one verdict, or a wording cue) scores at most this share. */
  guess: 0.6,
  /**
   * Per number of options, each position holds the correct option in its fair share of the questions (questions ÷
   * options) give or take this fraction of it: with 10 four-option questions, every position 1 to 4 times.
   */
  positionSpread: 1 / 3,
  /** Picking options by absolute wording (avoiding it, or seeking it) beats blind guessing by at most this much. */
  cueAdvantage: 0.1,
} as const;

/** Index of the correct option, or -1 when no option is marked correct. */
export function correctIndex(q: BalanceQuestion): number {
  return q.options.findIndex((o) => o.correct === true);
}

/** Length of an option as a reader sees it (whitespace collapsed). */
const len = (text: string) => text.replace(/\s+/g, ' ').trim().length;

/** True when the correct option is strictly longer than every other option. */
export function correctIsLongest(q: BalanceQuestion): boolean {
  const i = correctIndex(q);
  if (i < 0 || q.options.length < 2) return false;
  const own = len(q.options[i]!.text);
  return q.options.every((o, j) => j === i || len(o.text) < own);
}

/** True when the correct option is strictly shorter than every other option. */
export function correctIsShortest(q: BalanceQuestion): boolean {
  const i = correctIndex(q);
  if (i < 0 || q.options.length < 2) return false;
  const own = len(q.options[i]!.text);
  return q.options.every((o, j) => j === i || len(o.text) > own);
}

/** Length of the correct option divided by the mean length of the others (NaN when undefined). */
export function lengthRatio(q: BalanceQuestion): number {
  const i = correctIndex(q);
  const others = q.options.filter((_, j) => j !== i).map((o) => len(o.text));
  if (i < 0 || others.length === 0) return Number.NaN;
  const mean = others.reduce((a, b) => a + b, 0) / others.length;
  return mean > 0 ? len(q.options[i]!.text) / mean : Number.NaN;
}

/** Median of the finite numbers in a list (NaN for none). */
export function median(values: readonly number[]): number {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/** What the balance check reports over a set of questions. */
export interface AnswerBalance {
  total: number;
  longestShare: number;
  shortestShare: number;
  /** Share of the questions whose correct option stands at each position (index 0 = first). */
  positionShares: number[];
  medianLengthRatio: number;
}

/** Measures how much length and position give away, over all questions of a course. */
export function answerBalance(questions: readonly BalanceQuestion[]): AnswerBalance {
  const total = questions.length;
  const share = (n: number) => (total > 0 ? n / total : 0);
  const positions: number[] = [];
  for (const q of questions) {
    const i = correctIndex(q);
    if (i >= 0) positions[i] = (positions[i] ?? 0) + 1;
  }
  return {
    total,
    longestShare: share(questions.filter(correctIsLongest).length),
    shortestShare: share(questions.filter(correctIsShortest).length),
    positionShares: Array.from(positions, (n) => share(n ?? 0)),
    medianLengthRatio: median(questions.map(lengthRatio)),
  };
}

/** The ways a balance breaks the course's limits, in plain words; empty when it keeps to them. */
export function balanceProblems(b: AnswerBalance, limits = BALANCE_LIMITS): string[] {
  const problems: string[] = [];
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  if (b.longestShare > limits.longest) problems.push(`the correct option is the longest in ${pct(b.longestShare)} of the questions`);
  if (b.shortestShare > limits.shortest) problems.push(`the correct option is the shortest in ${pct(b.shortestShare)} of the questions`);
  b.positionShares.forEach((s, i) => {
    if (s > limits.position) problems.push(`the correct option is at position ${i + 1} in ${pct(s)} of the questions`);
  });
  const [lo, hi] = limits.lengthRatio;
  if (!(b.medianLengthRatio >= lo && b.medianLengthRatio <= hi)) {
    problems.push(`the correct option is ${b.medianLengthRatio.toFixed(2)}× as long as the others (median)`);
  }
  return problems;
}

/** How the correct options of the questions with one number of options are spread over the positions. */
export interface PositionSpread {
  /** The number of options of these questions. */
  options: number;
  /** How many questions have that many options. */
  total: number;
  /** `counts[i]`: how many of them have their correct option at position i (0 = first). */
  counts: number[];
}

/**
 * Groups the questions by their number of options and counts where the correct option stands in each group,
 * so that "never first in the four-option questions" shows even when the three-option ones hide it overall.
 * Questions without a correct option are left out. Sorted by number of options.
 * @example positionsByOptionCount([{ options: [{ text: 'a', correct: true }, { text: 'b' }] }]) // [{ options: 2, total: 1, counts: [1, 0] }]
 */
export function positionsByOptionCount(questions: readonly BalanceQuestion[]): PositionSpread[] {
  const groups = new Map<number, PositionSpread>();
  for (const q of questions) {
    const i = correctIndex(q);
    if (i < 0) continue;
    const n = q.options.length;
    const group = groups.get(n) ?? { options: n, total: 0, counts: Array<number>(n).fill(0) };
    group.total += 1;
    group.counts[i] = (group.counts[i] ?? 0) + 1;
    groups.set(n, group);
  }
  return [...groups.values()].sort((a, b) => a.options - b.options);
}

/**
 * The positions that hold the correct option too often or too rarely for their number of options, in plain words;
 * empty when every group keeps within its fair share ± `spread` of it (rounded outwards to whole questions).
 * @example positionProblems([{ options: 4, total: 8, counts: [0, 3, 3, 2] }]) // ['4-option questions: the correct option is at position 1 in 0 of 8 (expected 1 to 3)']
 */
export function positionProblems(groups: readonly PositionSpread[], spread: number = BALANCE_LIMITS.positionSpread): string[] {
  const problems: string[] = [];
  for (const { options, total, counts } of groups) {
    if (options < 1 || total < 1) continue;
    const fair = total / options;
    const least = Math.floor(fair * (1 - spread));
    const most = Math.ceil(fair * (1 + spread));
    counts.forEach((n, i) => {
      if (n < least || n > most) {
        problems.push(`${options}-option questions: the correct option is at position ${i + 1} in ${n} of ${total} (expected ${least} to ${most})`);
      }
    });
  }
  return problems;
}

/**
 * Absolute words in an answer option ("altijd", "nooit", "vanzelf", "alleen"): when only wrong options carry them,
 * a reader who avoids them wins without knowing the answer.
 */
export const ABSOLUTE_OPTION =
  /\b(altijd|nooit|vanzelf|alleen|helemaal|niets|niemand|iedereen|elke?|alle|alles|geen enkele?|zeker|gewoon|meteen)\b/i;

/**
 * What a content-blind reader scores, as a share of the questions, who picks at random among the options without
 * the cue (`avoid`) or among those with it (`seek`), falling back to all options when the cue does not split them;
 * and, to compare, blind guessing. Expected values, so no randomness in the check.
 * @example cueScores([{ options: [{ text: 'altijd', correct: false }, { text: 'soms', correct: true }] }]) // { avoid: 1, seek: 0, chance: 0.5 }
 */
export function cueScores(
  questions: readonly BalanceQuestion[],
  cue: RegExp = ABSOLUTE_OPTION,
): { avoid: number; seek: number; chance: number } {
  const scored = questions.filter((q) => correctIndex(q) >= 0);
  if (scored.length === 0) return { avoid: 0, seek: 0, chance: 0 };
  /** The chance to hit the correct option when picking at random among `pool` (all options when it is empty or all). */
  const hit = (q: BalanceQuestion, pool: number[]) => {
    const all = q.options.map((_, i) => i);
    const from = pool.length === 0 || pool.length === all.length ? all : pool;
    return from.includes(correctIndex(q)) ? 1 / from.length : 0;
  };
  let avoid = 0;
  let seek = 0;
  let chance = 0;
  for (const q of scored) {
    const marked = q.options.map((o, i) => (cue.test(o.text) ? i : -1)).filter((i) => i >= 0);
    const unmarked = q.options.map((_, i) => i).filter((i) => !marked.includes(i));
    avoid += hit(q, unmarked);
    seek += hit(q, marked);
    chance += 1 / q.options.length;
  }
  return { avoid: avoid / scored.length, seek: seek / scored.length, chance: chance / scored.length };
}

/** Words that soften a claim ("vaak", "kan", "zolang"): in a quiz they should not signal "feit". */
export const HEDGE = /\b(vaak|meestal|soms|kan|kunnen|kun|af en toe|zolang|grotendeels|de meeste|waarschijnlijk|niet automatisch|niet vanzelf|doorgaans|merkbaar)\b/i;

/** Words that make a claim absolute ("altijd", "nooit", "elk"): in a quiz they should not signal "fabel". */
export const ABSOLUTE = /\b(altijd|nooit|elk|elke|alle|alles|iedereen|niemand|niets|helemaal|geen enkele?|norm)\b/i;

/**
 * The best share a content-blind strategy scores: answering one verdict for every statement, or reading a
 * wording cue (matches → one verdict, else the other), in whichever direction scores higher.
 * @example guessShare([{ statement: 'x', verdict: 'fabel' }, { statement: 'y', verdict: 'feit' }]) // 0.5
 */
export function guessShare(items: readonly VerdictItem[], cue?: RegExp): number {
  if (items.length === 0) return 0;
  if (!cue) {
    const fabel = items.filter((i) => i.verdict === 'fabel').length;
    return Math.max(fabel, items.length - fabel) / items.length;
  }
  const cueSaysFeit = items.filter((i) => cue.test(i.statement) === (i.verdict === 'feit')).length;
  return Math.max(cueSaysFeit, items.length - cueSaysFeit) / items.length;
}
