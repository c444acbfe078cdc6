/**
 * The deck's one inline script, which must run before the first paint: it shows the slide the URL names
 * (`#/5` or `?dia=5`), so a reload does not flash slide 1 on the projector. The site's Content Security
 * Policy allows no inline script without its hash, so the pages add this script's hash with
 * `allowDeckBoot(Astro)` in their frontmatter (before the head, where the policy is written, renders).
 * Server-only.
 */
import { minifyScript, scriptHash } from '../../lib/inline-script';

/** The script text, minified, exactly as it goes into the page (its hash covers these bytes). */
export const DECK_BOOT = minifyScript(`(function () {
  var m = /^#\\/?(\\d{1,6})\\/?$/.exec(location.hash) || /[?&]dia=(\\d{1,6})(?:&|$)/.exec(location.search);
  if (!m) return;
  var slides = document.querySelectorAll('[data-deck-stage] > .slide');
  var i = Math.min(Math.max(parseInt(m[1], 10), 1), slides.length) - 1;
  if (i <= 0) return;
  slides[0].hidden = true;
  slides[0].classList.remove('is-current');
  slides[i].hidden = false;
  slides[i].classList.add('is-current');
})();`);

/** `sha256-…` of DECK_BOOT, as CSP wants it. */
export const DECK_BOOT_HASH = scriptHash(DECK_BOOT);

/** Adds the boot script's hash to the page's CSP; does nothing when the site runs without CSP. */
export function allowDeckBoot(astro: { csp?: { insertScriptHash(hash: `sha256-${string}`): void } | undefined }): void {
  try {
    astro.csp?.insertScriptHash(DECK_BOOT_HASH as `sha256-${string}`);
  } catch {
    // CSP is not enabled: inline scripts run anyway.
  }
}
