/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig gives tests the same Vite setup as the site (import.meta.env.BASE_URL, the Preact JSX transform).
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/build/**/*.test.ts'],
    environment: 'node',
    globals: false,
    // One worker per core, reused across files: starting a fresh one per file cost ~2 s a file (59 files).
    // Tests reset what they share (stores, storage, stubbed env) in their own hooks.
    pool: 'threads',
    isolate: false,
  },
});
