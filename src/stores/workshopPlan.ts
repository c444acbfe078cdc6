/**
 * `$workshopPlan`: the workshop planner's choices (which lessons, how much time), kept in localStorage under
 * `vdl-workshop-plan` so a trainer finds the plan again the next day. Format: JSON of `WorkshopPlan`
 * (`src/lib/workshop/plan.ts`); what is read back is validated by `decodePlan`, and a broken or blocked
 * storage falls back to the default plan without an error.
 */
import { atom } from 'nanostores';
import { DEFAULT_PLAN, decodePlan, type WorkshopPlan } from '../lib/workshop/plan';

const KEY = 'vdl-workshop-plan';

/** The current plan; every change is saved. */
export const $workshopPlan = atom<WorkshopPlan>(DEFAULT_PLAN);

/** Loads the saved plan (call once in the browser) and saves every later change. */
export function loadWorkshopPlan(): void {
  try {
    $workshopPlan.set(decodePlan(localStorage.getItem(KEY)));
  } catch {
    // Storage blocked (private mode, policy): the planner works, it just does not remember.
  }
  $workshopPlan.listen((plan) => {
    try {
      localStorage.setItem(KEY, JSON.stringify(plan));
    } catch {
      // Same: nothing to do.
    }
  });
}
