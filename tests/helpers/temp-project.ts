// Real project files in temp folders for core tests; removed after each test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { closeProject, openProject, type ProjectContext } from '../../electron/core/project/context';
import { createProjectFile } from '../../electron/core/project/session';

const cleanups: (() => void)[] = [];

afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'framebench-test-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function tempProject(options: { sample?: boolean } = {}): ProjectContext {
  const ctx = createProjectFile(path.join(tempDir(), 'test.framebench'), options);
  cleanups.push(() => closeProject(ctx));
  return ctx;
}

export function reopen(ctx: ProjectContext): ProjectContext {
  closeProject(ctx);
  const again = openProject(ctx.path, { mustExist: true });
  cleanups.push(() => closeProject(again));
  return again;
}

export function count(db: Database.Database, table: string): number {
  return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

export const source = (name: string, content: string | Uint8Array) => ({
  name,
  bytes: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
});
