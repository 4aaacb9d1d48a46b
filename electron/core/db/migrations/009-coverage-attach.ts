// Migration 9: passages attached to and detached from coverage rows. A computed row the analyst only attached
// passages to (or detached them from) becomes an analyst row of kind 'edit'; a detached passage is kept as a
// 'detached' mark that takes it out of its computed group. SQLite cannot change a CHECK constraint in place, so
// both tables are rebuilt (ids kept, so the undo history still points at the right rows).
import { installUndoTriggers } from '../../history/triggers';
import type { Migration } from './types';

const migration: Migration = {
  version: 9,
  name: 'coverage rows: attached and detached passages',
  sql: `
    ALTER TABLE coverage_passages RENAME TO coverage_passages_old;
    ALTER TABLE coverage_rows RENAME TO coverage_rows_old;
    CREATE TABLE coverage_rows (
      id INTEGER PRIMARY KEY,
      story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
      label TEXT,
      kind TEXT NOT NULL CHECK (kind IN ('rename', 'merge', 'split', 'add', 'edit')),
      created_at TEXT NOT NULL
    );
    CREATE TABLE coverage_passages (
      id INTEGER PRIMARY KEY,
      row_id INTEGER NOT NULL REFERENCES coverage_rows(id) ON DELETE CASCADE,
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL,
      quote_start INTEGER,
      quote_end INTEGER,
      mode TEXT NOT NULL CHECK (mode IN ('anchor', 'exact', 'detached')),
      reason TEXT,
      fact TEXT,
      CHECK (start >= 0 AND end > start)
    );
    INSERT INTO coverage_rows (id, story_id, label, kind, created_at) SELECT id, story_id, label, kind, created_at FROM coverage_rows_old;
    INSERT INTO coverage_passages (id, row_id, article_id, start, end, quote_start, quote_end, mode, reason, fact)
      SELECT id, row_id, article_id, start, end, quote_start, quote_end, mode, reason, fact FROM coverage_passages_old;
    DROP TABLE coverage_passages_old;
    DROP TABLE coverage_rows_old;
    CREATE INDEX coverage_rows_story ON coverage_rows(story_id);
    CREATE INDEX coverage_passages_row ON coverage_passages(row_id);
    CREATE INDEX coverage_passages_article ON coverage_passages(article_id);
  `,
  up(db) {
    installUndoTriggers(db, ['coverage_rows', 'coverage_passages']);
  },
};

export default migration;
