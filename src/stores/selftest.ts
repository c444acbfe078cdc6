/**
 * `$selfTestAttempts`: the reader's finished self-tests (date, score per dimension, and the answer pattern
 * when every answer went one way), oldest first, at most 50, so they can see change over time. Stored in
 * localStorage as `vdl:zelftest`, kept in step across tabs.
 *
 * `$selfTestDraft`: the answers of the test in progress, so a reload does not lose them. Stored as
 * `vdl:zelftest-concept` in an envelope `{"v": 1, "data": {"<statement id>": 1–5, …}}`; on reading, unknown
 * statements and values off the scale are dropped (`cleanAnswers`), and anything unreadable counts as no
 * draft. It stays in this browser: the progress file holds finished tests only.
 */
import { persistentAtom } from '@nanostores/persistent';
import { newest } from '../lib/progress/validate';
import type { AnswerPattern } from '../lib/selftest/profiles';
import { cleanAnswers, parseScores, type Answers, type DimensionScores } from '../lib/selftest/scoring';
import { createPartStore } from './part-store';
import './safe-storage';

/** Finished self-tests with their date and scores. */
export const $selfTestAttempts = createPartStore('selfTest');

/** The version of the draft's envelope. */
export const DRAFT_VERSION = 1;

/** Reads a stored draft; never throws. */
export function decodeDraft(raw: string | undefined): Answers {
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || (parsed as { v?: unknown }).v !== DRAFT_VERSION) return {};
    return cleanAnswers((parsed as { data?: unknown }).data);
  } catch {
    return {};
  }
}

/** The answers of the self-test in progress. */
export const $selfTestDraft = persistentAtom<Answers>(
  'vdl:zelftest-concept',
  {},
  {
    encode: (answers) => JSON.stringify({ v: DRAFT_VERSION, data: answers }),
    decode: decodeDraft,
  },
);

/** Keeps a finished self-test. Ignores invalid scores. */
export function addAttempt(scores: DimensionScores, now: Date = new Date(), pattern?: AnswerPattern | null): void {
  const clean = parseScores(scores);
  if (!clean) return;
  const attempt = pattern
    ? { at: now.toISOString(), scores: clean, pattern }
    : { at: now.toISOString(), scores: clean };
  $selfTestAttempts.set(newest([...$selfTestAttempts.get(), attempt]));
}

/** Forgets every self-test attempt. */
export function clearAttempts(): void {
  $selfTestAttempts.set([]);
}
