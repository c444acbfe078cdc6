/** The like-naar-euro calculator's definition: funnel fields, the three presets, the funnel math. */
import type { CalculatorDefinition } from './calculator';
import { computeFunnel, funnelFields, funnelInputsFrom, type FunnelResult } from './funnel';
import { funnelPresets } from './funnel-presets';

/** Like-naar-euro: the funnel from likes to customers and revenue. */
export const funnelCalculator: CalculatorDefinition<FunnelResult> = {
  kind: 'like-naar-euro',
  fields: funnelFields,
  presets: funnelPresets,
  defaultPreset: 'kledingmerk',
  compute: (values) => computeFunnel(funnelInputsFrom(values)),
};
