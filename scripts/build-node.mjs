// Bundles the CLI (and the browser-mode server it starts) for Node into out/cli; npm packages stay external.
import { build } from 'esbuild';

await build({
  // The import worker is its own entry, a sibling of framebench.mjs (see electron/core/import/prepare-pool.ts).
  entryPoints: { framebench: 'electron/cli/index.ts', 'prepare-worker': 'electron/core/import/prepare-worker.ts' },
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
