/** The site's two inline scripts, as source text (Vite `?raw`), so they can be inlined and hashed for the CSP. */
import offlineRegister from '../../scripts/offline-register.js?raw';
import themeBootstrap from '../../scripts/theme-bootstrap.js?raw';

export { offlineRegister, themeBootstrap };
