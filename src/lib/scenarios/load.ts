/**
 * The browser's way to a scenario: one dynamic import per scenario, so an example's page loads only its own
 * scenario and the model it uses. Part of the examples' editing bundle, built apart from the site's chunks
 * (src/integrations/example-edit.ts), which splits along these imports. A new scenario is added here and in
 * `./index.ts`.
 */
import type { Scenario } from './scenario';

const loaders: Readonly<Record<string, () => Promise<Scenario>>> = {
  vergiftigd: () => import('./vergiftigd').then((m) => m.vergiftigd),
  yogastudio: () => import('./yogastudio').then((m) => m.yogastudio),
  kledingmerk: () => import('./kledingmerk').then((m) => m.kledingmerk),
  aanwezigheid: () => import('./aanwezigheid').then((m) => m.aanwezigheid),
  tweets: () => import('./tweets').then((m) => m.tweets),
  boekhouders: () => import('./boekhouders').then((m) => m.boekhouders),
  fotograaf: () => import('./fotograaf').then((m) => m.fotograaf),
};

/** Loads a scenario by id; null for an unknown id (an old page, a typo), so the example simply stays as text. */
export function loadScenario(id: string): Promise<Scenario> | null {
  return Object.hasOwn(loaders, id) ? loaders[id]!() : null;
}
