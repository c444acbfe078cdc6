/**
 * A checkbox that marks a lesson as read. On the lesson page it is a full sentence; in the lesson list a
 * small "gelezen" badge that also shows the knowledge-check score. Disabled until hydrated (it needs JS).
 */
import { formatDate } from '../../../lib/progress/dates';
import { $lessonProgress, setLessonDone } from '../../../stores/lesson-progress';
import { useHydrated, useStoredValue } from './use-hydrated';

interface Props {
  lesson: string;
  /** The lesson's title, for the accessible name of the compact badge. */
  title: string;
  compact: boolean;
}

/** The "gelezen" toggle of one lesson. */
export default function LessonDoneToggle({ lesson, title, compact }: Props) {
  const hydrated = useHydrated();
  const progress = useStoredValue($lessonProgress, {});
  const entry = progress[lesson];
  const done = entry?.done ?? false;
  const id = `gelezen-${lesson}`;

  return (
    <div class={`lesson-done${compact ? ' lesson-done--compact' : ''}${done ? ' is-done' : ''}`}>
      <input
        type="checkbox"
        id={id}
        checked={done}
        disabled={!hydrated}
        onChange={(e) => setLessonDone(lesson, e.currentTarget.checked)}
      />
      <label for={id}>
        {compact ? (
          <>
            Gelezen<span class="visually-hidden">: {title}</span>
          </>
        ) : (
          'Ik heb deze les gelezen'
        )}
      </label>
      {hydrated && done && entry?.doneAt && !compact && (
        <span class="lesson-done__meta">sinds {formatDate(entry.doneAt)}</span>
      )}
      {hydrated && entry?.check && (
        <span class="lesson-done__meta">
          kennischeck {entry.check.correct} van {entry.check.total} goed
        </span>
      )}
    </div>
  );
}
