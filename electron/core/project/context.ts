// The project context: one open project file, passed to every service (no module-level singletons).
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase, type OpenOptions } from '../db/open';

export interface ProjectContext {
  db: Database.Database;
  /** Absolute path of the project file, or ':memory:'. */
  path: string;
  now: () => Date;
}

export function openProject(file: string, options: OpenOptions = {}): ProjectContext {
  const resolved = file === ':memory:' ? file : path.resolve(file);
  return { db: openDatabase(resolved, options), path: resolved, now: () => new Date() };
}

const closeHooks = new WeakMap<ProjectContext, (() => void)[]>();

/** Runs `release` when the project closes (services that hold more than the connection: worker threads). */
export function onClose(ctx: ProjectContext, release: () => void) {
  closeHooks.set(ctx, [...(closeHooks.get(ctx) ?? []), release]);
}

export function closeProject(ctx: ProjectContext) {
  for (const release of closeHooks.get(ctx) ?? []) release();
  closeHooks.delete(ctx);
  if (ctx.db.open) ctx.db.close();
}
