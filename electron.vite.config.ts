// One build for the Electron main process, the sandboxed preload (CommonJS, as sandboxing requires) and the React renderer.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Each worker is its own entry, a sibling of index.js (see electron/core/workers.ts).
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'prepare-worker': resolve('electron/core/import/prepare-worker.ts'),
          'search-worker': resolve('electron/core/corpus/search-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
