/**
 * The self-test: 18 statements on a five-point scale → a score per dimension, a radar chart, a profile with
 * advice and the lessons to read next. Finished attempts are kept with their date (`$selfTestAttempts`); a
 * shared link (`?uitslag=…`, six scores only) shows someone else's result without storing it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { withBase } from '../../../lib/base';
import { formatDate } from '../../../lib/progress/dates';
import { SCALE, type AnswerValue } from '../../../lib/selftest/scale';
import { scoreAnswers, unanswered, type Answers, type DimensionScores } from '../../../lib/selftest/scoring';
import { decodeShare, encodeShare, SHARE_PARAM } from '../../../lib/selftest/share';
import { STATEMENTS } from '../../../lib/selftest/statements';
import { answerPattern, type AnswerPattern } from '../../../lib/selftest/profiles';
import { $selfTestAttempts, $selfTestDraft, addAttempt, clearAttempts } from '../../../stores/selftest';
import StorageNotice from '../learning/StorageNotice';
import { useHydrated, useStoredValue } from '../learning/use-hydrated';
import SelfTestHistory from './SelfTestHistory';
import SelfTestResult, { type LessonRef } from './SelfTestResult';

interface Props {
  lessons: Record<string, LessonRef>;
  /** Heading level of the test's own sections: 2 on its own page, 3 inside a lesson. */
  level: 2 | 3;
}

type View = { kind: 'attempt'; at: string | null } | { kind: 'shared'; scores: DimensionScores };

