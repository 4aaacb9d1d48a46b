// SQL conditions for the article filter shared by the library list and search (alias `a` is articles).
import type { ArticleFilter } from '../../../shared/domain/types';

export function filterConditions(filter: ArticleFilter): { sql: string[]; params: (string | number)[] } {
  const sql: string[] = [];
  const params: (string | number)[] = [];
  if (filter.outletIds?.length) {
    sql.push(`a.outlet_id IN (${filter.outletIds.map(() => '?').join(', ')})`);
    params.push(...filter.outletIds);
  }
  if (filter.storyId !== undefined) {
    sql.push('a.id IN (SELECT article_id FROM story_articles WHERE story_id = ?)');
    params.push(filter.storyId);
  }
  if (filter.dateFrom) {
    sql.push('a.published_at >= ?');
    params.push(filter.dateFrom);
  }
  if (filter.dateTo) {
    sql.push('a.published_at <= ?');
    params.push(filter.dateTo);
  }
  return { sql, params };
}

export const SUMMARY_COLUMNS = `a.id, a.title, a.outlet_id AS outletId, o.name AS outlet, a.author,
  a.published_at AS publishedAt, a.word_count AS wordCount`;
