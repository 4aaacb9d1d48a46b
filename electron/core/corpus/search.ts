// Full-text search over title and body with FTS5: bm25 ranking, highlighted snippets, library filters.
import { UserError } from '../../../shared/api/errors';
import { HIGHLIGHT_END, HIGHLIGHT_START, type ArticleFilter, type SearchHit } from '../../../shared/domain/types';
import { toFtsQuery } from '../../../shared/search/fts-query';
import type { ProjectContext } from '../project/context';
import { filterConditions, SUMMARY_COLUMNS } from './filter-sql';

// Title matches weigh more than body matches.
const RANK = 'bm25(articles_fts, 4.0, 1.0)';
const TOKENIZER = "tokenize='unicode61 remove_diacritics 2'";

function explain(query: string, error: Error): UserError {
  const detail = error.message.replace(/^fts5: /, '');
  return new UserError(`cannot search for ${JSON.stringify(query)}: ${detail} (check quotes and brackets; use "…" for phrases, word* for prefixes)`);
}

/**
 * Snippets for one page of hits. snippet() over the project index costs a doclist walk per hit (seconds for a
 * prefix query over 100,000 articles), so the page's texts go into a small in-memory index with the same
 * tokenizer and the snippets come from there: the same highlighting, at a cost that does not grow with the corpus.
 */
function pageSnippets(ctx: ProjectContext, match: string, ids: number[]): Map<number, { snippet: string; titleHighlighted: string }> {
  ctx.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.page_fts USING fts5(title, body, ${TOKENIZER}); DELETE FROM temp.page_fts;`);
  ctx.db
    .prepare(`INSERT INTO temp.page_fts (rowid, title, body) SELECT id, title, body FROM articles WHERE id IN (${ids.map(() => '?').join(',')})`)
    .run(...ids);
  const rows = ctx.db
    .prepare(
      `SELECT rowid AS id, snippet(page_fts, 1, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}', '…', 28) AS snippet,
        highlight(page_fts, 0, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}') AS titleHighlighted
       FROM temp.page_fts WHERE page_fts MATCH ?`,
    )
    .all(match) as { id: number; snippet: string; titleHighlighted: string }[];
  ctx.db.exec('DELETE FROM temp.page_fts');
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * The filter as a temporary rowid table, rebuilt only when the filter changed or anything was written since the
 * last search (SQLite's total_changes() of this connection; the app has one connection per project): paging
 * through one search reuses it. As a plain membership test (the unary +) FTS5 does not take it as a rowid
 * constraint, which it would answer with one index seek per filtered article.
 */
const filterState = new WeakMap<ProjectContext, { filter: string; changes: number }>();

const totalChanges = (ctx: ProjectContext) => ctx.db.prepare('SELECT total_changes()').pluck().get() as number;

function filterTable(ctx: ProjectContext, filter: ArticleFilter): string | null {
  const { sql, params } = filterConditions(filter);
  if (!sql.length) return null;
  const state = filterState.get(ctx);
  if (!state || state.filter !== JSON.stringify(filter) || state.changes !== totalChanges(ctx)) {
    ctx.db.exec('CREATE TEMP TABLE IF NOT EXISTS search_filter (id INTEGER PRIMARY KEY); DELETE FROM temp.search_filter;');
    ctx.db.prepare(`INSERT INTO temp.search_filter (id) SELECT a.id FROM articles a WHERE ${sql.join(' AND ')}`).run(...params);
    filterState.set(ctx, { filter: JSON.stringify(filter), changes: totalChanges(ctx) });
  }
  return '+articles_fts.rowid IN temp.search_filter';
}

/** After the search's own writes to temporary tables, so they do not count as changes to the corpus. */
function settleFilterState(ctx: ProjectContext) {
  const state = filterState.get(ctx);
  if (state) state.changes = totalChanges(ctx);
}

export function search(ctx: ProjectContext, query: string, filter: ArticleFilter, offset: number, limit: number): { total: number; hits: SearchHit[] } {
  const match = toFtsQuery(query);
  if (!match) return { total: 0, hits: [] };
  const where = ['articles_fts MATCH ?', filterTable(ctx, filter)].filter(Boolean).join(' AND ');
  try {
    const total = ctx.db.prepare(`SELECT count(*) FROM articles_fts WHERE ${where}`).pluck().get(match) as number;
    const ranked = ctx.db
      .prepare(`SELECT articles_fts.rowid AS id, ${RANK} AS rank FROM articles_fts WHERE ${where} ORDER BY rank LIMIT ? OFFSET ?`)
      .all(match, limit, offset) as { id: number; rank: number }[];
    if (!ranked.length) return { total, hits: [] };
    const ids = ranked.map((r) => r.id);
    const summaries = new Map(
      (ctx.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a JOIN outlets o ON o.id = a.outlet_id WHERE a.id IN (${ids.map(() => '?').join(',')})`).all(...ids) as SearchHit[]).map(
        (a) => [a.id, a],
      ),
    );
    const snippets = pageSnippets(ctx, match, ids);
    settleFilterState(ctx);
    const hits = ranked.map(({ id, rank }) => ({ ...summaries.get(id)!, rank, snippet: '', titleHighlighted: summaries.get(id)!.title, ...snippets.get(id) }));
    return { total, hits };
  } catch (error) {
    if (error instanceof Error && /fts5|syntax error|unterminated|no such column/i.test(error.message)) throw explain(query, error);
    throw error;
  }
}
