// The web app is a static bundle the server serves at / under its strict Content-Security-Policy
// (no inline scripts, nothing from another origin), so the build emits same-origin files only.
import { defineConfig } from 'vite';

export default defineConfig({
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, modulePreload: { polyfill: false } },
  // `npm run dev -w web` next to `corelab demo` (PORT=8080) for live reloading.
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
