// Vite builds the web app from src/web into dist/web, which the server serves. In development
// (`npm run dev:web`) it proxies /api to the server (`npm run dev`, port 3000; override with
// SAMSPIL_API_URL, e.g. SAMSPIL_API_URL=http://localhost:3100).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
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
