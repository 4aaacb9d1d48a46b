// Brings a project file up to the current schema, recording the version in SQLite's user_version.
import type Database from 'better-sqlite3';
import { UserError } from '../../../shared/api/errors';
import { latestVersion, migrations, type Migration } from './migrations';

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Checked before anything is written, so a newer file is left exactly as it was. */
export function assertNotNewer(db: Database.Database) {
  const current = schemaVersion(db);
  if (current > latestVersion) {
    throw new UserError(
      `this project was written by a newer Framebench (schema ${current}, this version reads up to ${latestVersion}); update Framebench to open it`,
    );
  }
}

export function migrate(db: Database.Database, upTo: number = latestVersion, list: Migration[] = migrations): number {
  assertNotNewer(db);
  const current = schemaVersion(db);
  const pending = list.filter((m) => m.version > current && m.version <= upTo);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      m.up?.(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return schemaVersion(db);
}
