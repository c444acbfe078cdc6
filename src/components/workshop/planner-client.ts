/**
 * The workshop planner in the browser: ticking lessons adds up their minutes against the time available,
 * and "Start" opens the first chosen lesson's deck with the others queued (`?reeks=`). The page works
 * without this script through its per-lesson links.
 */
import { $workshopPlan, loadWorkshopPlan } from '../../stores/workshopPlan';
import {
  PLAN_BLOCK_MINUTES,
  lessonsThatFit,
  parseAvailable,
  planVerdict,
  plannedMinutes,
  reeksQuery,
  type PlanLesson,
} from '../../lib/workshop/plan';
import { formatMinutes } from '../../lib/workshop/timing';
import { nounFor, nouns } from '../../lib/count-noun';

/** Starts the planner on this page. */
export function startPlanner(): void {
  const form = document.querySelector<HTMLFormElement>('[data-planner]');
  if (!form) return;
  const lessons = JSON.parse(form.dataset['planner'] ?? '[]') as (PlanLesson & { deck: string; presenter: string })[];
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="les"]')];
  const available = form.querySelector<HTMLInputElement>('#beschikbaar')!;
  const availableError = form.querySelector<HTMLElement>('#beschikbaar-fout')!;
  const total = form.querySelector<HTMLElement>('[data-total]')!;
  const verdict = form.querySelector<HTMLElement>('[data-verdict]')!;
  const start = form.querySelector<HTMLAnchorElement>('[data-start]')!;
  const presenter = form.querySelector<HTMLAnchorElement>('[data-start-presenter]')!;

  loadWorkshopPlan();
  const known = lessons.map((l) => l.id);
  const initial = $workshopPlan.get();
  // A first visit opens on a plan that fits its time, not on every lesson and an error.
  const chosenAtStart = initial.chosen
    ? initial.chosen.filter((id) => known.includes(id))
    : lessonsThatFit(lessons, initial.available - (initial.planBlock ? PLAN_BLOCK_MINUTES : 0));
  for (const box of boxes) box.checked = chosenAtStart.includes(box.value);
  available.value = String(initial.available);
  const planBlock = form.querySelector<HTMLInputElement>('[data-plan-block]');
  if (planBlock) planBlock.checked = initial.planBlock === true;

  const update = () => {
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    const parsed = parseAvailable(available.value);
    // A bad entry keeps the last good value in the plan: nothing typed is lost, nothing is computed from it.
    const minutes = 'minutes' in parsed ? parsed.minutes : $workshopPlan.get().available;
    availableError.textContent = 'error' in parsed ? parsed.error : '';
    available.setAttribute('aria-invalid', String('error' in parsed));
    const block = planBlock?.checked === true;
    $workshopPlan.set(block ? { chosen, available: minutes, planBlock: true } : { chosen, available: minutes });
    const lessonMinutes = plannedMinutes(chosen, lessons);
    const planned = lessonMinutes + (block && chosen.length > 0 ? PLAN_BLOCK_MINUTES : 0);
    total.textContent = `${chosen.length} ${nounFor(String(chosen.length), nouns.les)}${block ? ' en plan maken' : ''}, ${formatMinutes(planned)}`;
    const v = planVerdict(planned, minutes);
    verdict.textContent = v.text;
    verdict.dataset['over'] = String(v.over);
    const first = lessons.find((l) => l.id === chosen[0]);
    const query = reeksQuery(chosen);
    for (const [link, key] of [
      [start, 'deck'],
      [presenter, 'presenter'],
    ] as const) {
      if (first) link.href = `${first[key]}${query}#/1`;
      link.hidden = !first;
    }
  };
  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  update();
  for (const el of form.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = false;
}
