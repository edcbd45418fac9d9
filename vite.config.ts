// Builds the window (src-renderer) into dist-renderer/, which `archivist serve` and the Electron shell
// serve as static files. No inline scripts: the page's CSP allows scripts from 'self' only.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./src-renderer', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist-renderer', import.meta.url)),
    emptyOutDir: true,
    // Keeps every asset a file (fonts included): a data: URL would need a looser CSP.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
    // The Markdown, math and highlighting chunk is large but loads only when a message is shown.
    chunkSizeWarningLimit: 700,
  },
});
