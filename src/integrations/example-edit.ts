/**
 * The worked examples' editing code (`src/components/mdx/example/edit.ts`: the scenarios, their models, the
 * parser) as a bundle of its own, next to the site's chunks but outside their graph.
 *
 * Why: the examples reuse the calculators' models, parser and formatters. Bundled with the site, every module
 * they share with a calculator island moved into a small chunk of its own (a bundler keeps one copy of a
 * module and puts it where every importer can reach it), so lessons 2, 4 and 5 loaded about 1,3 KB gzipped
 * more of the islands' own code in more files, and even lessons without examples shipped 0,1 KB more. Built
 * apart, the site's chunks are exactly what they are without examples; a lesson loads `live.ts` (the controls)
 * when an example nears the screen, and this bundle only when the reader first touches a number. Its own chunks
 * (one per scenario, shared code apart) are split by esbuild along `load.ts`'s dynamic imports.
 *
 * A module that holds page-wide state (the workshop sync) must be the page's one copy: `live.ts` imports it
 * from the site's chunks and hands it over (`EditHost` in edit.ts); this bundle never imports a store (the
 * reader's saved plan it reads from storage, as the plan store does: `lib/scenarios/from-plan.ts`). `virtual:example-edit` is the function that loads the bundle: in development straight from the source.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type OutputFile } from 'esbuild';
import type { Plugin, ResolvedConfig } from 'vite';

const VIRTUAL = 'virtual:example-edit';
const RESOLVED = `\0${VIRTUAL}`;
/** The bundle's entry. */
export const EXAMPLE_EDIT_ENTRY = fileURLToPath(new URL('../components/mdx/example/edit.ts', import.meta.url));
/** The entry's file name starts with this (then its content hash); its chunks start with `example-`. */
export const EXAMPLE_EDIT_NAME = 'example-edit';

/** Bundles edit.ts and its chunks, minified for the site's browser targets. */
async function bundle(target: ResolvedConfig['build']['target']): Promise<OutputFile[]> {
  const result = await build({
    entryPoints: { [EXAMPLE_EDIT_NAME]: EXAMPLE_EDIT_ENTRY },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    write: false,
    outdir: 'example-edit',
    entryNames: '[name].[hash]',
    chunkNames: 'example-[name].[hash]',
    target: target === false ? 'esnext' : target,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
  });
  return result.outputFiles;
}

/** A Vite plugin: `virtual:example-edit` loads the separately bundled editing code. */
export function exampleEdit(): Plugin {
  let config: ResolvedConfig;
  let files: OutputFile[] = [];
  return {
    name: 'voorbij-de-like:example-edit',
    configResolved(resolved) {
      config = resolved;
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      if (config.command === 'serve')
        return `export default () => import(${JSON.stringify(`${config.base}@fs${EXAMPLE_EDIT_ENTRY}`)});`;
      files = await bundle(config.build.target);
      const entry = files.map((f) => basename(f.path)).find((name) => name.startsWith(`${EXAMPLE_EDIT_NAME}.`));
      if (!entry) throw new Error('example-edit: esbuild wrote no entry file');
      const url = `${config.base}${config.build.assetsDir}/${entry}`;
      return `export default () => import(/* @vite-ignore */ ${JSON.stringify(url)});`;
    },
    generateBundle() {
      if (this.environment.name !== 'client') return;
      for (const file of files)
        this.emitFile({
          type: 'asset',
          fileName: `${config.build.assetsDir}/${basename(file.path)}`,
          source: file.contents,
        });
    },
  };
}
