// Migration 7: faster bulk import. The search index is written by the import code instead of a trigger (see
// corpus/article-writer.ts), FTS5 keeps up to 16 MB of new terms in memory before writing a segment, the
// outlet index that articles_outlet_date already covers goes, and sentences are stored clustered by article
// (one b-tree instead of a table, its unique index and the AFINN index). Deleting or changing an article takes
// its old terms out of the index only if it is there (FTS5 reports a malformed database otherwise).
import type { Migration } from './types';

const migration: Migration = {
  version: 7,
  name: 'bulk import: explicit index writes, sentences clustered by article',
  sql: `
    DROP TRIGGER articles_fts_insert;
    DROP TRIGGER articles_fts_delete;
    DROP TRIGGER articles_fts_update;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
      INSERT INTO articles_fts (articles_fts, rowid, title, body)
        SELECT 'delete', old.id, old.title, old.body WHERE EXISTS (SELECT 1 FROM articles_fts_docsize WHERE id = old.id);
    END;
    CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
      INSERT INTO articles_fts (articles_fts, rowid, title, body)
        SELECT 'delete', old.id, old.title, old.body WHERE EXISTS (SELECT 1 FROM articles_fts_docsize WHERE id = old.id);
      INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
    END;
    DROP INDEX articles_outlet;
    INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 16777216);
    CREATE TABLE sentences_by_article (
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      idx INTEGER NOT NULL,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL,
      afinn_score REAL NOT NULL,
      afinn_comparative REAL NOT NULL,
      afinn_words TEXT NOT NULL,
      PRIMARY KEY (article_id, idx)
    ) WITHOUT ROWID;
    INSERT INTO sentences_by_article SELECT article_id, idx, start, end, afinn_score, afinn_comparative, afinn_words FROM sentences;
    DROP TABLE sentences;
    ALTER TABLE sentences_by_article RENAME TO sentences;
  `,
};

export default migration;
