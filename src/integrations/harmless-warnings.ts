/**
 * A quiet build: the two bundler warnings that say nothing about this site are dropped, every other warning is
 * printed (and `npm test` fails on it unless build-warnings.allowed.json lists it with a reason).
 *
 * - MODULE_LEVEL_DIRECTIVE for `"use astro:head-inject"`: Astro's content plugin
 *   (astro/dist/content/vite-plugin-content-assets.js) writes that directive at the top of each MDX lesson's
 *   `?astroPropagatedAssets` module. Nothing reads it: Astro finds the modules whose styles it must propagate by
 *   the `?astroPropagatedAssets` query and the `__astroPropagation` flag on the module's export. Rolldown warns
 *   that it may not keep a directive it does not know, and keeps it: an unused string statement either way.
 *   Reported upstream as withastro/astro#18087; once Astro stops writing it, this rule matches nothing.
 * - PLUGIN_TIMINGS: Rolldown's note that plugins took most of a build's time (here terser, on a busy machine).
 *   It measures the machine's load, not the code; Astro turns the same check off for its page builds, but
 *   not for the bundle Vite makes of a `?worker` import. Rolldown reports it past the plugins' `onLog` hooks, so
 *   the check is turned off there.
 */
import type { Plugin } from 'vite';

/** What Rolldown passes with a log (the fields used here). */
export interface BundlerLog {
  code?: string;
  message: string;
  id?: string;
}

/** True for the directive warning described above, and nothing else. */
export function isHarmlessWarning(log: BundlerLog): boolean {
  return (
    log.code === 'MODULE_LEVEL_DIRECTIVE' &&
    log.message.includes('"use astro:head-inject"') &&
    `${log.id ?? ''} ${log.message}`.includes('?astroPropagatedAssets')
  );
}

/** A Vite plugin that turns off the timing check and drops the directive warning before Vite prints it. */
export function harmlessWarnings(): Plugin {
  return {
    name: 'voorbij-de-like:harmless-warnings',
    // Astro turns the check off for its page builds; the header's search script (`?worker&url`) is bundled
    // apart, with Vite's worker options.
    config() {
      return { worker: { rolldownOptions: { checks: { pluginTimings: false } } } };
    },
    onLog(level, log) {
      // false drops the log; undefined hands it on to the next handler, and so to Vite's output.
      return level === 'warn' && isHarmlessWarning(log) ? false : undefined;
    },
  };
}
