// Migration 3: coding: codebook, actors, targets, codings, memos, history.
import { installUndoTriggers } from '../../history/triggers';
import type { Migration } from './types';

const migration: Migration = {
  version: 3,
  name: 'coding: codebook, actors, targets, codings, memos, history',
  sql: `
    CREATE TABLE coders (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      color TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE TABLE variables (
      id INTEGER PRIMARY KEY,
      guid TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      definition TEXT NOT NULL DEFAULT '',
      inclusion TEXT NOT NULL DEFAULT '',
      exclusion TEXT NOT NULL DEFAULT '',
      example TEXT NOT NULL DEFAULT '',
      unit TEXT NOT NULL CHECK (unit IN ('span', 'article')),
      level TEXT NOT NULL CHECK (level IN ('nominal', 'ordinal', 'interval', 'ratio')),
      kind TEXT NOT NULL DEFAULT 'category' CHECK (kind IN ('category', 'stance', 'tone', 'quote')),
      template TEXT,
      position INTEGER NOT NULL,
      archived INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE codes (
      id INTEGER PRIMARY KEY,
      guid TEXT NOT NULL UNIQUE,
      variable_id INTEGER NOT NULL REFERENCES variables(id) ON DELETE CASCADE,
      parent_id INTEGER REFERENCES codes(id) ON DELETE CASCADE,
      label TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      numeric_code REAL,
      color TEXT NOT NULL,
      shortcut TEXT,
      position INTEGER NOT NULL,
      archived INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX codes_variable ON codes(variable_id);
    CREATE INDEX codes_parent ON codes(parent_id);
    CREATE TABLE actors (
      id INTEGER PRIMARY KEY,
      guid TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      kind TEXT NOT NULL CHECK (kind IN ('person', 'government', 'organization', 'group', 'country')),
      affiliation TEXT,
      aliases TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE targets (
      id INTEGER PRIMARY KEY,
      guid TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      description TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE codings (
      id INTEGER PRIMARY KEY,
      guid TEXT NOT NULL UNIQUE,
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      coder_id INTEGER NOT NULL REFERENCES coders(id),
      variable_id INTEGER NOT NULL REFERENCES variables(id) ON DELETE CASCADE,
      code_id INTEGER REFERENCES codes(id) ON DELETE CASCADE,
      start INTEGER,
      end INTEGER,
      actor_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
      target_id INTEGER REFERENCES targets(id) ON DELETE SET NULL,
      memo TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK ((start IS NULL AND end IS NULL) OR (start >= 0 AND end > start))
    );
    CREATE INDEX codings_article ON codings(article_id, coder_id);
    CREATE INDEX codings_code ON codings(code_id);
    CREATE INDEX codings_variable ON codings(variable_id);
    CREATE INDEX codings_actor ON codings(actor_id);
    CREATE TABLE memos (
      id INTEGER PRIMARY KEY,
      article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
      text TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX memos_scope ON memos(coalesce(article_id, 0));
    CREATE TABLE quote_decisions (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      quote_key TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('accepted', 'rejected')),
      coding_id INTEGER REFERENCES codings(id) ON DELETE SET NULL,
      UNIQUE (article_id, quote_key)
    );
    CREATE TABLE dismissed_entities (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE
    );
    CREATE TABLE history_actions (
      id INTEGER PRIMARY KEY,
      label TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('done', 'undone')),
      created_at TEXT NOT NULL
    );
    CREATE TABLE history_log (
      seq INTEGER PRIMARY KEY,
      action_id INTEGER NOT NULL REFERENCES history_actions(id) ON DELETE CASCADE,
      statement TEXT NOT NULL
    );
    CREATE INDEX history_log_action ON history_log(action_id);
    CREATE TABLE history_recording (id INTEGER PRIMARY KEY CHECK (id = 1), action_id INTEGER);
    INSERT INTO history_recording (id, action_id) VALUES (1, NULL);
  `,
  up(db) {
    // The list as of this migration: a later migration that adds or changes a tracked table installs its own.
    installUndoTriggers(db, ['variables', 'codes', 'actors', 'targets', 'codings', 'memos', 'quote_decisions', 'dismissed_entities']);
  },
};

export default migration;
