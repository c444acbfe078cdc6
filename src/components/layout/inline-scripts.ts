/**
 * The site's two inline scripts, from their commented sources (Vite `?raw`), minified at build time. They are
 * inlined and hashed for the CSP as they are here, so the hash covers exactly the bytes each page carries.
 */
import { minifyScript } from '../../lib/inline-script';
import offlineSource from '../../scripts/offline-register.js?raw';
import themeSource from '../../scripts/theme-bootstrap.js?raw';

export const offlineRegister = minifyScript(offlineSource);
export const themeBootstrap = minifyScript(themeSource);
