// Migration 5: team coding and reliability: consensus coder, reliability samples, merge log.
import type { Migration } from './types';

const migration: Migration = {
  version: 5,
  name: 'team coding and reliability',
  sql: `
    ALTER TABLE coders ADD COLUMN is_consensus INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE reliability_samples (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      seed INTEGER,
      filter TEXT,
      size INTEGER,
      created_at TEXT NOT NULL
    );
    CREATE TABLE reliability_sample_articles (
      sample_id INTEGER NOT NULL REFERENCES reliability_samples(id) ON DELETE CASCADE,
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      PRIMARY KEY (sample_id, article_id)
    ) WITHOUT ROWID;
    CREATE TABLE merges (
      id INTEGER PRIMARY KEY,
      source_file TEXT NOT NULL,
      merged_at TEXT NOT NULL,
      codings_added INTEGER NOT NULL,
      unmatched TEXT NOT NULL
    );
  `,
};

export default migration;
