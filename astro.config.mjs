// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';

// The site can be hosted in a sub-folder: BASE_PATH=/cursus npm run build. SITE_URL sets the absolute origin
// used for canonical links and the workshop QR codes.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://voorbijdelike.nl';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact(), pagefind()],
  // Preview serves the built site; tests and `npm start` use this port unless PORT says otherwise.
  server: { port: Number(process.env.PORT) || 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  prefetch: false,
});
