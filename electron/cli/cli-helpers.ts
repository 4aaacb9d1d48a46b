// Shared by the CLI's commands: opening the project for one command, option parsers, name lookups.
import { InvalidArgumentError } from 'commander';
import { UserError } from '../../shared/api/errors';
import { listOutlets } from '../core/corpus/outlets';
import { listStories } from '../core/corpus/stories';
import { closeProject, openProject, type ProjectContext } from '../core/project/context';

export function withProject<T>(file: string, work: (ctx: ProjectContext) => T): T {
  const ctx = openProject(file, { mustExist: true });
  try {
    return work(ctx);
  } finally {
    closeProject(ctx);
  }
}

export async function withProjectAsync<T>(file: string, work: (ctx: ProjectContext) => Promise<T>): Promise<T> {
  const ctx = openProject(file, { mustExist: true });
  try {
    return await work(ctx);
  } finally {
    closeProject(ctx);
  }
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a whole number');
  return n;
}

export function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}

export function outletIds(ctx: ProjectContext, names: string[] | undefined): number[] | undefined {
  if (!names?.length) return undefined;
  const outlets = listOutlets(ctx);
  return names.map((name) => {
    const found = outlets.find((o) => o.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new UserError(`no outlet named "${name}" (try: framebench info --project FILE --json)`);
    return found.id;
  });
}

export function storyId(ctx: ProjectContext, name: string | undefined): number | undefined {
  if (!name) return undefined;
  const found = listStories(ctx).find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!found) throw new UserError(`no story named "${name}"`);
  return found.id;
}
