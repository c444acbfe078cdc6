/** "30 dagen": the four-week list from the weakest self-test dimensions and the lessons' own exercises. */
import { withBase } from '../../../lib/base';
import type { MonthPlan } from '../../../lib/plan/format';
import { buildThirtyDays, taskIds, weakestDimensions } from '../../../lib/plan/thirty-days';
import type { SelfTestAttempt } from '../../../lib/progress/format';
import { formatDate } from '../../../lib/progress/dates';
import { DIMENSIONS } from '../../../lib/selftest/dimensions';
import { setTaskDone, startMonth } from '../../../stores/plan';

interface Props {
  month: MonthPlan | null;
  lastTest: SelfTestAttempt | undefined;
  tasksByLesson: Readonly<Record<string, readonly string[]>>;
  titles: Readonly<Record<string, string>>;
  disabled: boolean;
}

/** The 30-day section. */
export default function MonthSection({ month, lastTest, tasksByLesson, titles, disabled }: Props) {
  const weakestNow = lastTest ? weakestDimensions(lastTest.scores) : [];
  const labels = (ids: readonly string[]) =>
    ids.map((id) => DIMENSIONS[id as keyof typeof DIMENSIONS]?.label.toLowerCase() ?? id).join(' en ');
  const testLine = lastTest ? (
    <p data-testid="plan-zelftest">
      Je laatste zelftest ({formatDate(lastTest.at)}): het zwakst op {labels(weakestNow)}.
    </p>
  ) : (
    <p>
      Je hebt de <a href={withBase('/zelftest/')}>zelftest</a> nog niet gedaan. Doe je hem eerst, dan begint je lijst
      bij je zwakste onderdelen; anders volgt hij de lessen op volgorde.
    </p>
  );

  if (!month) {
    return (
      <section class="plan-section" aria-labelledby="plan-dagen">
        <h2 id="plan-dagen">30 dagen</h2>
        {testLine}
        <p class="no-print">
          <button type="button" class="button" disabled={disabled} onClick={() => startMonth(weakestNow)}>
            Maak mijn lijst voor 30 dagen
          </button>
        </p>
      </section>
    );
  }

  const weeks = buildThirtyDays(month.weakest, tasksByLesson, titles);
  const ids = taskIds(weeks);
  const done = month.done.filter((id) => ids.includes(id)).length;
  const outdated = lastTest !== undefined && weakestNow.join() !== month.weakest.join();
  return (
    <section class="plan-section" aria-labelledby="plan-dagen">
      <h2 id="plan-dagen">30 dagen</h2>
      {testLine}
      <p>
        Begonnen op {formatDate(`${month.start}T12:00:00Z`)}
        {month.weakest.length > 0 ? `, gericht op ${labels(month.weakest)}` : ''}. {done} van {ids.length} gedaan.
      </p>
      <div class="plan-weeks">
        {weeks.map((w) => (
          <fieldset key={w.week} class="plan-week">
            <legend>
              Week {w.week}: {w.theme}
            </legend>
            <ul>
              {w.tasks.map((t) => (
                <li key={t.id}>
                  <input
                    type="checkbox"
                    id={`taak-${t.id}`}
                    checked={month.done.includes(t.id)}
                    disabled={disabled}
                    onChange={(e) => setTaskDone(t.id, e.currentTarget.checked)}
                  />
                  <label for={`taak-${t.id}`}>{t.text}</label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
      {outdated && (
        <p class="no-print">
          Je laatste zelftest wijst op andere onderdelen.{' '}
          <button type="button" class="link-button" disabled={disabled} onClick={() => startMonth(weakestNow)}>
            Begin een nieuwe lijst vanaf vandaag
          </button>{' '}
          (je vinkjes van deze lijst vervallen).
        </p>
      )}
    </section>
  );
}
