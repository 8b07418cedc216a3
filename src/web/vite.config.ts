// How the web app is built: React through Vite into dist/web, every asset (USWDS's fonts and icons included)
// bundled beside it, so the served app loads nothing from another host.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The built app's folder, which the server serves. */
export const WEB_OUT_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: WEB_OUT_DIR,
    emptyOutDir: true,
    sourcemap: false,
    // USWDS's stylesheet alone is ~500 kB before compression; split vendor code from ours.
    chunkSizeWarningLimit: 1200,
  },
});
