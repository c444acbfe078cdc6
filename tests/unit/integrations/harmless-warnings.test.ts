// The build drops exactly one known, harmless warning (src/integrations/harmless-warnings.ts) and no other.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { harmlessWarnings, isHarmlessWarning } from '../../../src/integrations/harmless-warnings';

const directive = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "src/content/lessons/zelftest.mdx?astroPropagatedAssets" may not be preserved when bundling.',
  id: '/work/src/content/lessons/zelftest.mdx?astroPropagatedAssets',
};

describe('isHarmlessWarning', () => {
  it("drops Astro's head-inject directive warning on a content module", () => {
    expect(isHarmlessWarning(directive)).toBe(true);
    const { id: _id, ...withoutId } = directive;
    expect(isHarmlessWarning(withoutId)).toBe(true);
  });
  it('keeps the same warning for any other directive or module', () => {
    expect(isHarmlessWarning({ ...directive, message: directive.message.replace('astro:head-inject', 'client') })).toBe(
      false,
    );
    expect(
      isHarmlessWarning({
        code: 'MODULE_LEVEL_DIRECTIVE',
        message: 'The semantics of the module level directive "use astro:head-inject" in "src/x.ts"',
        id: '/work/src/x.ts',
      }),
    ).toBe(false);
  });
  it('keeps every warning with another code', () => {
    fc.assert(
      fc.property(
        fc.string().filter((code) => code !== 'MODULE_LEVEL_DIRECTIVE'),
        fc.string(),
        (code, message) => {
          expect(isHarmlessWarning({ code, message: `${directive.message} ${message}` })).toBe(false);
        },
      ),
    );
  });
});

describe('harmlessWarnings (the Vite plugin)', () => {
  const plugin = harmlessWarnings();
  const onLog = plugin.onLog as (level: string, log: typeof directive) => boolean | void;
  const config = plugin.config as () => { worker: { rolldownOptions: { checks: Record<string, boolean> } } };
  it('filters the directive warning and lets every other log through', () => {
    expect(onLog('warn', directive)).toBe(false);
    expect(onLog('warn', { ...directive, code: 'EVAL' })).toBeUndefined();
    expect(onLog('info', directive)).toBeUndefined();
  });
  it("turns off Rolldown's plugin timing check for the worker bundle (Astro does so for the pages)", () => {
    expect(config().worker.rolldownOptions.checks).toEqual({ pluginTimings: false });
  });
});
