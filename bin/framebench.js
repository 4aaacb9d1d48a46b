#!/usr/bin/env node
// The framebench command: runs the bundled CLI in out/cli (built by `npm run build`, which npm install runs).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../out/cli/framebench.mjs', import.meta.url));
if (!existsSync(cli)) {
  console.error('framebench: not built yet; run `npm run build` in the framebench folder');
  process.exit(1);
}
await import(cli);
