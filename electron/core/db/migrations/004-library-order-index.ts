// Migration 4: library order index.
import type { Migration } from './types';

const migration: Migration = {
  version: 4,
  name: 'library order index',
  // SQLite sorts NULL lowest, so DESC puts undated articles last and can walk this index backwards.
  sql: `
    DROP INDEX articles_published;
    CREATE INDEX articles_published ON articles(published_at, id);
  `,
};

export default migration;
