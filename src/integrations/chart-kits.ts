/**
 * Each chart kit gets its own copy of chart.js's helpers, so a page loads only the chart code it draws.
 *
 * The charts load chart.js as separate module instances, one per kind of chart: `chart.js` for the calculators'
 * bars (src/components/islands/charts/register.ts), `chart.js?radar` for the self-test, `chart.js?line` for the
 * plan's log. A bundler cannot split one module between chunks, so the query keeps the radar and line parts out
 * of the bar chunk. But chart.js keeps its helpers in a second module (`chart.js/dist/chunks/index.js`) that all
 * three instances imported under one name: its chunk held the helpers of all three kinds, which every chart
 * page loaded as a second file. With the helpers under the query of the instance that imports them, each kit is
 * tree-shaken to what it uses and bundled as one file: the calculators' bar charts went from 44.8 KB gzipped in
 * two files to 36.5 KB in one; the radar and line kits each shrink by about 5 KB.
 */
import type { Plugin } from 'vite';

/** chart.js's main module, with the query that names its kit (`?radar`, `?line`). */
const CHART_WITH_KIT = /[\\/]chart\.js[\\/]dist[\\/]chart\.js\?([\w-]+)$/;

/** The kit (`radar`, `line`) a module id belongs to, or null for the default kit and for any other module. */
export function chartKitOf(id: string | undefined): string | null {
  return (id && CHART_WITH_KIT.exec(id)?.[1]) || null;
}

/** A Vite plugin: chart.js's helpers, imported by a kit's instance, become that kit's own module. */
export function chartKits(): Plugin {
  return {
    name: 'voorbij-de-like:chart-kits',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const kit = chartKitOf(importer);
      if (!kit || !source.startsWith('./chunks/')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && !resolved.external ? { ...resolved, id: `${resolved.id.split('?')[0]}?${kit}` } : resolved;
    },
  };
}
