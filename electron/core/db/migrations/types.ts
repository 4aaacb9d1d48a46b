// A numbered schema migration. Append only: a released migration is never edited.
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Data changes that SQL alone cannot express; runs after sql, in the same transaction. */
  up?: (db: Database.Database) => void;
}
