// Bundles the CLI (and the browser-mode server it starts) for Node into out/cli; npm packages stay external.
import { build } from 'esbuild';

await build({
  // Each worker is its own entry, a sibling of framebench.mjs (see electron/core/workers.ts).
  entryPoints: {
    framebench: 'electron/cli/index.ts',
    'prepare-worker': 'electron/core/import/prepare-worker.ts',
    'search-worker': 'electron/core/corpus/search-worker.ts',
  },
  outdir: 'out/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
