/** "De vragen op één A4": the canonical worksheet (`src/data/worksheet.ts`), answered in text fields. */
import { worksheet } from '../../../data/worksheet';
import { MAX_ANSWER, type PlanData } from '../../../lib/plan/format';
import { setAnswer } from '../../../stores/plan';

interface Props {
  answers: PlanData['answers'];
  disabled: boolean;
}

/** The worksheet section. */
export default function WorksheetSection({ answers, disabled }: Props) {
  return (
    <section class="plan-section" aria-labelledby="plan-vragen">
      <h2 id="plan-vragen">De vragen op één A4</h2>
      <p class="plan-section__intro">
        De zes vragen uit de lessen. Antwoord kort: hooguit {MAX_ANSWER} tekens per vraag, zodat alles op één A4 past.
      </p>
      <ol class="plan-worksheet">
        {worksheet.map((q) => {
          const text = answers[q.id] ?? '';
          const tooLong = text.length > MAX_ANSWER;
          const ids = [`vraag-${q.id}-hint`, tooLong ? `vraag-${q.id}-fout` : `vraag-${q.id}-teller`].join(' ');
          return (
            <li key={q.id}>
              <label for={`vraag-${q.id}`}>{q.question}</label>
              <p class="plan-worksheet__hint" id={`vraag-${q.id}-hint`}>
                {q.hint}
              </p>
              <textarea
                id={`vraag-${q.id}`}
                rows={3}
                value={text}
                disabled={disabled}
                aria-invalid={tooLong ? 'true' : undefined}
                aria-describedby={ids}
                onInput={(e) => setAnswer(q.id, e.currentTarget.value)}
              />
              {tooLong ? (
                <p class="field-error" id={`vraag-${q.id}-fout`}>
                  Dit antwoord is {text.length} tekens; maak het korter dan {MAX_ANSWER + 1}, anders past je plan niet
                  op één A4. Je tekst blijft staan.
                </p>
              ) : (
                <p class="plan-worksheet__count" id={`vraag-${q.id}-teller`}>
                  {text.length} van {MAX_ANSWER} tekens
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
