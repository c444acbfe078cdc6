/**
 * Merging a plan from a progress file into this browser's plan. The plan that was changed last wins for
 * what is one thing (goal, metrics, answers, the 30-day list); logged months and calculator scenarios from
 * both sides are kept (the winner's month, and the newer scenario, on a tie).
 */
import type { PlanData, ScenarioKind, StoredScenario } from './format';
import { putLogEntry } from './log';
import { isPlanEmpty } from './validate';

function time(iso: string | undefined): number {
  const t = iso ? Date.parse(iso) : Number.NaN;
  return Number.isFinite(t) ? t : -Infinity;
}

/** Merges two plans; `incoming` wins ties, and an empty plan never overrides a filled one. */
export function mergePlans(local: PlanData, incoming: PlanData): PlanData {
  if (isPlanEmpty(incoming)) return local;
  if (isPlanEmpty(local)) return incoming;
  const [winner, loser] = time(incoming.updatedAt) >= time(local.updatedAt) ? [incoming, local] : [local, incoming];
  let log = [...loser.log];
  for (const entry of winner.log) log = putLogEntry(log, entry);
  const scenarios: Partial<Record<ScenarioKind, StoredScenario>> = { ...loser.scenarios };
  for (const [kind, s] of Object.entries(winner.scenarios) as [ScenarioKind, StoredScenario][]) {
    const other = scenarios[kind];
    if (!other || time(s.at) >= time(other.at)) scenarios[kind] = s;
  }
  const out: PlanData = { ...winner, log, scenarios };
  return out;
}
