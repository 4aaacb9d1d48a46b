// Full-text search over title and body with FTS5: bm25 ranking, highlighted snippets, library filters.
import { UserError } from '../../../shared/api/errors';
import { HIGHLIGHT_END, HIGHLIGHT_START, type ArticleFilter, type SearchHit } from '../../../shared/domain/types';
import { toFtsQuery } from '../../../shared/search/fts-query';
import type { ProjectContext } from '../project/context';
import { filterConditions, SUMMARY_COLUMNS } from './filter-sql';

// Title matches weigh more than body matches.
const RANK = 'bm25(articles_fts, 4.0, 1.0)';

function explain(query: string, error: Error): UserError {
  const detail = error.message.replace(/^fts5: /, '');
  return new UserError(`cannot search for ${JSON.stringify(query)}: ${detail} (check quotes and brackets; use "…" for phrases, word* for prefixes)`);
}

export function search(ctx: ProjectContext, query: string, filter: ArticleFilter, offset: number, limit: number): { total: number; hits: SearchHit[] } {
  const match = toFtsQuery(query);
  if (!match) return { total: 0, hits: [] };
  const { sql, params } = filterConditions(filter);
  const where = ['articles_fts MATCH ?', ...sql].join(' AND ');
  try {
    const total = ctx.db
      .prepare(`SELECT count(*) FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE ${where}`)
      .pluck()
      .get(match, ...params) as number;
    const hits = ctx.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS}, ${RANK} AS rank,
          snippet(articles_fts, 1, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}', '…', 28) AS snippet,
          highlight(articles_fts, 0, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}') AS titleHighlighted
         FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid JOIN outlets o ON o.id = a.outlet_id
         WHERE ${where} ORDER BY rank LIMIT ? OFFSET ?`,
      )
      .all(match, ...params, limit, offset) as SearchHit[];
    return { total, hits };
  } catch (error) {
    if (error instanceof Error && /fts5|syntax error|unterminated|no such column/i.test(error.message)) throw explain(query, error);
    throw error;
  }
}
