// Starts one of the engine's worker threads. Bundled, a worker is its own entry, a sibling of the bundle that
// starts it (see electron.vite.config.ts and scripts/build-node.mjs); from the TypeScript sources (tests,
// benchmarks) it loads them through tsx.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** `entry` is the worker's path under electron/core without extension, e.g. 'import/prepare-worker'. */
export function startWorker(entry: string, options: WorkerOptions = {}): Worker | null {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const source = JSON.stringify(new URL(`./${entry}.ts`, here).href);
    return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${source}); });`, { ...options, eval: true });
  }
  const bundled = new URL(`./${path.basename(entry)}${path.extname(fileURLToPath(here))}`, here);
  return fs.existsSync(bundled) ? new Worker(bundled, options) : null;
}
