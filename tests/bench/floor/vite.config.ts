// Builds the benchmark's floor page on its own, so it never ships in the app's dist/.
// Usage: vite build --config tests/bench/floor/vite.config.ts  (writes dist-floor/, served under /floor/)
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/floor/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../../dist-floor', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
});
