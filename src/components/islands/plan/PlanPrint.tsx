/**
 * The printed plan: one A4 with the course name and the date, laid out for paper (the screen form is hidden in
 * print). The log, when there is one, starts on a second page. Plain text only, so nothing is cut off.
 */
import { worksheet } from '../../../data/worksheet';
import { summariseScenario, calculatorTitle } from '../../../lib/plan/calculator-scenarios';
import { SCENARIO_KINDS, type PlanData } from '../../../lib/plan/format';
import { goalSentence } from '../../../lib/plan/goal';
import { monthLabel } from '../../../lib/plan/log';
import { metricById } from '../../../lib/plan/metrics';
import { buildThirtyDays } from '../../../lib/plan/thirty-days';
import { formatNumber } from '../../../lib/format';

interface Props {
  plan: PlanData;
  tasksByLesson: Readonly<Record<string, readonly string[]>>;
  titles: Readonly<Record<string, string>>;
  /** Today's date, Dutch, for the heading. */
  today: string;
}

/** The print-only version of the plan. */
export default function PlanPrint({ plan, tasksByLesson, titles, today }: Props) {
  const sentence = goalSentence(plan.goal);
  const metrics = plan.metrics.map(metricById).filter((m) => m !== undefined);
  const weeks = plan.month ? buildThirtyDays(plan.month.weakest, tasksByLesson, titles) : [];
  const done = new Set(plan.month?.done ?? []);
  return (
    <div class="plan-print">
      <header class="plan-print__head">
        <p>Voorbij de like · cursus over social media die iets oplevert</p>
        <h2>Mijn plan</h2>
        <p>{today}</p>
      </header>
      <section>
        <h3>Doel</h3>
        <p>{sentence ?? 'Nog geen meetbaar doel ingevuld.'}</p>
      </section>
      <section>
        <h3>Mijn cijfers</h3>
        {SCENARIO_KINDS.map((kind) => {
          const stored = plan.scenarios[kind];
          if (!stored) return <p key={kind}>{calculatorTitle(kind)}: nog niet ingevuld.</p>;
          const s = summariseScenario(kind, stored.state);
          return (
            <p key={kind}>
              <strong>{s.title}:</strong>{' '}
              {s.complete ? s.figures.map((f) => `${f.label} ${f.value}`).join(' · ') : 'niet compleet.'}
            </p>
          );
        })}
      </section>
      <section>
        <h3>Wat ik meet in plaats van likes</h3>
        {metrics.length === 0 ? (
          <p>Nog niets gekozen.</p>
        ) : (
          <ul>
            {metrics.map((m) => (
              <li key={m.id}>
                <strong>{m.label}:</strong> {m.where}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="plan-print__qa">
        <h3>De vragen op één A4</h3>
        <dl>
          {worksheet.map((q) => (
            <div key={q.id}>
              <dt>{q.question}</dt>
              <dd>{plan.answers[q.id]?.trim() || '…'}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section class="plan-print__weeks">
        <h3>30 dagen</h3>
        {weeks.length === 0 ? (
          <p>Nog geen lijst gemaakt.</p>
        ) : (
          weeks.map((w) => (
            <div key={w.week}>
              <h4>
                Week {w.week}: {w.theme}
              </h4>
              <ul>
                {w.tasks.map((t) => (
                  <li key={t.id}>
                    {done.has(t.id) ? '☑' : '☐'} {t.text}
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>
      {plan.log.length > 0 && (
        <section class="plan-print__log">
          <h3>Logboek</h3>
          <table>
            <thead>
              <tr>
                <th>Maand</th>
                {metrics.map((m) => (
                  <th key={m.id}>{m.label}</th>
                ))}
                <th>Likes</th>
              </tr>
            </thead>
            <tbody>
              {plan.log.map((e) => (
                <tr key={e.month}>
                  <td>{monthLabel(e.month)}</td>
                  {metrics.map((m) => (
                    <td key={m.id}>{e.values[m.id] === undefined ? '–' : formatNumber(e.values[m.id] as number)}</td>
                  ))}
                  <td>{e.likes === undefined ? '–' : formatNumber(e.likes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
