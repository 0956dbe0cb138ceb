// Vite builds the web app from src/web into dist/web, which the server serves. In development
// (`npm run dev:web`) it proxies /api to the server (`npm run dev`, port 3000; override with
// SAMSPIL_API_URL, e.g. SAMSPIL_API_URL=http://localhost:3100).
// After the build, every compressible file gets brotli and gzip siblings (.br, .gz) that the
// server sends as they are (src/server/platform/precompress.ts and web.ts).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompressDir } from './src/server/platform/precompress';

const root = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

/** Writes the .br and .gz siblings once the bundle is on disk (build only). */
function precompress(): Plugin {
  return {
    name: 'samspil-precompress',
    apply: 'build',
    async closeBundle() {
      const { files, siblings } = await precompressDir(outDir);
      this.info(`precompressed ${files} files (${siblings} .br/.gz siblings)`);
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: { '/api': process.env.SAMSPIL_API_URL ?? 'http://localhost:3000' },
  },
});
