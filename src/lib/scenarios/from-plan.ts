/**
 * "Met mijn cijfers": the calculator values the reader's plan ("Mijn plan") keeps from their last use of a
 * calculator, read from the plan's stored text and decoded and validated exactly as the plan store reads it
 * (`../progress/codec.ts`). Read here rather than through the store, so a worked example needs none of the
 * store's code (see src/integrations/example-edit.ts). Pure; no DOM.
 */
import { decodePart } from '../progress/codec';
import type { ScenarioKind } from '../plan/format';

/**
 * The saved field texts of the calculator `kind`, or undefined when the plan holds none (or cannot be read).
 * @example savedFields('{"v":3,"data":{…"scenarios":{"inspanning":{"state":{"values":{"uren":"7"}}}}}}', 'inspanning') // { uren: '7', … }
 */
export function savedFields(raw: string | null, kind: string): Readonly<Record<string, string>> | undefined {
  // The plan keeps scenarios of its own kinds only (validated when read); any other kind finds none.
  return decodePart('plan', raw).value.scenarios[kind as ScenarioKind]?.state.values;
}
