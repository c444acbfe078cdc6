/**
 * Prepares a built page's HTML for the search index. Astro writes compact HTML, so the text of two blocks
 * often touches (`<td>laag?</td><td>lees dan`); Pagefind would index "laag?lees" as one word and show it glued
 * in excerpts. A space after every closing block tag (and after <br>) keeps words apart; on the page itself
 * nothing changes, because only the index sees this copy.
 */

const BLOCK =
  'p|li|dt|dd|td|th|tr|h[1-6]|div|section|article|aside|header|footer|nav|figure|figcaption|caption|blockquote|summary|details|label|legend|fieldset|ul|ol|dl|table|tbody|thead|button';
const BLOCK_END = new RegExp(`(</(?:${BLOCK})>|<br\\s*/?>)(?=\\S)`, 'gi');

/**
 * Adds a space after each closing block tag that is directly followed by more markup or text.
 * @example spaceBlockBoundaries('<td>laag?</td><td>lees</td>') // '<td>laag?</td> <td>lees</td>'
 */
export function spaceBlockBoundaries(html: string): string {
  return html.replace(BLOCK_END, '$1 ');
}
