// The project the app opens on first start: default.framebench in the user's data folder, with the sample corpus.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openProject, type ProjectContext } from './context';
import { createProjectFile } from './session';

/** The same folder Electron's app.getPath('userData') gives for an app named Framebench. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.FRAMEBENCH_DATA_DIR) return path.resolve(env.FRAMEBENCH_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Framebench');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Framebench');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Framebench');
}

export function openDefaultProject(dataDir: string = defaultDataDir()): ProjectContext {
  const file = path.join(dataDir, 'default.framebench');
  return fs.existsSync(file) ? openProject(file, { mustExist: true }) : createProjectFile(file, { sample: true });
}
