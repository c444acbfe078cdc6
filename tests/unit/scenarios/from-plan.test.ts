import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_PLAN } from '../../../src/lib/plan/format';
import { encodePart } from '../../../src/lib/progress/codec';
import { savedFields } from '../../../src/lib/scenarios/from-plan';

/** The plan's stored text, as the plan store writes it, with one saved calculator. */
function storedWith(kind: string, values: Record<string, string>): string {
  const at = '2026-12-07T00:00:00.000Z';
  return encodePart('plan', { ...EMPTY_PLAN, scenarios: { [kind]: { state: { preset: 'coach', values }, at } } });
}

describe('"Met mijn cijfers" reads the saved plan as the plan store does', () => {
  it('finds the values of the calculator saved under its kind', () => {
    const raw = storedWith('inspanning', { uren: '7', tarief: '60' });
    expect(savedFields(raw, 'inspanning')).toEqual({ uren: '7', tarief: '60' });
    expect(savedFields(raw, 'like-naar-euro')).toBeUndefined();
  });

  it('finds nothing without a plan, in a corrupt one, or for a kind the plan does not keep', () => {
    expect(savedFields(null, 'inspanning')).toBeUndefined();
    expect(savedFields('', 'inspanning')).toBeUndefined();
    expect(savedFields('{"v":3,"data":', 'inspanning')).toBeUndefined();
    expect(savedFields(storedWith('engagement', { volgers: '10' }), 'engagement')).toBeUndefined();
  });

  it('never throws and returns only text values, whatever is stored (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.json()),
        fc.constantFrom('inspanning', 'like-naar-euro', 'x'),
        (raw, kind) => {
          const fields = savedFields(raw, kind);
          if (fields !== undefined) for (const v of Object.values(fields)) expect(typeof v).toBe('string');
        },
      ),
    );
  });
});
