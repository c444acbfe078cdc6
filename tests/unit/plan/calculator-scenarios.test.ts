import { describe, expect, it } from 'vitest';
import { stateFromPreset } from '../../../src/lib/calculators/calculator';
import { effortCalculator } from '../../../src/lib/calculators/effort-calculator';
import { funnelCalculator } from '../../../src/lib/calculators/funnel-calculator';
import { calculatorPath, summariseScenario } from '../../../src/lib/plan/calculator-scenarios';
import { readInstanceState } from '../../../src/lib/calculators/url-state';

describe('the calculator adapter', () => {
  it('summarises a complete funnel scenario with revenue, cost and customers', () => {
    const state = stateFromPreset(funnelCalculator, 'kledingmerk');
    const summary = summariseScenario('like-naar-euro', state);
    expect(summary.complete).toBe(true);
    expect(summary.available).toEqual({ revenue: true, cost: true, customers: true });
    expect(summary.figures.map((f) => f.label)).toEqual(
      expect.arrayContaining(['Klanten', 'Omzet', 'Kosten', 'Break-even']),
    );
    expect(summary.figures.every((f) => !/NaN|Infinity/.test(f.value))).toBe(true);
    // The money model, as lesson 4 counts it: margin, not revenue, pays the cost.
    const figure = (label: string) => summary.figures.find((f) => f.label === label)?.value.replace(/\u00a0/g, ' ');
    expect(figure('Omzet')).toBe('€ 400,00');
    expect(figure('Brutomarge')).toBe('€ 200,00');
    expect(figure('Marge min kosten')).toBe('€ 50,00');
    expect(figure('Aandeel van de like')).toBe('100 % van de verkopen');
  });

  it('summarises the effort scenario with cost, margin and break-even', () => {
    const summary = summariseScenario('inspanning', stateFromPreset(effortCalculator, 'coach'));
    expect(summary.complete).toBe(true);
    expect(summary.available.revenue).toBe(false);
    expect(summary.figures.map((f) => f.label)).toEqual(
      expect.arrayContaining(['Kosten per maand', 'Marge', 'Break-even']),
    );
  });

  it('shows no figures when a field is empty or invalid, and names it', () => {
    const state = stateFromPreset(funnelCalculator, 'kledingmerk');
    const summary = summariseScenario('like-naar-euro', { ...state, values: { ...state.values, likes: 'abc' } });
    expect(summary.complete).toBe(false);
    expect(summary.figures).toEqual([]);
    expect(summary.problems).toEqual(['Likes']);
  });

  it('links to the calculator with exactly the stored values', () => {
    const state = stateFromPreset(funnelCalculator, 'kledingmerk');
    const changed = { ...state, values: { ...state.values, likes: '2.500' } };
    const { href } = summariseScenario('like-naar-euro', changed);
    expect(href.startsWith(calculatorPath('like-naar-euro'))).toBe(true);
    const search = href.slice(href.indexOf('?'));
    expect(readInstanceState(search, 'a', funnelCalculator)).toEqual(changed);
  });
});
