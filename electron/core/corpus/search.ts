// Full-text search over title and body with FTS5: bm25 ranking, highlighted snippets, library filters.
import { UserError } from '../../../shared/api/errors';
import { HIGHLIGHT_END, HIGHLIGHT_START, type ArticleFilter, type SearchHit } from '../../../shared/domain/types';
import { toFtsQuery } from '../../../shared/search/fts-query';
import type { ProjectContext } from '../project/context';
import { filterIds, SUMMARY_COLUMNS } from './filter-sql';

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
 * The page index reads its text from the articles (external content) and is rolled back once read, before FTS5
 * writes it out: neither the text nor the index is ever stored.
 */
function pageSnippets(ctx: ProjectContext, match: string, ids: number[]): Map<number, { snippet: string; titleHighlighted: string }> {
  ctx.db.exec(`CREATE TEMP VIEW IF NOT EXISTS page_articles AS SELECT id, title, body FROM main.articles;
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.page_index USING fts5(title, body, content='page_articles', content_rowid='id', ${TOKENIZER});
    SAVEPOINT page_snippets;`);
  try {
    ctx.db
      .prepare(`INSERT INTO temp.page_index (rowid, title, body) SELECT id, title, body FROM articles WHERE id IN (${ids.map(() => '?').join(',')})`)
      .run(...ids);
    const rows = ctx.db
      .prepare(
        `SELECT rowid AS id, snippet(page_index, 1, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}', '…', 28) AS snippet,
          highlight(page_index, 0, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}') AS titleHighlighted
         FROM temp.page_index WHERE page_index MATCH ?`,
      )
      .all(match) as { id: number; snippet: string; titleHighlighted: string }[];
    return new Map(rows.map((r) => [r.id, r]));
  } finally {
    ctx.db.exec('ROLLBACK TO page_snippets; RELEASE page_snippets');
  }
}

/**
 * The filter as a temporary rowid table, rebuilt only when the filter changed or anything was written since the
 * last search (SQLite's total_changes() of this connection; the app has one connection per project): paging
 * through one search reuses it. As a plain membership test (the unary +) FTS5 does not take it as a rowid
 * constraint, which it would answer with one index seek per filtered article. Its lowest and highest id do go to
 * FTS5 as a rowid range: a story's articles, imported together, lie close, and FTS5 then reads only that stretch
 * of each term's list.
 */
const filterState = new WeakMap<ProjectContext, { filter: string; changes: number; condition: string }>();

const totalChanges = (ctx: ProjectContext) => ctx.db.prepare('SELECT total_changes()').pluck().get() as number;

function filterTable(ctx: ProjectContext, filter: ArticleFilter): string | null {
  const ids = filterIds(filter);
  if (!ids) return null;
  const key = JSON.stringify(filter);
  const state = filterState.get(ctx);
  if (state && state.filter === key && state.changes === totalChanges(ctx)) return state.condition;
  ctx.db.exec('CREATE TEMP TABLE IF NOT EXISTS search_filter (id INTEGER PRIMARY KEY); DELETE FROM temp.search_filter;');
  ctx.db.prepare(`INSERT INTO temp.search_filter (id) ${ids.sql}`).run(...ids.params);
  const range = ctx.db.prepare('SELECT coalesce(min(id), 1) AS low, coalesce(max(id), 0) AS high FROM temp.search_filter').get() as { low: number; high: number };
  const condition = `rowid BETWEEN ${range.low} AND ${range.high} AND +rowid IN temp.search_filter`;
  filterState.set(ctx, { filter: key, changes: totalChanges(ctx), condition });
  return condition;
}

/** After the search's own writes to temporary tables, so they do not count as changes to the corpus. */
function settleFilterState(ctx: ProjectContext) {
  const state = filterState.get(ctx);
  if (state) state.changes = totalChanges(ctx);
}

const count = (ctx: ProjectContext, match: string, where: string) =>
  ctx.db.prepare(`SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ? ${where}`).pluck().get(match) as number;

/** One page of hits in rank order, and how many hits there are. */
function rankedPage(ctx: ProjectContext, match: string, filter: string | null, offset: number, limit: number) {
  if (!filter) {
    const ranked = ctx.db
      .prepare(`SELECT rowid AS id, ${RANK} AS rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`)
      .all(match, limit, offset) as { id: number; rank: number }[];
    return { total: count(ctx, match, ''), ranked };
  }
  // A separate count would repeat the match and the filter's membership tests; keeping the filtered hits counts
  // them in the same pass. (Without a filter the count is a plain doclist walk, cheaper than keeping every hit.)
  const ranked = ctx.db
    .prepare(
      `WITH hits AS MATERIALIZED (SELECT rowid AS id, ${RANK} AS rank FROM articles_fts WHERE articles_fts MATCH ? AND ${filter})
       SELECT id, rank, (SELECT count(*) FROM hits) AS total FROM hits ORDER BY rank LIMIT ? OFFSET ?`,
    )
    .all(match, limit, offset) as { id: number; rank: number; total: number }[];
  const total = ranked.length ? ranked[0].total : offset ? count(ctx, match, `AND ${filter}`) : 0;
  return { total, ranked: ranked.map(({ id, rank }) => ({ id, rank })) };
}

export function search(ctx: ProjectContext, query: string, filter: ArticleFilter, offset: number, limit: number): { total: number; hits: SearchHit[] } {
  const match = toFtsQuery(query);
  if (!match) return { total: 0, hits: [] };
  try {
    const { total, ranked } = rankedPage(ctx, match, filterTable(ctx, filter), offset, limit);
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
