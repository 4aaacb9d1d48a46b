// Migration 6: outlet comparison: the analyst's coverage-matrix rows, and indexes for per-outlet aggregates.
import { installUndoTriggers } from '../../history/triggers';
import type { Migration } from './types';

const migration: Migration = {
  version: 6,
  name: 'outlet comparison: coverage rows and aggregate indexes',
  sql: `
    CREATE TABLE coverage_rows (
      id INTEGER PRIMARY KEY,
      story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
      label TEXT,
      kind TEXT NOT NULL CHECK (kind IN ('rename', 'merge', 'split', 'add')),
      created_at TEXT NOT NULL
    );
    CREATE INDEX coverage_rows_story ON coverage_rows(story_id);
    CREATE TABLE coverage_passages (
      id INTEGER PRIMARY KEY,
      row_id INTEGER NOT NULL REFERENCES coverage_rows(id) ON DELETE CASCADE,
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL,
      quote_start INTEGER,
      quote_end INTEGER,
      mode TEXT NOT NULL CHECK (mode IN ('anchor', 'exact')),
      reason TEXT,
      fact TEXT,
      CHECK (start >= 0 AND end > start)
    );
    CREATE INDEX coverage_passages_row ON coverage_passages(row_id);
    CREATE INDEX coverage_passages_article ON coverage_passages(article_id);
    CREATE INDEX codings_variable_article ON codings(variable_id, article_id, code_id, actor_id, coder_id);
    CREATE INDEX codings_variable_target ON codings(variable_id, target_id, article_id, actor_id, code_id, coder_id);
    CREATE INDEX articles_outlet_date ON articles(outlet_id, published_at);
    CREATE INDEX sentences_afinn ON sentences(article_id, afinn_score, afinn_comparative);
  `,
  up(db) {
    installUndoTriggers(db, ['coverage_rows', 'coverage_passages']);
  },
};

export default migration;
