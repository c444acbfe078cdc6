import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGoal, goalSentence, isGoalEmpty } from '../../../src/lib/plan/goal';
import { EMPTY_GOAL } from '../../../src/lib/plan/format';

const GOOD = { periode: '3', aantal: '12', uitkomst: 'klanten', kanaal: 'Instagram' };

describe('the goal sentence', () => {
  it('accepts a measurable goal and writes it as one sentence', () => {
    expect(checkGoal(GOOD)).toEqual({
      errors: {},
      goal: { months: 3, count: 12, outcome: 'nieuwe klanten', channel: 'Instagram' },
    });
    expect(goalSentence(GOOD)).toBe('In de komende 3 maanden wil ik 12 nieuwe klanten via Instagram.');
    expect(goalSentence({ ...GOOD, periode: '1', aantal: '1.500' })).toBe(
      'In de komende maand wil ik 1.500 nieuwe klanten via Instagram.',
    );
  });

  it('names every field that keeps it from being measurable', () => {
    expect(Object.keys(checkGoal(EMPTY_GOAL).errors).sort()).toEqual(['aantal', 'kanaal', 'uitkomst']);
    expect(checkGoal({ ...GOOD, aantal: '0' }).errors.aantal).toMatch(/1 of meer/);
    expect(checkGoal({ ...GOOD, aantal: '1,5' }).errors.aantal).toMatch(/heel getal/);
    expect(checkGoal({ ...GOOD, aantal: '-4' }).errors.aantal).toMatch(/negatief/);
    expect(checkGoal({ ...GOOD, aantal: '1.000.000' }).errors.aantal).toMatch(/100\.000/);
    expect(checkGoal({ ...GOOD, uitkomst: 'likes' }).errors.uitkomst).toBeDefined();
    expect(checkGoal({ ...GOOD, kanaal: 'meer volgers' }).errors.kanaal).toMatch(/geen likes of volgers/);
    expect(checkGoal({ ...GOOD, kanaal: 'x'.repeat(41) }).errors.kanaal).toMatch(/40 tekens/);
    expect(checkGoal({ ...GOOD, periode: '2' }).errors.periode).toBeDefined();
    expect(goalSentence({ ...GOOD, aantal: '' })).toBeNull();
  });

  it('knows when nothing is filled in yet', () => {
    expect(isGoalEmpty(EMPTY_GOAL)).toBe(true);
    expect(isGoalEmpty({ ...EMPTY_GOAL, aantal: '3' })).toBe(false);
  });

  it('never throws, and gives a sentence exactly when there are no messages', () => {
    fc.assert(
      fc.property(
        fc.record({ periode: fc.string(), aantal: fc.string(), uitkomst: fc.string(), kanaal: fc.string() }),
        (goal) => {
          const check = checkGoal(goal);
          expect(check.goal !== undefined).toBe(Object.keys(check.errors).length === 0);
          expect(goalSentence(goal) !== null).toBe(check.goal !== undefined);
          if (check.goal) expect(Number.isInteger(check.goal.count) && check.goal.count >= 1).toBe(true);
        },
      ),
    );
  });
});
