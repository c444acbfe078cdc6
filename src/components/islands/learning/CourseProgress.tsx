/**
 * The reader's progress on the course home: lessons read, knowledge-check and quiz scores, the last
 * self-test profile, and saving/loading progress as a file for another device.
 */
import { useState } from 'preact/hooks';
import { formatDate } from '../../../lib/progress/dates';
import { MAX_FILE_BYTES } from '../../../lib/progress/transfer';
import { bestRound } from '../../../lib/quiz/myth-quiz';
import { buildProfile } from '../../../lib/selftest/profiles';
import { $lessonProgress } from '../../../stores/lesson-progress';
import { $mythQuizRounds } from '../../../stores/myth-quiz';
import { loadProgressFile, progressFile } from '../../../stores/progress-transfer';
import { $selfTestAttempts } from '../../../stores/selftest';
import StorageNotice from './StorageNotice';
import { useHydrated, useStoredValue } from './use-hydrated';

/** A lesson as the home page lists it. */
export interface LessonLink {
  slug: string;
  title: string;
  order: number;
  href: string;
}

interface Props {
  lessons: LessonLink[];
  /** Where the myth quiz lives (lesson 6), and the self-test page. */
  mythQuizHref: string;
  selfTestHref: string;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The progress overview on the course home. */
export default function CourseProgress({ lessons, mythQuizHref, selfTestHref }: Props) {
  const hydrated = useHydrated();
  const progress = useStoredValue($lessonProgress, {});
  const rounds = useStoredValue($mythQuizRounds, []);
  const attempts = useStoredValue($selfTestAttempts, []);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const done = lessons.filter((l) => progress[l.slug]?.done);
  const checks = lessons.map((l) => progress[l.slug]?.check).filter((c) => c !== undefined);
  const checkRight = checks.reduce((sum, c) => sum + c.correct, 0);
  const checkTotal = checks.reduce((sum, c) => sum + c.total, 0);
  const best = bestRound(rounds);
  const last = attempts.at(-1);
  const nextLesson = lessons.find((l) => !progress[l.slug]?.done);

  function save() {
    const file = progressFile();
    const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage({ text: `Je voortgang is bewaard als ${file.name}.`, error: false });
  }

  async function load(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = ''; // so that choosing the same file again still triggers a change
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setMessage({ text: 'Dit bestand is te groot voor een voortgangsbestand.', error: true });
      return;
    }
    const result = loadProgressFile(await file.text());
    if (!result.ok) {
      setMessage({ text: result.error, error: true });
      return;
    }
    const { lessons: l, mythQuiz: m, selfTest: s, plan } = result.counts;
    const skipped =
      result.dropped > 0
        ? ` ${plural(result.dropped, 'onderdeel was', 'onderdelen waren')} onleesbaar en ${result.dropped === 1 ? 'is' : 'zijn'} overgeslagen.`
        : '';
    setMessage({
      text: `Geladen: ${plural(l, 'gelezen les', 'gelezen lessen')}, ${plural(m, 'quizronde', 'quizrondes')}, ${plural(s, 'zelftest', 'zelftests')}${plan ? ' en je plan' : ''}, samengevoegd met wat hier al stond.${skipped}`,
      error: false,
    });
  }

  return (
    <div class="course-progress__body">
      <StorageNotice />
      {!hydrated ? (
        <p>
          Vink een les aan als je hem gelezen hebt, of maak de kennischeck aan het eind. Je voortgang blijft in deze
          browser bewaard.
        </p>
      ) : (
        <>
          <p class="course-progress__count" id="voortgang-lessen">
            <strong>
              {done.length} van de {lessons.length}
            </strong>{' '}
            lessen gelezen
            {nextLesson && (
              <>
                {' · '}
                verder met{' '}
                <a href={nextLesson.href}>
                  les {nextLesson.order}: {nextLesson.title}
                </a>
              </>
            )}
          </p>
          <progress max={lessons.length} value={done.length} aria-labelledby="voortgang-lessen" />
          <ul class="course-progress__facts">
            <li>
              <strong>Kennischecks:</strong>{' '}
              {checks.length === 0
                ? 'nog geen gedaan.'
                : `${checks.length} gedaan, ${checkRight} van de ${checkTotal} vragen goed.`}
            </li>
            <li>
              <strong>Mythequiz:</strong>{' '}
              {best ? (
                <>
                  beste score {best.correct} van {best.total} ({formatDate(best.at)}).{' '}
                  <a href={mythQuizHref}>Nog een keer</a>
                </>
              ) : (
                <>
                  nog niet gespeeld. <a href={mythQuizHref}>Speel “fabel of feit?”</a>
                </>
              )}
            </li>
            <li>
              <strong>Zelftest:</strong>{' '}
              {last ? (
                <>
                  laatste profiel “{buildProfile(last.scores, last.pattern).title}” ({formatDate(last.at)}).{' '}
                  <a href={selfTestHref}>Bekijk of doe hem opnieuw</a>
                </>
              ) : (
                <>
                  nog niet gedaan. <a href={selfTestHref}>Doe de zelftest</a>
                </>
              )}
            </li>
          </ul>
        </>
      )}
      <details class="course-progress__transfer">
        <summary>Voortgang meenemen naar een ander apparaat</summary>
        <p>
          Je voortgang staat alleen in deze browser. Bewaar hem als bestand en laad dat bestand op je andere apparaat;
          wat daar al stond, blijft staan. In het bestand staan geen persoonsgegevens: alleen welke lessen je las, je
          scores en de data waarop.
        </p>
        <div class="course-progress__actions">
          <button type="button" class="button button--secondary" disabled={!hydrated} onClick={save}>
            Bewaar als bestand
          </button>
          <label class="file-field">
            <span>Laad een voortgangsbestand</span>
            <input
              type="file"
              accept=".json,application/json"
              disabled={!hydrated}
              aria-describedby="voortgang-bericht"
              onChange={(e) => void load(e.currentTarget)}
            />
          </label>
        </div>
        <p id="voortgang-bericht" class={`form-message${message?.error ? ' is-error' : ''}`} aria-live="polite">
          {message?.text}
        </p>
      </details>
    </div>
  );
}
