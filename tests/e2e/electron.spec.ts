// The desktop app through Playwright's Electron driver; skipped, with the reason, where no Electron binary exists.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

function electronBinary(): { path?: string; reason?: string } {
  const pathFile = path.join(path.dirname(require.resolve('electron/package.json')), 'path.txt');
  if (!fs.existsSync(pathFile) && !process.env.ELECTRON_OVERRIDE_DIST_PATH) return { reason: 'no Electron binary is installed (it cannot be downloaded here)' };
  const binary = require('electron') as string;
  if (!fs.existsSync(binary)) return { reason: `Electron binary missing at ${binary}` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return { reason: 'no display (run under xvfb-run)' };
  if (!fs.existsSync(path.join(root, 'native/electron/better_sqlite3.node'))) return { reason: 'better-sqlite3 is not built for Electron (node scripts/rebuild-electron-sqlite.mjs)' };
  return { path: binary };
}

const binary = electronBinary();

test.describe('desktop app (Electron)', () => {
  test.skip(!binary.path, binary.reason ?? '');

  test('opens on the default project with the sample corpus, with window.api and no Node in the page', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'framebench-electron-'));
    const app = await electron.launch({ executablePath: binary.path, args: [root], env: { ...process.env, FRAMEBENCH_DATA_DIR: dataDir } });
    try {
      const window = await app.firstWindow();
      await expect(window).toHaveTitle('Framebench');
      const info = await window.evaluate(async () => (window as unknown as { api: { call: (m: string, a: unknown) => Promise<{ result: { counts: { articles: number } } }> } }).api.call('project.info', {}));
      expect(info.result.counts.articles).toBe(11);
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      await expect(window.getByText('Meridian Wire').first()).toBeVisible({ timeout: 15_000 });
      expect(fs.existsSync(path.join(dataDir, 'default.framebench'))).toBe(true);
    } finally {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
