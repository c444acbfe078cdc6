/**
 * Browser glue: what the reader typed into a calculator's server-rendered inputs before its island
 * hydrated (islands load `client:visible`, so on a slow connection there is time to type). Preact keeps
 * such text on screen while hydrating, but the store still holds the preset's; reading it here, before the
 * first re-render overwrites it, means no keystroke is lost and the result and URL follow what is shown.
 */
import type { Field } from '../../../lib/calculators/fields';

/**
 * Per field id, the current text of inputs (and selects) whose value differs from the one the server
 * rendered (`defaultValue`, `defaultSelected`): exactly the fields the reader changed.
 */
export function typedBeforeHydration(
  root: ParentNode,
  idPrefix: string,
  fields: readonly Field[],
): Record<string, string> {
  const typed: Record<string, string> = {};
  for (const field of fields) {
    const el = root.querySelector(`[id="${idPrefix}-${field.id}"]`);
    if (el instanceof HTMLInputElement && el.value !== el.defaultValue) typed[field.id] = el.value;
    if (el instanceof HTMLSelectElement) {
      const chosen = el.selectedOptions[0];
      if (chosen && !chosen.defaultSelected) typed[field.id] = chosen.value;
    }
  }
  return typed;
}
