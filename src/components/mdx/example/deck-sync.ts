/**
 * The workshop deck's link for a live example: joins its values to the island sync, so the projector follows
 * the presenter. Its own module, imported only on a deck, so reading pages load none of the sync and the
 * deck's own script stays as it was (a dynamic import of the store itself would change that chunk).
 */
import type { SyncTarget } from '../../../lib/island-sync/sync';
import { joinWorkshopSync } from '../../../stores/workshopIslands';

/** Joins `example:<scenario id>` with its values and their check. */
export function joinExampleSync<T>(
  scenarioId: string,
  target: SyncTarget<T>,
  validate: (v: unknown) => boolean,
): () => void {
  return joinWorkshopSync(`example:${scenarioId}`, target, validate);
}
