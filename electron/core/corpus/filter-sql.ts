// SQL for the article filter shared by the library list, search and samples. Each part of a filter is a rowid
// set answered from an index, so a filter never reads article rows (and their long bodies).
import type { ArticleFilter } from '../../../shared/domain/types';

/** One `SELECT id …` per part of the filter; the filter is their intersection. */
function filterSets(filter: ArticleFilter): { sql: string[]; params: (string | number)[] } {
  const sql: string[] = [];
  const params: (string | number)[] = [];
  if (filter.outletIds?.length) {
    sql.push(`SELECT id FROM articles WHERE outlet_id IN (${filter.outletIds.map(() => '?').join(', ')})`);
    params.push(...filter.outletIds);
  }
  if (filter.storyId !== undefined) {
    sql.push('SELECT article_id FROM story_articles WHERE story_id = ?');
    params.push(filter.storyId);
  }
  if (filter.dateFrom || filter.dateTo) {
    sql.push('SELECT id FROM articles WHERE published_at BETWEEN ? AND ?');
    params.push(filter.dateFrom ?? '0000-00-00', filter.dateTo ?? '9999-99-99');
  }
  return { sql, params };
}

export function filterConditions(filter: ArticleFilter, idColumn = 'a.id'): { sql: string[]; params: (string | number)[] } {
  const { sql, params } = filterSets(filter);
  return { sql: sql.map((set) => `${idColumn} IN (${set})`), params };
}

/** The ids of the articles the filter selects; null for an empty filter (every article). */
export function filterIds(filter: ArticleFilter): { sql: string; params: (string | number)[] } | null {
  const { sql, params } = filterSets(filter);
  return sql.length ? { sql: sql.join(' INTERSECT '), params } : null;
}

export const SUMMARY_COLUMNS = `a.id, a.title, a.outlet_id AS outletId, o.name AS outlet, a.author,
  a.published_at AS publishedAt, a.word_count AS wordCount`;
