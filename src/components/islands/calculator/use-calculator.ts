/**
 * The hook every calculator island uses: its instance's stores, bound to the URL once hydrated and joined
 * to the workshop sync (in a deck, what the trainer types in the presenter window shows on the projector).
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isCalculatorState, type CalculatorDefinition } from '../../../lib/calculators/calculator';
import { calculatorInstance, type CalculatorInstance } from '../../../stores/calculators';
import { joinWorkshopSync } from '../../../stores/workshopIslands';
import { bindInstanceToUrl } from '../url-binding';
import { linkToExample } from './example-link';
import { typedBeforeHydration } from './typed-before-hydration';

/**
 * Gets (or creates) the instance `id` and subscribes to its state, form and result. Put `rootRef` on the
 * island's outer element: on start the hook reads what was typed there before hydration.
 */
export function useCalculator<R>(def: CalculatorDefinition<R>, id: string, preset?: string) {
  const instance = useMemo(() => calculatorInstance(id, def, preset), [id, def, preset]);
  const rootRef = useRef<HTMLElement>(null);
  // Which parts of the page's link this instance did not take; shown once, above its result.
  const [linkNotice, setLinkNotice] = useState<string | null>(null);
  // After hydration, so the first client render matches the server's HTML (the preset's defaults). The typed
  // text is read first, before the URL's state re-renders the inputs, and wins over it: it is what is shown.
  useEffect(() => {
    const typed = rootRef.current ? typedBeforeHydration(rootRef.current, instance.id, instance.def.fields) : {};
    const unbind = bindInstanceToUrl(instance, setLinkNotice);
    for (const [fieldId, raw] of Object.entries(typed)) instance.setField(fieldId, raw);
    return unbind;
  }, [instance]);
  // After the URL's state: a worked example above the calculator hands over its values (example-link.ts).
  useEffect(() => linkToExample(instance), [instance]);
  useEffect(() => joinWorkshopSync(`calculator:${instance.id}`, syncTarget(instance), isCalculatorState), [instance]);
  const state = useStore(instance.$state);
  const form = useStore(instance.$form);
  const result = useStore(instance.$result);
  return { instance, state, form, result, rootRef, linkNotice };
}

/** The instance's state as the workshop sync sees it; what arrives goes through `setState`, which validates. */
function syncTarget<R>(instance: CalculatorInstance<R>) {
  return {
    get: () => instance.$state.get(),
    set: (value: unknown) => void instance.setState(value),
    listen: (callback: (value: unknown) => void) => instance.$state.listen(callback),
  };
}
