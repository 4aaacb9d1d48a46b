// `npm start`: the desktop app where an Electron binary exists, otherwise browser mode on the default project.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function electronBinary() {
  if (process.env.FRAMEBENCH_BROWSER) return { missing: 'FRAMEBENCH_BROWSER is set' };
  try {
    const pathFile = path.join(path.dirname(require.resolve('electron/package.json')), 'path.txt');
    const binary = (existsSync(pathFile) || process.env.ELECTRON_OVERRIDE_DIST_PATH) && require('electron');
    if (typeof binary === 'string' && existsSync(binary)) {
      if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return { missing: 'no display' };
      return { binary };
    }
    return { missing: 'the Electron binary is not installed and cannot be downloaded here' };
  } catch {
    return { missing: 'the electron package is not installed' };
  }
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

if (!existsSync(path.join(root, 'out/main/index.js')) || !existsSync(path.join(root, 'out/cli/framebench.mjs'))) {
  console.error('Framebench is not built; run `npm run build` first.');
  process.exit(1);
}

/** Electron needs better-sqlite3 built for its own ABI; built once, into native/electron/. */
function electronSqliteReady() {
  if (existsSync(path.join(root, 'native/electron/better_sqlite3.node'))) return true;
  console.log('Building better-sqlite3 for Electron (once)…');
  return spawnSync(process.execPath, [path.join(root, 'scripts/rebuild-electron-sqlite.mjs')], { stdio: 'inherit' }).status === 0;
}

const electron = electronBinary();
if (electron.binary && electronSqliteReady()) {
  run(electron.binary, [root]);
} else {
  if (electron.binary) electron.missing = 'better-sqlite3 could not be built for Electron';
  console.log(`No Electron app here (${electron.missing}); starting browser mode on the default project instead.`);
  run(process.execPath, [path.join(root, 'bin/framebench.js'), 'serve', ...process.argv.slice(2)]);
}
