/**
 * One line above the result when the page's link was not used as written (a value given twice, an unknown
 * preset, a value too long): the reader knows which numbers are the link's and which are the defaults.
 * The text comes from `linkNotice` (src/lib/calculators/url-state.ts) and is rendered as text, never HTML.
 */
export function LinkNotice({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p class="calc__warning calc__qualifier" role="status" data-testid="link-notice">
      {text}
    </p>
  );
}
