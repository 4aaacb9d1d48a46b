// SQL for the article filter shared by the library list, search and samples. Each part of a filter is a rowid
// set answered from an index, so a filter never reads article rows (and their long bodies).
import type { ArticleFilter } from '../../../shared/domain/types';

/** A stretch of article ids, from low to high, both included. */
export type IdRange = { low: number; high: number };

/**
 * One `SELECT id …` per part of the filter; the filter is their intersection. `within` limits every part to a
 * stretch of ids (SQLite does not carry a range on the intersection into its parts).
 */
function filterSets(filter: ArticleFilter, within?: IdRange): { sql: string[]; params: (string | number)[] } {
  const sql: string[] = [];
  const params: (string | number)[] = [];
  const part = (select: string, idColumn: string, values: (string | number)[]) => {
    sql.push(within ? `${select} AND ${idColumn} BETWEEN ? AND ?` : select);
    params.push(...values, ...(within ? [within.low, within.high] : []));
  };
  if (filter.outletIds?.length) {
    part(`SELECT id FROM articles WHERE outlet_id IN (${filter.outletIds.map(() => '?').join(', ')})`, 'id', filter.outletIds);
  }
  if (filter.storyId !== undefined) part('SELECT article_id FROM story_articles WHERE story_id = ?', 'article_id', [filter.storyId]);
  if (filter.dateFrom || filter.dateTo) {
    part('SELECT id FROM articles WHERE published_at BETWEEN ? AND ?', 'id', [filter.dateFrom ?? '0000-00-00', filter.dateTo ?? '9999-99-99']);
  }
  return { sql, params };
}

export function filterConditions(filter: ArticleFilter, idColumn = 'a.id'): { sql: string[]; params: (string | number)[] } {
  const { sql, params } = filterSets(filter);
  return { sql: sql.map((set) => `${idColumn} IN (${set})`), params };
}

/** The ids of the articles the filter selects (within a stretch of ids, when given); null for an empty filter (every article). */
export function filterIds(filter: ArticleFilter, within?: IdRange): { sql: string; params: (string | number)[] } | null {
  const { sql, params } = filterSets(filter, within);
  return sql.length ? { sql: sql.join(' INTERSECT '), params } : null;
}

export const SUMMARY_COLUMNS = `a.id, a.title, a.outlet_id AS outletId, o.name AS outlet, a.author,
  a.published_at AS publishedAt, a.word_count AS wordCount`;
