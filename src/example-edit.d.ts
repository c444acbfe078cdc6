/** The loader of the worked examples' editing code, bundled apart (src/integrations/example-edit.ts). */
declare module 'virtual:example-edit' {
  /** Imports `src/components/mdx/example/edit.ts`'s bundle. */
  const loadEdit: () => Promise<unknown>;
  export default loadEdit;
}
