// Migration 8: the review can settle a unit as "(none)". Such a settlement is not a coding (the consensus coder has
// no coding there, so the report and the exports see no code), so it is kept in a table of its own: one row per
// unit, the sentence's span as the consensus coding would have it, or no span for an article-level unit.
import { installUndoTriggers } from '../../history/triggers';
import type { Migration } from './types';

const migration: Migration = {
  version: 8,
  name: 'review: units settled as (none)',
  sql: `
    CREATE TABLE consensus_none (
      id INTEGER PRIMARY KEY,
      variable_id INTEGER NOT NULL REFERENCES variables(id) ON DELETE CASCADE,
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      start INTEGER,
      end INTEGER,
      created_at TEXT NOT NULL,
      CHECK ((start IS NULL AND end IS NULL) OR (start >= 0 AND end > start))
    );
    CREATE UNIQUE INDEX consensus_none_unit ON consensus_none(variable_id, article_id, ifnull(start, -1), ifnull(end, -1));
  `,
  up(db) {
    installUndoTriggers(db, ['consensus_none']);
  },
};

export default migration;
