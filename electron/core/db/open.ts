// Opens a project file (or ':memory:') with WAL and foreign keys, and migrates it.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { UserError } from '../../../shared/api/errors';
import { bindingOptions } from './binding';
import { assertNotNewer, migrate } from './migrate';

export const PROJECT_EXTENSION = '.framebench';

export interface OpenOptions {
  /** Refuse to create a file that does not exist yet. */
  mustExist?: boolean;
  /** Stop migrating at this version (tests seed older files with it). */
  upTo?: number;
}

function assertSqliteFile(path: string) {
  const fd = fs.openSync(path, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = fs.readSync(fd, header, 0, 16, 0);
    if (read > 0 && header.toString('latin1', 0, 15) !== 'SQLite format 3') {
      throw new UserError(`${path} is not a Framebench project file`);
    }
  } finally {
    fs.closeSync(fd);
  }
}

export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  const inMemory = path === ':memory:';
  if (!inMemory) {
    const exists = fs.existsSync(path);
    if (options.mustExist && !exists) throw new UserError(`no project file at ${path}`);
    if (exists) {
      if (fs.statSync(path).isDirectory()) throw new UserError(`${path} is a folder, not a project file`);
      assertSqliteFile(path);
    }
  }
  let db: Database.Database;
  try {
    db = new Database(path, bindingOptions());
  } catch (error) {
    throw new UserError(`cannot open ${path}: ${(error as Error).message}`);
  }
  try {
    assertNotNewer(db);
    if (!inMemory) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    migrate(db, options.upTo);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot open ${path}: ${(error as Error).message}`);
  }
}
