/**
 * The hook every calculator island uses: its instance's stores, bound to the URL once hydrated and joined
 * to the workshop sync (in a deck, what the trainer types in the presenter window shows on the projector).
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo } from 'preact/hooks';
import { isCalculatorState, type CalculatorDefinition } from '../../../lib/calculator';
import { calculatorInstance, type CalculatorInstance } from '../../../stores/calculators';
import { joinWorkshopSync } from '../../../stores/workshopIslands';
import { bindInstanceToUrl } from '../url-binding';

/** Gets (or creates) the instance `id` and subscribes to its state, form and result. */
export function useCalculator<R>(def: CalculatorDefinition<R>, id: string, preset?: string) {
  const instance = useMemo(() => calculatorInstance(id, def, preset), [id, def, preset]);
  // After hydration, so the first client render matches the server's HTML (the preset's defaults).
  useEffect(() => bindInstanceToUrl(instance), [instance]);
  useEffect(() => joinWorkshopSync(`calculator:${instance.id}`, syncTarget(instance), isCalculatorState), [instance]);
  const state = useStore(instance.$state);
  const form = useStore(instance.$form);
  const result = useStore(instance.$result);
  return { instance, state, form, result };
}

/** The instance's state as the workshop sync sees it; what arrives goes through `setState`, which validates. */
function syncTarget<R>(instance: CalculatorInstance<R>) {
  return {
    get: () => instance.$state.get(),
    set: (value: unknown) => void instance.setState(value),
    listen: (callback: (value: unknown) => void) => instance.$state.listen(callback),
  };
}
