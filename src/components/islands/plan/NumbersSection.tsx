/**
 * "Mijn cijfers": the calculators' last scenarios, summarised through the one adapter
 * (`src/lib/plan/calculator-scenarios.ts`), each with a link that opens the calculator with those values.
 */
import { withBase } from '../../../lib/base';
import { calculatorPath, calculatorTitle, summariseScenario } from '../../../lib/plan/calculator-scenarios';
import { SCENARIO_KINDS, type PlanData } from '../../../lib/plan/format';
import { formatDate } from '../../../lib/progress/dates';

interface Props {
  scenarios: PlanData['scenarios'];
}

const AVAILABLE_LABEL = { revenue: 'omzet', cost: 'kosten', customers: 'klanten' } as const;

/** The numbers section. */
export default function NumbersSection({ scenarios }: Props) {
  return (
    <section class="plan-section" aria-labelledby="plan-cijfers">
      <h2 id="plan-cijfers">Mijn cijfers</h2>
      <p class="plan-section__intro">
        Je eigen scenario’s uit de rekenhulpen. Verander je daar iets, dan staat het hier vanzelf.
      </p>
      <div class="plan-scenarios">
        {SCENARIO_KINDS.map((kind) => {
          const stored = scenarios[kind];
          const title = calculatorTitle(kind);
          if (!stored) {
            return (
              <div class="plan-scenario plan-scenario--empty" key={kind}>
                <h3>{title}</h3>
                <p>
                  Nog leeg. Vul de rekenhulp <a href={withBase(calculatorPath(kind))}>{title}</a> in met je eigen
                  cijfers; je plan neemt ze dan over.
                </p>
              </div>
            );
          }
          const summary = summariseScenario(kind, stored.state);
          const available = (Object.keys(AVAILABLE_LABEL) as (keyof typeof AVAILABLE_LABEL)[])
            .filter((key) => summary.available[key])
            .map((key) => AVAILABLE_LABEL[key]);
          return (
            <div class="plan-scenario" key={kind} data-scenario={kind}>
              <h3>{title}</h3>
              <p class="plan-scenario__meta">
                Laatst aangepast op {formatDate(stored.at)}. Hierin: {available.join(', ')}.
              </p>
              {summary.complete ? (
                <dl class="plan-figures">
                  {summary.figures.map((f) => (
                    <div key={f.label}>
                      <dt>{f.label}</dt>
                      <dd>{f.value}</dd>
                    </div>
                  ))}
                </dl>
              ) : (
                <p class="field-error">
                  Niet compleet: {summary.problems.join(', ')}. Open de rekenhulp en vul dit aan; tot dan tonen we hier
                  geen bedragen.
                </p>
              )}
              <p class="no-print">
                <a class="button button--secondary" href={withBase(summary.href)}>
                  Open {title.toLowerCase()} met deze cijfers
                </a>
              </p>
            </div>
          );
        })}
      </div>
    </section>
  );
}
