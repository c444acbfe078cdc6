/**
 * The knowledge check at the end of a lesson. The questions and options are real HTML from the server
 * (disabled until hydrated); the reader picks an option and checks it, the feedback is announced politely,
 * and once every question is checked the score is kept and the lesson is marked done. After a wrong answer the
 * reader may try that question again; the first answer is the one that counts (the intro says so).
 * The correct option carries data-correct, so a printed lesson shows the answers (learning.css, print).
 */
import { useRef, useState } from 'preact/hooks';
import { formatDate } from '../../../lib/progress/dates';
import {
  answerQuestion,
  canRetry,
  checkSummary,
  gradeAnswer,
  retryQuestion,
  tallyCheck,
  untried,
  type CheckQuestion,
  type QuestionTries,
} from '../../../lib/quiz/knowledge-check';
import { $lessonProgress, recordCheck } from '../../../stores/lesson-progress';
import StorageNotice from './StorageNotice';
import { useHydrated, useStoredValue } from './use-hydrated';

interface Props {
  lesson: string;
  questions: CheckQuestion[];
}

/** The interactive knowledge check of one lesson. */
export default function KnowledgeCheck({ lesson, questions }: Props) {
  const hydrated = useHydrated();
  const progress = useStoredValue($lessonProgress, {});
  const [choices, setChoices] = useState<(number | null)[]>(() => questions.map(() => null));
  const [tries, setTries] = useState<QuestionTries[]>(() => questions.map(() => untried));
  const [round, setRound] = useState(0);
  const [hints, setHints] = useState<boolean[]>(() => questions.map(() => false));
  const list = useRef<HTMLOListElement>(null);
  // The score counts each question's first answer only.
  const tally = tallyCheck(tries.map((t) => (t.first ? t.first.correct : null)));
  const previous = progress[lesson]?.check;

  function check(index: number) {
    const question = questions[index];
    const choice = choices[index];
    if (!question || tries[index]?.latest) return;
    if (choice === null || choice === undefined) {
      setHints(hints.map((h, i) => (i === index ? true : h)));
      return;
    }
    const result = gradeAnswer(question, choice);
    if (!result) return;
    const wasFinished = tally.finished;
    const next = tries.map((t, i) => (i === index ? answerQuestion(t, result) : t));
    setTries(next);
    const done = tallyCheck(next.map((t) => (t.first ? t.first.correct : null)));
    // Recorded once, when the last first answer comes in; later tries are practice.
    if (done.finished && !wasFinished) recordCheck(lesson, done.correct, done.total);
  }

  function tryAgain(index: number) {
    setTries(tries.map((t, i) => (i === index ? retryQuestion(t) : t)));
    setChoices(choices.map((c, i) => (i === index ? null : c)));
    // The button disappears; put focus on the question's first option.
    requestAnimationFrame(() =>
      list.current?.querySelectorAll<HTMLElement>('.kc-question')[index]?.querySelector('input')?.focus(),
    );
  }

  function retry() {
    setChoices(questions.map(() => null));
    setTries(questions.map(() => untried));
    setHints(questions.map(() => false));
    setRound(round + 1);
    // The retry button disappears; put focus where the reader starts again.
    requestAnimationFrame(() => list.current?.querySelector('input')?.focus());
  }

  return (
    <div class="knowledge-check__body">
      <p>
        {questions.length} {questions.length === 1 ? 'vraag' : 'vragen'} om te zien wat je onthouden hebt. Kies een
        antwoord en klik op <strong>Controleer</strong>. Fout? Dan kun je het nog een keer proberen, maar je eerste
        antwoord telt voor je score. Heb je alles beantwoord, dan staat deze les als gelezen.
      </p>
      {!hydrated && (
        <p class="knowledge-check__nojs">Nakijken werkt zodra de pagina helemaal geladen is (met JavaScript).</p>
      )}
      {hydrated && previous && tally.answered === 0 && (
        <p class="knowledge-check__previous">
          Vorige keer ({formatDate(previous.at)}): {previous.correct} van de {previous.total} goed.
        </p>
      )}
      <StorageNotice />
      <ol class="knowledge-check__questions" ref={list}>
        {questions.map((q, qi) => {
          const result = tries[qi]?.latest ?? null;
          const retry = canRetry(tries[qi] ?? untried);
          const name = `kc-${lesson}-${qi}-${round}`;
          const feedbackId = `${name}-feedback`;
          return (
            <li key={`${round}-${qi}`} class="kc-question">
              <fieldset aria-describedby={feedbackId}>
                <legend>
                  {/* The number sits in the legend (a list marker would land beside the first option). */}
                  <span class="kc-question__number">{`${qi + 1}.`}</span> {q.question}
                </legend>
                {q.options.map((o, oi) => {
                  const id = `${name}-${oi}`;
                  const mark = result
                    ? oi === result.correctIndex
                      ? 'is-correct'
                      : oi === choices[qi]
                        ? 'is-wrong'
                        : ''
                    : '';
                  return (
                    <div class={`kc-option ${mark}`} key={id} data-correct={o.correct ? '' : undefined}>
                      <input
                        type="radio"
                        id={id}
                        name={name}
                        value={String(oi)}
                        checked={choices[qi] === oi}
                        disabled={!hydrated || result !== null}
                        onChange={() => {
                          setChoices(choices.map((c, i) => (i === qi ? oi : c)));
                          setHints(hints.map((h, i) => (i === qi ? false : h)));
                        }}
                      />
                      <label for={id}>
                        {o.text}
                        {mark === 'is-correct' && <span class="kc-option__tag"> (goede antwoord)</span>}
                        {mark === 'is-wrong' && <span class="kc-option__tag"> (jouw keuze)</span>}
                      </label>
                    </div>
                  );
                })}
              </fieldset>
              <button
                type="button"
                class="button button--secondary kc-check"
                disabled={!hydrated}
                aria-disabled={result !== null ? 'true' : undefined}
                onClick={() => check(qi)}
              >
                Controleer<span class="visually-hidden"> vraag {qi + 1}</span>
              </button>
              <div id={feedbackId} class="kc-feedback" aria-live="polite">
                {!result && hints[qi] && <p class="is-hint">Kies eerst een antwoord.</p>}
                {result && (
                  <p class={result.correct ? 'is-correct' : 'is-wrong'}>
                    <strong>{result.correct ? 'Goed.' : 'Niet goed.'}</strong> {result.feedback}
                  </p>
                )}
              </div>
              {retry && (
                <button type="button" class="button button--secondary kc-retry" onClick={() => tryAgain(qi)}>
                  Nog een keer proberen<span class="visually-hidden"> (vraag {qi + 1})</span>
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <div class="knowledge-check__summary" aria-live="polite">
        {tally.finished && (
          <>
            <p>{checkSummary(tally.correct, tally.total)} Deze les staat nu als gelezen.</p>
            <button type="button" class="button button--secondary" onClick={retry}>
              Opnieuw proberen
            </button>
          </>
        )}
      </div>
    </div>
  );
}
