// Per-article details for streaming exports (title, outlet, date, stories, body), fetched once per article:
// the exports walk codings in article order, so one cached article is enough.
import type Database from 'better-sqlite3';

export interface ArticleDetails {
  title: string;
  outlet: string;
  publishedAt: string | null;
  /** Story names in name order, joined with "; " ('' when none). */
  stories: string;
  body: string;
}

export class ArticleLookup {
  private id = -1;
  private current: ArticleDetails | undefined;
  private readonly statement: Database.Statement;

  /** `db` must not be the connection the caller is iterating on (better-sqlite3 allows one running statement per connection). */
  constructor(db: Database.Database, withBody: boolean) {
    this.statement = db.prepare(
      `SELECT a.title, o.name AS outlet, a.published_at AS publishedAt, ${withBody ? 'a.body' : "''"} AS body,
         coalesce((SELECT group_concat(name, '; ') FROM (SELECT s.name FROM story_articles sa JOIN stories s ON s.id = sa.story_id
           WHERE sa.article_id = a.id ORDER BY s.name COLLATE NOCASE)), '') AS stories
       FROM articles a JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?`,
    );
  }

  get(articleId: number): ArticleDetails {
    if (articleId !== this.id) {
      this.current = this.statement.get(articleId) as ArticleDetails | undefined;
      this.id = articleId;
    }
    if (!this.current) throw new Error(`article ${articleId} disappeared during the export`);
    return this.current;
  }
}
