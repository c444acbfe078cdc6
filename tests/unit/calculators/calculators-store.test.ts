// @vitest-environment happy-dom
import { cleanStores } from 'nanostores';
import { afterEach, describe, expect, it } from 'vitest';
import { stateFromPreset } from '../../../src/lib/calculators/calculator';
import { funnelCalculator } from '../../../src/lib/calculators/funnel-calculator';
import {
  $calculators,
  calculatorInstance,
  getCalculatorState,
  setCalculatorState,
  subscribeCalculatorState,
} from '../../../src/stores/calculators';

let n = 0;
/** A fresh instance id per test: the registry is per page and lives as long as the module. */
const nextId = () => `t${++n}`;

afterEach(() => cleanStores($calculators));

describe('a calculator instance', () => {
  it('starts from its preset and computes the preset’s result', () => {
    const inst = calculatorInstance(nextId(), funnelCalculator, 'kledingmerk');
    expect(inst.$state.get()).toEqual(stateFromPreset(funnelCalculator, 'kledingmerk'));
    expect(inst.$result.get()?.revenue).toBeCloseTo(400, 9);
  });
  it('keeps what was typed and withholds the result while a field cannot be used', () => {
    const inst = calculatorInstance(nextId(), funnelCalculator, 'kledingmerk');
    inst.setField('likes', '2.000');
    expect(inst.$result.get()?.likes).toBe(2000);
    inst.setField('likes', 'twee');
    expect(inst.$state.get().values['likes']).toBe('twee');
    expect(inst.$form.get().issues.map((i) => i.fieldId)).toEqual(['likes']);
    expect(inst.$result.get()).toBeNull();
    inst.setField('likes', '');
    expect(inst.$form.get().issues[0]?.kind).toBe('empty');
    expect(inst.$result.get()).toBeNull();
    // Issue 10, item 1: "2.000 likes" is read as 2.000, for the sender and for whoever opens the link.
    inst.setField('likes', '2.000 likes');
    expect(inst.$result.get()?.likes).toBe(2000);
  });
  it('ignores unknown fields', () => {
    const inst = calculatorInstance(nextId(), funnelCalculator);
    const before = inst.$state.get();
    inst.setField('nope', '1');
    expect(inst.$state.get()).toBe(before);
  });
  it('replaces everything with a preset', () => {
    const inst = calculatorInstance(nextId(), funnelCalculator, 'kledingmerk');
    inst.setField('likes', 'x');
    inst.choosePreset('sportwagenpagina');
    expect(inst.$state.get()).toEqual(stateFromPreset(funnelCalculator, 'sportwagenpagina'));
    expect(inst.$form.get().issues).toEqual([]);
  });
  it('is created once per id in the browser and registered with its kind', () => {
    const id = nextId();
    const a = calculatorInstance(id, funnelCalculator);
    expect(calculatorInstance(id, funnelCalculator)).toBe(a);
    expect($calculators.get()[id]).toBe('like-naar-euro');
  });
});

describe('get/set/subscribe for mirroring to another window', () => {
  it('gets a copy of the whole state object, as plain JSON', () => {
    const id = nextId();
    const inst = calculatorInstance(id, funnelCalculator, 'niche-expert');
    const state = getCalculatorState(id);
    expect(state).toEqual(inst.$state.get());
    expect(state).not.toBe(inst.$state.get());
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(getCalculatorState('nobody')).toBeNull();
  });
  it('sets a whole state, validated, and ignores an equal one (no echo loops)', () => {
    const id = nextId();
    const inst = calculatorInstance(id, funnelCalculator);
    const next = {
      preset: 'sportwagenpagina',
      values: { ...stateFromPreset(funnelCalculator, 'sportwagenpagina').values, likes: '5', bogus: 'x' },
    };
    expect(setCalculatorState(id, next)).toBe(true);
    expect(inst.$state.get().values['likes']).toBe('5');
    expect(inst.$state.get().values['bogus']).toBeUndefined();
    expect(setCalculatorState(id, getCalculatorState(id))).toBe(false);
  });
  it('keeps a state for an instance that has not hydrated yet and applies it when it does', () => {
    const id = nextId();
    setCalculatorState(id, { preset: 'niche-expert', values: { likes: '7' } });
    const inst = calculatorInstance(id, funnelCalculator, 'kledingmerk');
    expect(inst.$state.get().preset).toBe('niche-expert');
    expect(inst.$state.get().values['likes']).toBe('7');
  });
  it('reports the state now and after each change, also for an instance that appears later', () => {
    const id = nextId();
    const seen: string[] = [];
    const stop = subscribeCalculatorState(id, (s) => seen.push(s.values['likes'] ?? ''));
    expect(seen).toEqual([]);
    const inst = calculatorInstance(id, funnelCalculator, 'kledingmerk');
    inst.setField('likes', '1.500');
    stop();
    inst.setField('likes', '9');
    expect(seen).toEqual(['1.000', '1.500']);
  });
});
