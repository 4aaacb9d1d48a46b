// Migration 1: corpus.
import type { Migration } from './types';

const migration: Migration = {
  version: 1,
  name: 'corpus',
  sql: `
    CREATE TABLE outlets (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      country TEXT,
      notes TEXT
    );
    CREATE TABLE articles (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL,
      outlet_id INTEGER NOT NULL REFERENCES outlets(id),
      author TEXT,
      published_at TEXT,
      url TEXT,
      language TEXT,
      body TEXT NOT NULL,
      source_file TEXT,
      content_hash TEXT NOT NULL UNIQUE,
      imported_at TEXT NOT NULL
    );
    CREATE INDEX articles_outlet ON articles(outlet_id);
    CREATE INDEX articles_published ON articles(published_at);
    CREATE TABLE stories (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      description TEXT,
      created_at TEXT NOT NULL
    );
    CREATE TABLE story_articles (
      story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      PRIMARY KEY (story_id, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX story_articles_article ON story_articles(article_id);
    CREATE TABLE sentences (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      idx INTEGER NOT NULL,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL,
      afinn_score REAL NOT NULL,
      afinn_comparative REAL NOT NULL,
      afinn_words TEXT NOT NULL,
      UNIQUE (article_id, idx)
    );
    CREATE VIRTUAL TABLE articles_fts USING fts5(
      title, body, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
      INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
      INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    END;
    CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
      INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
      INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END;
  `,
};

export default migration;
