/** The hook every calculator island uses: its instance's stores, bound to the URL once hydrated. */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo } from 'preact/hooks';
import type { CalculatorDefinition } from '../../../lib/calculator';
import { calculatorInstance } from '../../../stores/calculators';
import { bindInstanceToUrl } from '../url-binding';

/** Gets (or creates) the instance `id` and subscribes to its state, form and result. */
export function useCalculator<R>(def: CalculatorDefinition<R>, id: string, preset?: string) {
  const instance = useMemo(() => calculatorInstance(id, def, preset), [id, def, preset]);
  // After hydration, so the first client render matches the server's HTML (the preset's defaults).
  useEffect(() => bindInstanceToUrl(instance), [instance]);
  const state = useStore(instance.$state);
  const form = useStore(instance.$form);
  const result = useStore(instance.$result);
  return { instance, state, form, result };
}
