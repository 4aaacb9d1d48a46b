// Builds better-sqlite3 for the installed Electron's ABI into native/electron/, leaving the Node build that the
// CLI, browser mode and tests use untouched. Needs Electron's headers (downloaded by node-gyp) and a compiler.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const source = path.dirname(require.resolve('better-sqlite3/package.json'));
const target = path.join(root, 'native/electron/better_sqlite3.node');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'framebench-electron-sqlite-'));

try {
  fs.cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });
  const nodeGyp = path.join(path.dirname(require.resolve('node-gyp/package.json')), 'bin/node-gyp.js');
  execFileSync(
    process.execPath,
    [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    { cwd: work, stdio: 'inherit' },
  );
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(path.join(work, 'build/Release/better_sqlite3.node'), target);
  console.log(`built better-sqlite3 for Electron ${electronVersion}: ${path.relative(root, target)}`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
