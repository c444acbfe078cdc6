/**
 * The live examples' loader as an island, for the workshop deck: it renders nothing and, once hydrated
 * (`client:idle`: an island with no content is never "visible"), imports `live.ts`. The deck counts islands apart from its own
 * script, and the reading page uses the lighter plain script in `ExampleLive.astro` instead.
 */
import { useEffect } from 'preact/hooks';

/** Enhances the page's live examples once. */
export default function ExampleLoader() {
  useEffect(() => {
    void import('./live').then((m) => m.enhanceExamples());
  }, []);
  return null;
}
