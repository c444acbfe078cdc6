/**
 * "Mijn plan": goal, numbers, metrics, worksheet, 30 days and log, from the stores that already exist (nothing
 * is sent anywhere). Each section is its own component; this one reads the stores and lays them out. Until
 * the island has hydrated, it renders the empty plan (what the server knows) with its fields disabled.
 */
import { formatDate } from '../../../lib/progress/dates';
import { EMPTY_PLAN } from '../../../lib/plan/format';
import { $plan } from '../../../stores/plan';
import { $selfTestAttempts } from '../../../stores/selftest';
import StorageNotice from '../learning/StorageNotice';
import { useHydrated, useStoredValue } from '../learning/use-hydrated';
import GoalSection from './GoalSection';
import LogSection from './LogSection';
import MetricsSection from './MetricsSection';
import MonthSection from './MonthSection';
import NumbersSection from './NumbersSection';
import PlanActions from './PlanActions';
import PlanPrint from './PlanPrint';
import WorksheetSection from './WorksheetSection';

interface Props {
  /** "Doe het zelf" tasks per lesson slug, read from the lessons at build time. */
  tasksByLesson: Record<string, string[]>;
  /** Lesson titles per slug. */
  titles: Record<string, string>;
}

/** The plan island. */
export default function Plan({ tasksByLesson, titles }: Props) {
  const hydrated = useHydrated();
  const plan = useStoredValue($plan, EMPTY_PLAN);
  const attempts = useStoredValue($selfTestAttempts, []);
  const disabled = !hydrated;
  const today = hydrated ? formatDate(new Date().toISOString()) : '';
  return (
    <div class="plan" data-pagefind-ignore="all" data-hydrated={hydrated ? 'true' : undefined}>
      <div class="plan-screen">
        <StorageNotice />
        {!hydrated && <p class="plan__nojs">Je plan werkt zodra de pagina helemaal geladen is (met JavaScript).</p>}
        <PlanActions disabled={disabled} />
        <GoalSection goal={plan.goal} disabled={disabled} />
        <NumbersSection scenarios={plan.scenarios} />
        <MetricsSection chosen={plan.metrics} disabled={disabled} />
        <WorksheetSection answers={plan.answers} disabled={disabled} />
        <MonthSection
          month={plan.month}
          lastTest={attempts.at(-1)}
          tasksByLesson={tasksByLesson}
          titles={titles}
          disabled={disabled}
        />
        <LogSection log={plan.log} metrics={plan.metrics} disabled={disabled} />
      </div>
      {hydrated && <PlanPrint plan={plan} tasksByLesson={tasksByLesson} titles={titles} today={today} />}
    </div>
  );
}