/** The self-test island. */
export default function SelfTest({ lessons, level }: Props) {
  const hydrated = useHydrated();
  const attempts = useStoredValue($selfTestAttempts, []);
  // Answers so far live in a persistent store, so a reload halfway through keeps them.
  const answers: Answers = useStoredValue($selfTestDraft, {});
  const setAnswers = (next: Answers) => $selfTestDraft.set(next);
  const [showErrors, setShowErrors] = useState(false);
  const [view, setView] = useState<View>({ kind: 'attempt', at: null });
  const [status, setStatus] = useState('');
  const [focus, setFocus] = useState<'result' | 'errors' | 'form' | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const errorSummary = useRef<HTMLDivElement>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const H = `h${level}` as 'h2' | 'h3';

  // A shared result in the URL is read once, after hydration (the server can't know it).
  useEffect(() => {
    const param = new URLSearchParams(window.location.search).get(SHARE_PARAM);
    if (param === null) return;
    const shared = decodeShare(param);
    if (shared) setView({ kind: 'shared', scores: shared });
    else setStatus('Deze link bevat geen geldige uitslag. Je kunt de test hieronder zelf doen.');
  }, []);

  useEffect(() => {
    if (!focus) return;
    const target = { result: resultHeading, errors: errorSummary, form: formHeading }[focus].current;
    target?.focus();
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target?.scrollIntoView({ behavior: reduced ? 'auto' : 'smooth', block: 'start' });
    setFocus(null);
  }, [focus]);

  const missing = unanswered(answers);
  const answeredCount = STATEMENTS.length - missing.length;

  // Which result to show: a shared one, the chosen attempt, or else the latest attempt.
  let shown: {
    scores: DimensionScores;
    previous: DimensionScores | null;
    at: string | null;
    shared: boolean;
    pattern?: AnswerPattern;
  } | null = null;
  if (hydrated && view.kind === 'shared') {
    shown = { scores: view.scores, previous: null, at: null, shared: true };
  } else if (hydrated && attempts.length > 0) {
    const wanted = view.kind === 'attempt' ? view.at : null;
    const index = wanted ? attempts.findIndex((a) => a.at === wanted) : attempts.length - 1;
    const i = index >= 0 ? index : attempts.length - 1;
    const attempt = attempts[i];
    if (attempt)
      shown = {
        scores: attempt.scores,
        previous: attempts[i - 1]?.scores ?? null,
        at: attempt.at,
        shared: false,
        ...(attempt.pattern ? { pattern: attempt.pattern } : {}),
      };
  }
  const shareUrl =
    shown && hydrated
      ? `${window.location.origin}${withBase('/zelftest/')}?${SHARE_PARAM}=${encodeShare(shown.scores)}`
      : '';

  // Build on the store, not on this render's `answers`: until the island has switched from its server render
  // to the stored draft, `answers` is still the empty server value, and an answer given in that moment would
  // wipe the one before it.
  function answer(id: string, value: AnswerValue) {
    setAnswers({ ...$selfTestDraft.get(), [id]: value });
  }

  function submit(event: Event) {
    event.preventDefault();
    const current = $selfTestDraft.get();
    const scores = scoreAnswers(current);
    if (!scores) {
      setShowErrors(true);
      setFocus('errors');
      return;
    }
    const now = new Date();
    addAttempt(scores, now, answerPattern(current));
    setShowErrors(false);
    setView({ kind: 'attempt', at: now.toISOString() });
    setStatus('');
    setFocus('result');
  }

  function focusStatement(id: string, event: Event) {
    event.preventDefault();
    document.querySelector<HTMLInputElement>(`input[name="zt-${id}"]`)?.focus();
  }

  function clearHistory() {
    clearAttempts();
    if (view.kind === 'attempt') setView({ kind: 'attempt', at: null });
    setStatus('Je eerdere uitslagen zijn gewist.');
    setFocus('form');
  }

  return (
    <div class="selftest" data-pagefind-ignore="all">
      <StorageNotice />
      <p class="form-message" aria-live="polite">
        {status}
      </p>

      {shown && (
        <SelfTestResult
          scores={shown.scores}
          previous={shown.previous}
          at={shown.at}
          shared={shown.shared}
          pattern={shown.pattern ?? null}
          lessons={lessons}
          level={level}
          shareUrl={shareUrl}
          headingRef={resultHeading}
        />
      )}
      {shown?.shared && attempts.length > 0 && (
        <p class="no-print">
          <button type="button" class="link-button" onClick={() => setView({ kind: 'attempt', at: null })}>
            Toon mijn eigen laatste uitslag ({formatDate(attempts.at(-1)?.at ?? '')})
          </button>
        </p>
      )}

      <form class="selftest__form no-print" noValidate onSubmit={submit} aria-labelledby="zelftest-stellingen">
        <H id="zelftest-stellingen" ref={formHeading} tabIndex={-1}>
          {attempts.length > 0 && hydrated ? 'Doe de test opnieuw' : 'De stellingen'}
        </H>
        <p>
          Geef bij elke stelling aan hoe goed hij bij jou past. Er is geen goed of fout: hoe eerlijker je antwoordt, hoe
          bruikbaarder je uitslag. Het duurt een minuut of vijf.
        </p>
        {!hydrated && (
          <p class="selftest__nojs">De zelftest werkt zodra de pagina helemaal geladen is (met JavaScript).</p>
        )}
        <ol class="selftest__statements">
          {STATEMENTS.map((s, i) => {
            const isMissing = showErrors && answers[s.id] === undefined;
            const errorId = `zt-fout-${s.id}`;
            return (
              <li key={s.id} id={`stelling-${s.id}`} class={isMissing ? 'has-error' : undefined}>
                <fieldset aria-describedby={isMissing ? errorId : undefined}>
                  <legend>
                    {/* One string: "1." as two text nodes would hydrate wrongly (Preact compares "1." == 1 loosely). */}
                    <span class="selftest__number">{`${i + 1}.`}</span> {s.text}
                  </legend>
                  <div class="scale">
                    {SCALE.map((option) => {
                      const id = `zt-${s.id}-${option.value}`;
                      return (
                        <div class="scale__option" key={id}>
                          <input
                            type="radio"
                            id={id}
                            name={`zt-${s.id}`}
                            value={String(option.value)}
                            checked={answers[s.id] === option.value}
                            disabled={!hydrated}
                            onChange={() => answer(s.id, option.value)}
                          />
                          <label for={id}>{option.label}</label>
                        </div>
                      );
                    })}
                  </div>
                  {isMissing && (
                    <p class="field-error" id={errorId}>
                      Kies een antwoord bij deze stelling.
                    </p>
                  )}
                </fieldset>
              </li>
            );
          })}
        </ol>
        <p class="selftest__count">
          {answeredCount} van de {STATEMENTS.length} stellingen beantwoord.
        </p>
        {showErrors && missing.length > 0 && (
          <div class="error-summary" ref={errorSummary} tabIndex={-1}>
            <p>
              <strong>
                Nog {missing.length} {missing.length === 1 ? 'stelling' : 'stellingen'} zonder antwoord:
              </strong>
            </p>
            {/* Every open statement gets its link, however many there are. */}
            <ul class="error-summary__links">
              {missing.map((m) => (
                <li key={m.id}>
                  <a href={`#stelling-${m.id}`} onClick={(e) => focusStatement(m.id, e)}>
                    Stelling {STATEMENTS.indexOf(m) + 1}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div class="selftest__actions">
          <button type="submit" class="button" disabled={!hydrated}>
            Bekijk mijn uitslag
          </button>
          <button
            type="button"
            class="button button--secondary"
            disabled={!hydrated}
            onClick={() => {
              setAnswers({});
              setShowErrors(false);
            }}
          >
            Wis mijn antwoorden
          </button>
        </div>
      </form>

      {hydrated && attempts.length > 0 && (
        <div class="no-print">
          <SelfTestHistory attempts={attempts} level={level} onClear={clearHistory} />
        </div>
      )}
    </div>
  );
}
