/**
 * The myth quiz ("fabel of feit?"): one statement at a time; the reader answers, gets the verdict and the
 * explanation at once (announced politely), and sees the score and a review at the end. Each finished round
 * is kept (`$mythQuizRounds`) and feeds the progress on the course home.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDate } from '../../../lib/progress/dates';
import {
  bestRound,
  isRight,
  quizResultText,
  quizScore,
  type MythQuizItem,
  type Verdict,
} from '../../../lib/quiz/myth-quiz';
import { $mythQuizRounds, recordRound } from '../../../stores/myth-quiz';
import { keepMythQuizRound, mythQuizRound, syncMythQuizRound } from '../../../stores/myth-quiz-round';
import StorageNotice from './StorageNotice';
import { useHydrated, useStoredValue } from './use-hydrated';

interface Props {
  items: MythQuizItem[];
  /** Heading level of the quiz's own title, so it fits the page it sits in. */
  level: 2 | 3;
}

const LABEL: Record<Verdict, string> = { fabel: 'Fabel', feit: 'Feit' };

/** The quiz island. */
export default function MythQuiz({ items, level }: Props) {
  const hydrated = useHydrated();
  const rounds = useStoredValue($mythQuizRounds, []);
  // The round lives in a store so the workshop's two windows can mirror it (see myth-quiz-round.ts).
  const $round = useMemo(() => mythQuizRound(items.length), [items.length]);
  const { answers, index, finished } = useStore($round);
  // Restore a round left halfway (reload) before joining the workshop sync, so the sync sends the restored one.
  useEffect(() => keepMythQuizRound($round, items.length), [$round, items.length]);
  useEffect(() => syncMythQuizRound($round, items.length), [$round, items.length]);
  const update = (change: Partial<ReturnType<typeof $round.get>>) => $round.set({ ...$round.get(), ...change });
  const statementRef = useRef<HTMLParagraphElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const [focusTarget, setFocusTarget] = useState<'statement' | 'next' | 'result' | null>(null);
  const Heading = `h${level}` as 'h2' | 'h3';
  const SubHeading = `h${level + 1}` as 'h3' | 'h4';

  // Focus moves only after the DOM shows the new state (never on first load).
  useEffect(() => {
    if (!focusTarget) return;
    ({ statement: statementRef, next: nextRef, result: resultRef })[focusTarget].current?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  if (items.length === 0) return <p>De stellingen van deze quiz volgen nog.</p>;

  const item = items[index] as MythQuizItem;
  const answer = answers[index] ?? null;
  const best = bestRound(rounds);
  const score = quizScore(items, answers);

  function choose(verdict: Verdict) {
    if (answer !== null) return;
    update({ answers: answers.map((a, i) => (i === index ? verdict : a)) });
    setFocusTarget('next');
  }

  function next() {
    if (index + 1 < items.length) {
      update({ index: index + 1 });
      setFocusTarget('statement');
    } else {
      update({ finished: true });
      recordRound(score.correct, score.total);
      setFocusTarget('result');
    }
  }

  function restart() {
    $round.set({ answers: items.map(() => null), index: 0, finished: false });
    setFocusTarget('statement');
  }

  return (
    <section class="myth-quiz" aria-labelledby="mythequiz-titel" id="mythequiz" data-pagefind-ignore="all">
      <Heading id="mythequiz-titel" class="myth-quiz__title">
        Fabel of feit?
      </Heading>
      <StorageNotice />
      {!finished ? (
        <>
          <p class="myth-quiz__intro">
            {items.length} stellingen uit deze les. Is het een fabel of een feit? Je hoort meteen hoe het zit.
            {hydrated && best && ` Je beste score tot nu toe: ${best.correct} van ${best.total}.`}
          </p>
          <p class="myth-quiz__counter">
            Stelling {index + 1} van {items.length}
          </p>
          <progress class="myth-quiz__progress" max={items.length} value={index} aria-hidden="true" />
          <p class="myth-quiz__statement" ref={statementRef} tabIndex={-1}>
            {item.statement}
          </p>
          <div class="myth-quiz__choices" role="group" aria-label="Jouw antwoord">
            {(['fabel', 'feit'] as const).map((v) => (
              <button
                type="button"
                key={v}
                class={`button${answer === v ? '' : ' button--secondary'}`}
                disabled={!hydrated}
                aria-pressed={answer === v ? 'true' : 'false'}
                aria-disabled={answer !== null ? 'true' : undefined}
                onClick={() => choose(v)}
              >
                {LABEL[v]}
              </button>
            ))}
          </div>
          <div class="myth-quiz__feedback" aria-live="polite">
            {answer !== null && (
              <p class={isRight(item, answer) ? 'is-correct' : 'is-wrong'}>
                <strong>{isRight(item, answer) ? 'Goed!' : 'Mis.'}</strong> Het is een {item.verdict}.{' '}
                {item.explanation}
              </p>
            )}
          </div>
          {answer !== null && (
            <button type="button" class="button" ref={nextRef} onClick={next}>
              {index + 1 < items.length ? 'Volgende stelling' : 'Bekijk je score'}
            </button>
          )}
        </>
      ) : (
        <div class="myth-quiz__result">
          <SubHeading ref={resultRef} tabIndex={-1}>
            Je score: {score.correct} van {score.total}
          </SubHeading>
          <p>{quizResultText(score.correct, score.total)}</p>
          {best && rounds.length > 1 && (
            <p>
              Je beste score: {best.correct} van {best.total} ({formatDate(best.at)}).
            </p>
          )}
          <ol class="myth-quiz__review">
            {items.map((it, i) => {
              const a = answers[i] ?? null;
              const right = a !== null && isRight(it, a);
              return (
                <li key={it.number} class={right ? 'is-correct' : 'is-wrong'}>
                  <span class="myth-quiz__mark">{right ? 'Goed' : 'Mis'}:</span> {it.statement}{' '}
                  <span class="myth-quiz__answer">
                    (jij: {a ? LABEL[a].toLowerCase() : 'geen antwoord'}; het is een {it.verdict})
                  </span>
                </li>
              );
            })}
          </ol>
          <button type="button" class="button" onClick={restart}>
            Opnieuw spelen
          </button>
        </div>
      )}
    </section>
  );
}
