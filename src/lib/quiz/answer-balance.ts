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
