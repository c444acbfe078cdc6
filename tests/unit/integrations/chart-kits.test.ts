// Each chart kit's instance of chart.js imports its own helpers (src/integrations/chart-kits.ts).
import { describe, expect, it } from 'vitest';
import { chartKitOf, chartKits } from '../../../src/integrations/chart-kits';

const main = '/work/node_modules/chart.js/dist/chart.js';
const helpers = '/work/node_modules/chart.js/dist/chunks/index.js';

type Resolved = { id: string; external?: boolean } | null;
type ResolveId = (
  this: { resolve: (source: string, importer?: string, options?: object) => Promise<Resolved> },
  source: string,
  importer: string | undefined,
  options: object,
) => Promise<Resolved>;

/** Runs the plugin's resolveId with a resolver that finds chart.js's helpers, as Vite would. */
function resolveWith(source: string, importer: string | undefined, found: Resolved = { id: helpers }) {
  const hook = chartKits().resolveId as unknown as ResolveId;
  return hook.call({ resolve: async () => found }, source, importer, {});
}

describe('chartKitOf', () => {
  it("names the kit of chart.js's main module imported with a query", () => {
    expect(chartKitOf(`${main}?radar`)).toBe('radar');
    expect(chartKitOf(`${main}?line`)).toBe('line');
    expect(chartKitOf('C:\\app\\node_modules\\chart.js\\dist\\chart.js?radar')).toBe('radar');
  });
  it('gives null for the default kit, other modules and no module', () => {
    expect(chartKitOf(main)).toBeNull();
    expect(chartKitOf(`${helpers}?radar`)).toBeNull();
    expect(chartKitOf('/work/src/components/islands/charts/register.ts?radar')).toBeNull();
    expect(chartKitOf('')).toBeNull();
    expect(chartKitOf(undefined)).toBeNull();
  });
});

describe('chartKits (the Vite plugin)', () => {
  it("gives the helpers imported by a kit's chart.js that kit's query", async () => {
    expect(await resolveWith('./chunks/index.js', `${main}?radar`)).toEqual({ id: `${helpers}?radar` });
  });
  it('leaves the default kit, other importers and other imports to Vite', async () => {
    expect(await resolveWith('./chunks/index.js', main)).toBeNull();
    expect(await resolveWith('./chunks/index.js', undefined)).toBeNull();
    expect(await resolveWith('@kurkle/color', `${main}?line`)).toBeNull();
  });
  it('passes on what Vite cannot resolve or keeps external', async () => {
    expect(await resolveWith('./chunks/index.js', `${main}?line`, null)).toBeNull();
    expect(await resolveWith('./chunks/index.js', `${main}?line`, { id: 'x', external: true })).toEqual({
      id: 'x',
      external: true,
    });
  });
});
