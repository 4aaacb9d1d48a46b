// Writes one new article: its row, its search-index entry and its scored sentences. The index entry is written
// here rather than by an insert trigger because FTS5 writes its pending terms to disk at every statement
// savepoint, and an insert that fires a trigger opens one: fed by a trigger, the index grew one tiny segment per
// article and a bulk import took twice as long.
import type { PreparedArticle } from '../import/prepare';
import type { ProjectContext } from '../project/context';

export interface ArticleRecord extends Omit<PreparedArticle, 'outlet' | 'title' | 'publishedAt'> {
  title: string;
  outletId: number;
  publishedAt: string | null;
  sourceFile: string;
  importedAt: string;
}

export function articleWriter(ctx: ProjectContext): (record: ArticleRecord) => number {
  const article = ctx.db.prepare(
    `INSERT INTO articles (title, outlet_id, author, published_at, url, language, body, source_file, content_hash, imported_at, word_count)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const index = ctx.db.prepare('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)');
  const sentences = ctx.db.prepare('INSERT INTO article_sentences (article_id, data, sentences, afinn_score, afinn_comparative_sum) VALUES (?, ?, ?, ?, ?)');
  return (r) => {
    const id = Number(
      article.run(r.title, r.outletId, r.author ?? null, r.publishedAt, r.url ?? null, r.language ?? null, r.body, r.sourceFile, r.hash, r.importedAt, r.wordCount)
        .lastInsertRowid,
    );
    index.run(id, r.title, r.body);
    sentences.run(id, r.sentences, r.tone.sentences, r.tone.score, r.tone.comparativeSum);
    return id;
  };
}
