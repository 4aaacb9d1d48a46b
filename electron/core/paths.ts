// Where the package's own files are, whether running from source (tsx, vitest) or from the build in out/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'framebench') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the framebench package folder');
    dir = parent;
  }
}

export const packageRoot = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));
export const resourcesDir = path.join(packageRoot, 'resources');
export const rendererDir = path.join(packageRoot, 'out', 'renderer');
