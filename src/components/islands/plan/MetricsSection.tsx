/** "Wat ik meet in plaats van likes": two or three metrics, each with where to find it. */
import { withBase } from '../../../lib/base';
import { MAX_METRICS } from '../../../lib/plan/format';
import { METRICS, metricsMessage } from '../../../lib/plan/metrics';
import { toggleMetric } from '../../../stores/plan';

interface Props {
  chosen: readonly string[];
  disabled: boolean;
}

/** The metrics section. */
export default function MetricsSection({ chosen, disabled }: Props) {
  const message = metricsMessage(chosen);
  const full = chosen.length >= MAX_METRICS;
  return (
    <section class="plan-section" aria-labelledby="plan-meten">
      <h2 id="plan-meten">Wat ik meet in plaats van likes</h2>
      <fieldset class="plan-metrics" aria-describedby="plan-meten-melding">
        <legend>Kies twee of drie cijfers die je elke maand opzoekt</legend>
        <ul>
          {METRICS.map((m) => {
            const on = chosen.includes(m.id);
            return (
              <li key={m.id}>
                <input
                  type="checkbox"
                  id={`meet-${m.id}`}
                  checked={on}
                  disabled={disabled || (full && !on)}
                  aria-describedby={`meet-${m.id}-waar`}
                  onChange={(e) => toggleMetric(m.id, e.currentTarget.checked)}
                />
                <label for={`meet-${m.id}`}>{m.label}</label>{' '}
                <a class="plan-metrics__term" href={withBase(`/begrippen/#${m.term}`)}>
                  wat is dit?
                </a>
                <p class="plan-metrics__where" id={`meet-${m.id}-waar`}>
                  {m.where}
                </p>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <p id="plan-meten-melding" class={chosen.length === 1 ? 'field-error' : 'plan-section__hint'} aria-live="polite">
        {message ?? `Je volgt ${chosen.length} cijfers. Die komen terug in je logboek.`}
      </p>
    </section>
  );
}
