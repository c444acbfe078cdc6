// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { chartKits } from './src/integrations/chart-kits.ts';
import { exampleEdit } from './src/integrations/example-edit.ts';
import { harmlessWarnings } from './src/integrations/harmless-warnings.ts';
import rehypeBaseLinks from './src/lib/rehype-base-links.ts';

// The site can be hosted in a sub-folder: BASE_PATH=/cursus npm run build. SITE_URL sets the absolute origin
// used for canonical links and the workshop QR codes.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://voorbijdelike.nl';
// Stylesheets up to this size are inlined into each page as <style> (no render-blocking request): the site-wide
// sheets (layout, lessons) and the small per-page ones. The decks' larger sheet stays a cached file.
const CSS_INLINE_LIMIT = 16 * 1024;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // 'auto' inlines a stylesheet when vite.build.assetsInlineLimit (below) says so.
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // The service worker comes last: it precaches everything the build wrote, the search index included.
  integrations: [mdx(), preact(), pagefind(), serviceWorker()],
  // Preview serves the built site; tests and `npm start` use this port unless PORT says otherwise.
  server: { port: Number(process.env.PORT) || 4321, host: '127.0.0.1' },
  // Astro 5's whitespace rules: collapse whitespace between tags (Astro 7's default follows JSX rules, which
  // changes the HTML the build-output tests compare).
  compressHTML: true,
  markdown: {
    // The unified (remark/rehype) processor, so that links written in lessons as /lessen/…/ follow the base
    // path. Astro 7's default processor (Sätteri) runs no rehype plugins.
    processor: unified({ rehypePlugins: [[rehypeBaseLinks, { base }]] }),
    // Shiki colours code with inline style attributes, which the CSP forbids; the course shows no code.
    syntaxHighlight: false,
  },
  vite: {
    // A quiet build: two warnings that say nothing about this site are dropped (harmless-warnings.ts says why);
    // any other warning is printed, and `npm test` fails on it unless build-warnings.allowed.json lists it.
    // chartKits: each chart kit (bars, radar, line) carries only the chart.js helpers it uses (chart-kits.ts).
    // exampleEdit: the worked examples' editing code is bundled apart from the site's chunks (example-edit.ts).
    plugins: [harmlessWarnings(), chartKits(), exampleEdit()],
    // terser squeezes chart.js a little further than esbuild: it keeps calculator pages within budget.
    build: {
      // CSS: inline up to CSS_INLINE_LIMIT; everything else (scripts, images) keeps the default 4 KB rule.
      assetsInlineLimit: (file, content) => (file.endsWith('.css') ? content.length <= CSS_INLINE_LIMIT : undefined),
      minify: 'terser',
      terserOptions: { compress: { passes: 2 }, format: { comments: false } },
      // Layout must hold on iPhones that stopped at iOS 15: with Vite 8's default CSS target, media queries
      // come out in range syntax (`width<=34rem`), which Safari before 16.4 ignores. Scripts keep Vite's
      // default target; islands are an addition to pages that read fine without them (README, "Browsers").
      cssTarget: ['chrome111', 'edge111', 'firefox114', 'safari15', 'ios15'],
    },
  },
  devToolbar: { enabled: false },
  prefetch: false,
  security: {
    // A strict Content Security Policy as a <meta> tag on every page: scripts and styles only from this site
    // or with a build-time hash, never 'unsafe-inline'. 'wasm-unsafe-eval' lets Pagefind run its WebAssembly.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
