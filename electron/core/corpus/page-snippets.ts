// Highlighted snippets and titles for one page of search hits, on the project's connection or a search worker's.
import type Database from 'better-sqlite3';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../shared/domain/types';

const TOKENIZER = "tokenize='unicode61 remove_diacritics 2'";

export interface PageSnippet {
  id: number;
  snippet: string;
  titleHighlighted: string;
}

/**
 * snippet() over the project index costs a doclist walk per hit (seconds for a prefix query over 100,000
 * articles), so the page's texts go into a small in-memory index with the same tokenizer and the snippets come
 * from there: the same highlighting, at a cost that does not grow with the corpus. The page index reads its text
 * from the articles (external content) and is rolled back once read, before FTS5 writes it out: neither the text
 * nor the index is ever stored. A read-only connection can do this too: temporary tables are its own.
 */
export function pageSnippets(db: Database.Database, match: string, ids: number[]): PageSnippet[] {
  db.exec(`CREATE TEMP VIEW IF NOT EXISTS page_articles AS SELECT id, title, body FROM main.articles;
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.page_index USING fts5(title, body, content='page_articles', content_rowid='id', ${TOKENIZER});
    SAVEPOINT page_snippets;`);
  try {
    db.prepare(`INSERT INTO temp.page_index (rowid, title, body) SELECT id, title, body FROM articles WHERE id IN (${ids.map(() => '?').join(',')})`).run(
      ...ids,
    );
    return db
      .prepare(
        `SELECT rowid AS id, snippet(page_index, 1, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}', '…', 28) AS snippet,
          highlight(page_index, 0, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}') AS titleHighlighted
         FROM temp.page_index WHERE page_index MATCH ?`,
      )
      .all(match) as PageSnippet[];
  } finally {
    db.exec('ROLLBACK TO page_snippets; RELEASE page_snippets');
  }
}
