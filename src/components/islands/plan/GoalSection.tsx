/** "Doel": the goal sentence with its fields, checked for being measurable (`src/lib/plan/goal.ts`). */
import {
  checkGoal,
  GOAL_CHANNELS,
  GOAL_OUTCOMES,
  GOAL_PERIODS,
  goalSentence,
  isGoalEmpty,
} from '../../../lib/plan/goal';
import type { GoalInput } from '../../../lib/plan/format';
import { setGoalField } from '../../../stores/plan';

interface Props {
  goal: GoalInput;
  disabled: boolean;
}

const PERIOD_LABEL: Record<string, string> = { '1': 'maand', '3': '3 maanden', '6': '6 maanden', '12': '12 maanden' };

/** The goal section. */
export default function GoalSection({ goal, disabled }: Props) {
  // No messages before the reader starts: an empty form is not a mistake yet.
  const started = !isGoalEmpty(goal);
  const { errors } = checkGoal(goal);
  const sentence = goalSentence(goal);
  const error = (field: keyof GoalInput) =>
    started && errors[field] ? (
      <p class="field-error" id={`doel-${field}-fout`}>
        {errors[field]}
      </p>
    ) : null;
  const describedBy = (field: keyof GoalInput) => (started && errors[field] ? `doel-${field}-fout` : undefined);
  const invalid = (field: keyof GoalInput) => (started && errors[field] ? 'true' : undefined);

  return (
    <section class="plan-section" aria-labelledby="plan-doel">
      <h2 id="plan-doel">Doel</h2>
      <p class="plan-section__intro">
        Eén doel dat je kunt tellen, met een termijn. Geen likes of volgers, maar klanten, afspraken, bestellingen of
        aanvragen.
      </p>
      <div class="plan-goal">
        <span class="plan-goal__text">In de komende</span>
        <span class="plan-goal__field">
          <label for="doel-periode" class="visually-hidden">
            Termijn
          </label>
          <select
            id="doel-periode"
            value={goal.periode}
            disabled={disabled}
            aria-invalid={invalid('periode')}
            aria-describedby={describedBy('periode')}
            onChange={(e) => setGoalField('periode', e.currentTarget.value)}
          >
            {GOAL_PERIODS.map((p) => (
              <option key={p} value={p}>
                {PERIOD_LABEL[p]}
              </option>
            ))}
          </select>
        </span>
        <span class="plan-goal__text">wil ik</span>
        <span class="plan-goal__field">
          <label for="doel-aantal" class="visually-hidden">
            Aantal
          </label>
          <input
            id="doel-aantal"
            class="plan-goal__count"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder="12"
            value={goal.aantal}
            disabled={disabled}
            aria-invalid={invalid('aantal')}
            aria-describedby={describedBy('aantal')}
            onInput={(e) => setGoalField('aantal', e.currentTarget.value)}
          />
        </span>
        <span class="plan-goal__field">
          <label for="doel-uitkomst" class="visually-hidden">
            Wat je telt
          </label>
          <select
            id="doel-uitkomst"
            value={goal.uitkomst}
            disabled={disabled}
            aria-invalid={invalid('uitkomst')}
            aria-describedby={describedBy('uitkomst')}
            onChange={(e) => setGoalField('uitkomst', e.currentTarget.value)}
          >
            <option value="">kies wat je telt</option>
            {GOAL_OUTCOMES.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </span>
        <span class="plan-goal__text">via</span>
        <span class="plan-goal__field">
          <label for="doel-kanaal" class="visually-hidden">
            Kanaal
          </label>
          <input
            id="doel-kanaal"
            type="text"
            list="doel-kanalen"
            autoComplete="off"
            placeholder="Instagram"
            value={goal.kanaal}
            disabled={disabled}
            aria-invalid={invalid('kanaal')}
            aria-describedby={describedBy('kanaal')}
            onInput={(e) => setGoalField('kanaal', e.currentTarget.value)}
          />
          <datalist id="doel-kanalen">
            {GOAL_CHANNELS.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </span>
      </div>
      {error('periode')}
      {error('aantal')}
      {error('uitkomst')}
      {error('kanaal')}
      <p class="plan-goal__result" aria-live="polite">
        {sentence ? (
          <>
            <strong>Je doel:</strong> {sentence}
          </>
        ) : started ? (
          'Nog niet meetbaar: vul de velden hierboven aan.'
        ) : (
          'Vul de zin aan. Bijvoorbeeld: in de komende 3 maanden wil ik 12 nieuwe klanten via Instagram.'
        )}
      </p>
    </section>
  );
}
