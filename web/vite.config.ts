// The web app is a static bundle the server serves at / under its strict Content-Security-Policy
// (no inline scripts, nothing from another origin), so the build emits same-origin files only.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

// Brotli and gzip copies written beside each text asset once, at build: the server sends the one the
// browser accepts (@fastify/static preCompressed) instead of compressing the 4 MB viewer chunk per request.
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'corelab-precompress',
    apply: 'build',
    configResolved: (config) => void (outDir = path.resolve(config.root, config.build.outDir)),
    writeBundle: {
      sequential: true,
      handler() {
        const walk = (dir: string): string[] =>
          fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
        for (const file of walk(outDir).filter((f) => /\.(js|css|html|svg|json|wasm)$/.test(f))) {
          const bytes = fs.readFileSync(file);
          if (bytes.length < 1024) continue;
          fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
          fs.writeFileSync(`${file}.gz`, zlib.gzipSync(bytes, { level: 9 }));
        }
      },
    },
  };
}

export default defineConfig({
  plugins: [precompress()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, modulePreload: { polyfill: false } },
  // `npm run dev -w web` next to `corelab demo` (PORT=8080) for live reloading.
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
