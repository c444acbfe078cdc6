import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_PLAN, type PlanData } from '../../../src/lib/plan/format';
import { mergePlans } from '../../../src/lib/plan/merge';
import { isPlanEmpty, validatePlan } from '../../../src/lib/plan/validate';

const NOW = new Date('2026-11-30T12:00:00Z');
const AT = '2026-11-01T10:00:00.000Z';
const PLAN: PlanData = {
  updatedAt: AT,
  goal: { periode: '3', aantal: '12', uitkomst: 'klanten', kanaal: 'Instagram' },
  metrics: ['aanvragen', 'bezoek-social'],
  answers: { doel: 'Twaalf klanten', meten: 'Aanvragen tellen' },
  month: { start: '2026-11-01', weakest: ['meten', 'doelen'], done: ['meten-1'] },
  log: [{ month: '2026-10', values: { aanvragen: 4 }, likes: 300 }],
  scenarios: { inspanning: { state: { preset: 'coach', values: { uren: '3' } }, at: AT } },
};

describe('validatePlan', () => {
  it('keeps a valid plan as it is', () => {
    expect(validatePlan(PLAN, NOW)).toEqual({ value: PLAN, dropped: 0 });
    expect(validatePlan({}, NOW)).toEqual({ value: EMPTY_PLAN, dropped: 0 });
  });

  it('refuses a value that is not a plan at all', () => {
    for (const raw of [null, [], 'plan', 3]) expect(validatePlan(raw, NOW)).toBeNull();
  });

  it('drops impossible fields one by one and keeps the rest', () => {
    const cases: Partial<Record<keyof PlanData, unknown>>[] = [
      { metrics: ['likes'] },
      { metrics: ['aanvragen', 'verkopen', 'klikken', 'bezoek-social'] },
      { answers: { onbekend: 'x' } },
      { answers: { doel: 'x'.repeat(5000) } },
      { month: { start: '2999-01-01', weakest: [], done: [] } },
      { month: { start: '2026-11-01', weakest: ['geluk'], done: [] } },
      { log: [{ month: '2999-01', values: {} }] },
      { log: [{ month: '2026-10', values: { aanvragen: -1 } }] },
      { log: [{ month: '2026-10', values: { aanvragen: 1.5 } }] },
      { log: [{ month: '2026-10', values: { likes: 3 } }] },
      { scenarios: { engagement: { state: { preset: 'x', values: {} }, at: AT } } },
      { scenarios: { inspanning: { state: { preset: 'x', values: { uren: 3 } }, at: AT } } },
      { scenarios: { inspanning: { state: { preset: 'x', values: {} }, at: '2999-01-01T00:00:00.000Z' } } },
      { goal: { periode: 3 } },
      { updatedAt: 'gisteren' },
    ];
    for (const change of cases) {
      const result = validatePlan({ ...PLAN, ...change }, NOW);
      expect(result?.dropped, JSON.stringify(change)).toBeGreaterThan(0);
      expect(result?.value.goal).toEqual('goal' in change ? EMPTY_PLAN.goal : PLAN.goal);
    }
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.jsonValue(), (raw) => void validatePlan(raw, NOW)));
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...Object.keys(PLAN)), fc.jsonValue()),
        (raw) => void validatePlan(raw, NOW),
      ),
    );
  });

  it('is stable: a validated plan validates to itself', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(PLAN)), fc.jsonValue()), (raw) => {
        const once = validatePlan({ ...PLAN, ...raw }, NOW);
        if (once) expect(validatePlan(once.value, NOW)).toEqual({ value: once.value, dropped: 0 });
      }),
    );
  });
});

describe('mergePlans', () => {
  it('never lets an empty plan override a filled one', () => {
    expect(mergePlans(PLAN, EMPTY_PLAN)).toBe(PLAN);
    expect(mergePlans(EMPTY_PLAN, PLAN)).toBe(PLAN);
    expect(isPlanEmpty(EMPTY_PLAN)).toBe(true);
  });

  it('takes the plan changed last, and keeps the months and scenarios of both', () => {
    const newer: PlanData = {
      ...PLAN,
      updatedAt: '2026-11-20T10:00:00.000Z',
      goal: { ...PLAN.goal, aantal: '20' },
      log: [{ month: '2026-09', values: { aanvragen: 2 } }],
      scenarios: { 'like-naar-euro': { state: { preset: 'kledingmerk', values: {} }, at: AT } },
    };
    for (const merged of [mergePlans(PLAN, newer), mergePlans(newer, PLAN)]) {
      expect(merged.goal.aantal).toBe('20');
      expect(merged.log.map((e) => e.month)).toEqual(['2026-09', '2026-10']);
      expect(Object.keys(merged.scenarios).sort()).toEqual(['inspanning', 'like-naar-euro']);
    }
  });
});
