import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { serveData } from './src/pipeline/vite/serve-data.ts';

// The viewer is a static site. geo/ files are imported as hashed assets; data/ (the ingest's output)
// is copied into the build as plain files under /data/ and fetched when needed.
export default defineConfig({
  plugins: [svelte(), serveData()],
  publicDir: false,
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // Every browser the atlas supports (ES2022, WebGL 2) knows <link rel="modulepreload">: no polyfill.
    modulePreload: { polyfill: false },
    // MapLibre in a chunk of its own, so the app's own code can be measured (and cached) apart from it.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl/ }] } },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
