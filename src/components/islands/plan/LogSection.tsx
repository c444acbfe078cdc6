/** "Logboek": once a month the chosen numbers (and the likes, if wanted), a line chart and a table. */
import { useMemo, useState } from 'preact/hooks';
import { checkLogEntry, currentMonth, logSeries, monthLabel } from '../../../lib/plan/log';
import type { LogEntry } from '../../../lib/plan/format';
import { metricById } from '../../../lib/plan/metrics';
import { formatNumber } from '../../../lib/format';
import { deleteLogEntry, saveLogEntry } from '../../../stores/plan';
import LogChart from './LogChart';

interface Props {
  log: readonly LogEntry[];
  metrics: readonly string[];
  disabled: boolean;
}

/** The log section. */
export default function LogSection({ log, metrics, disabled }: Props) {
  const [month, setMonth] = useState(() => currentMonth());
  const [values, setValues] = useState<Record<string, string>>({});
  const [likes, setLikes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [withLikes, setWithLikes] = useState(false);
  const chosen = metrics.filter((id) => metricById(id));
  const { labels, series } = useMemo(() => logSeries(log, chosen, withLikes), [log, chosen.join(), withLikes]);

  function save(event: Event) {
    event.preventDefault();
    const result = checkLogEntry({ month, values, likes }, chosen);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus('Nog niet bewaard: kijk de velden met een melding na.');
      return;
    }
    saveLogEntry(result.entry);
    setErrors({});
    setStatus(`${monthLabel(result.entry.month)} staat in je logboek.`);
  }

  const fieldError = (key: string) =>
    errors[key] ? (
      <p class="field-error" id={`log-${key}-fout`}>
        {errors[key]}
      </p>
    ) : null;

  return (
    <section class="plan-section plan-log" aria-labelledby="plan-logboek">
      <h2 id="plan-logboek">Logboek</h2>
      <p class="plan-section__intro">
        Zet hier één keer per maand je cijfers neer. Na twee maanden zie je of de lijn de goede kant op gaat.
      </p>
      {chosen.length === 0 ? (
        <p>Kies eerst bij “Wat ik meet in plaats van likes” twee of drie cijfers; die vul je hier elke maand in.</p>
      ) : (
        <form class="plan-log__form no-print" noValidate onSubmit={save}>
          <div class="plan-log__field">
            <label for="log-month">Maand</label>
            <input
              id="log-month"
              type="month"
              value={month}
              max={currentMonth()}
              disabled={disabled}
              aria-invalid={errors['month'] ? 'true' : undefined}
              aria-describedby={errors['month'] ? 'log-month-fout' : undefined}
              onInput={(e) => setMonth(e.currentTarget.value)}
            />
            {fieldError('month')}
          </div>
          {chosen.map((id) => (
            <div class="plan-log__field" key={id}>
              <label for={`log-${id}`}>{metricById(id)?.label}</label>
              <input
                id={`log-${id}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={values[id] ?? ''}
                disabled={disabled}
                aria-invalid={errors[id] ? 'true' : undefined}
                aria-describedby={errors[id] ? `log-${id}-fout` : undefined}
                onInput={(e) => setValues({ ...values, [id]: e.currentTarget.value })}
              />
              {fieldError(id)}
            </div>
          ))}
          <div class="plan-log__field">
            <label for="log-likes">Likes die maand (mag leeg)</label>
            <input
              id="log-likes"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={likes}
              disabled={disabled}
              aria-invalid={errors['likes'] ? 'true' : undefined}
              aria-describedby={errors['likes'] ? 'log-likes-fout' : undefined}
              onInput={(e) => setLikes(e.currentTarget.value)}
            />
            {fieldError('likes')}
          </div>
          <p class="plan-log__actions">
            <button type="submit" class="button" disabled={disabled}>
              Bewaar deze maand
            </button>
          </p>
          <p class="form-message" aria-live="polite">
            {status}
          </p>
        </form>
      )}
      {log.length > 0 && (
        <>
          <p class="no-print">
            <input
              type="checkbox"
              id="log-met-likes"
              checked={withLikes}
              onChange={(e) => setWithLikes(e.currentTarget.checked)}
            />{' '}
            <label for="log-met-likes">Toon ook de likes (stippellijn, eigen schaal rechts)</label>
          </p>
          <div class="plan-log__view">
            <div class="no-print">
              <LogChart labels={labels} series={series} />
            </div>
            <table class="plan-log__table">
              <caption>Je cijfers per maand</caption>
              <thead>
                <tr>
                  <th scope="col">Maand</th>
                  {chosen.map((id) => (
                    <th scope="col" key={id}>
                      {metricById(id)?.label}
                    </th>
                  ))}
                  <th scope="col">Likes</th>
                  <th scope="col" class="no-print">
                    <span class="visually-hidden">Verwijderen</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {log.map((e) => (
                  <tr key={e.month}>
                    <th scope="row">{monthLabel(e.month)}</th>
                    {chosen.map((id) => (
                      <td key={id}>{e.values[id] === undefined ? '–' : formatNumber(e.values[id] as number)}</td>
                    ))}
                    <td>{e.likes === undefined ? '–' : formatNumber(e.likes)}</td>
                    <td class="no-print">
                      <button
                        type="button"
                        class="link-button"
                        disabled={disabled}
                        onClick={() => deleteLogEntry(e.month)}
                      >
                        Wis {monthLabel(e.month)}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
