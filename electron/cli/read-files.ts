// Reads the files named on the command line; a folder stands for the files inside it.
import fs from 'node:fs';
import path from 'node:path';
import type { ImportSource } from '../core/import/types';

export type ReadResult = { source: ImportSource } | { file: string; error: string };

function expand(target: string): string[] {
  if (!fs.existsSync(target) || !fs.statSync(target).isDirectory()) return [target];
  return fs
    .readdirSync(target)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => expand(path.join(target, name)));
}

export function readImportFiles(targets: string[]): ReadResult[] {
  return targets.flatMap(expand).map((file) => {
    try {
      return { source: { name: path.basename(file), bytes: fs.readFileSync(file) } };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
      return { file: path.basename(file), error: `cannot read file: ${reason}` };
    }
  });
}
