/**
 * The site's inline script, from its commented sources (Vite `?raw`), minified at build time: the theme bootstrap
 * and the service worker's registration, as one script in <head>. One script, not two: gzipped on its own, each
 * inline script pays for its own compression header and dictionary, and a lesson page's inline JS has a budget
 * (3,5 KB gzipped, tests/build/inline-js.test.ts). It is inlined and hashed for the CSP as it is here, so the
 * hash covers exactly the bytes each page carries.
 */
import { minifyScript } from '../../lib/inline-script';
import offlineSource from '../../scripts/offline-register.js?raw';
import themeSource from '../../scripts/theme-bootstrap.js?raw';

/** The theme first: it must run before the first paint; the registration only waits for `load`. */
export const headScript = minifyScript(`${themeSource}\n${offlineSource}`);
