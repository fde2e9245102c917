/**
 * Vite build of the renderer: root renderer/, output dist/renderer/, and a relative base so
 * the same build loads from Electron's custom protocol, from a file, or from `npm run web`.
 * Templates (starters, agenda, catalogs, fonts) are imported by the renderer at build time.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  // Fonts for the exporters are fetched as files only when exporting: never inlined as base64.
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome120',
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
    // The workshop room's participant page is a second, tiny entry that shares no code with the app.
    rolldownOptions: {
      input: { main: fileURLToPath(new URL('./renderer/index.html', import.meta.url)), participant: fileURLToPath(new URL('./renderer/participant/index.html', import.meta.url)) },
    },
  },
  worker: { format: 'es' },
  server: {
    host: '127.0.0.1',
    // The renderer imports shared/ and templates/ from outside its root.
    fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] },
  },
  preview: { host: '127.0.0.1' },
});
