// Full-text search over title and body with FTS5: bm25 ranking, highlighted snippets, library filters.
import { UserError } from '../../../shared/api/errors';
import { HIGHLIGHT_END, HIGHLIGHT_START, type ArticleFilter, type SearchHit } from '../../../shared/domain/types';
import { toFtsQuery } from '../../../shared/search/fts-query';
import type { ProjectContext } from '../project/context';
import { filterIds, SUMMARY_COLUMNS } from './filter-sql';
import { filterScope, filterSet, rankHits, WHOLE_INDEX, type FilterSet } from './search-ranking';
import { rankInWorkers } from './search-workers';

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
 * A number that changes when anything was written to the project since the last search: SQLite's total_changes()
 * of this connection (the app has one per project), less the search's own writes to temporary tables.
 */
const corpusVersions = new WeakMap<ProjectContext, { changes: number; version: number }>();

const totalChanges = (ctx: ProjectContext) => ctx.db.prepare('SELECT total_changes()').pluck().get() as number;

function corpusVersion(ctx: ProjectContext): number {
  const changes = totalChanges(ctx);
  const state = corpusVersions.get(ctx) ?? { changes, version: 0 };
  if (state.changes !== changes) Object.assign(state, { changes, version: state.version + 1 });
  corpusVersions.set(ctx, state);
  return state.version;
}

/** After the search's own writes to temporary tables, so they do not count as changes to the corpus. */
function settleCorpusVersion(ctx: ProjectContext) {
  corpusVersions.get(ctx)!.changes = totalChanges(ctx);
}

/** The filter's articles, kept while the filter and the corpus stay the same: paging through one search reuses them. */
const filterSets = new WeakMap<ProjectContext, { key: string; set: FilterSet | null }>();

function filterSetOf(ctx: ProjectContext, filter: ArticleFilter): FilterSet | null {
  const key = JSON.stringify([filter, corpusVersion(ctx)]);
  const known = filterSets.get(ctx);
  if (known?.key === key) return known.set;
  const ids = filterIds(filter);
  const set = ids && filterSet(ctx.db, ids);
  filterSets.set(ctx, { key, set });
  return set;
}

/** One page of hits in rank order, and how many hits there are: from the search workers on a large project. */
function rankedPage(ctx: ProjectContext, match: string, filter: ArticleFilter, offset: number, limit: number) {
  const set = filterSetOf(ctx, filter);
  const inWorkers = rankInWorkers(ctx, match, set, offset, limit);
  return inWorkers ?? rankHits(ctx.db, match, set ? filterScope(ctx.db, set) : WHOLE_INDEX, offset, limit);
}

export function search(ctx: ProjectContext, query: string, filter: ArticleFilter, offset: number, limit: number): { total: number; hits: SearchHit[] } {
  const match = toFtsQuery(query);
  if (!match) return { total: 0, hits: [] };
  try {
    const { total, ranked } = rankedPage(ctx, match, filter, offset, limit);
    if (!ranked.length) return { total, hits: [] };
    const ids = ranked.map((r) => r.id);
    const summaries = new Map(
      (ctx.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a JOIN outlets o ON o.id = a.outlet_id WHERE a.id IN (${ids.map(() => '?').join(',')})`).all(...ids) as SearchHit[]).map(
        (a) => [a.id, a],
      ),
    );
    const snippets = pageSnippets(ctx, match, ids);
    settleCorpusVersion(ctx);
    const hits = ranked.map(({ id, rank }) => ({ ...summaries.get(id)!, rank, snippet: '', titleHighlighted: summaries.get(id)!.title, ...snippets.get(id) }));
    return { total, hits };
  } catch (error) {
    if (error instanceof Error && /fts5|syntax error|unterminated|no such column/i.test(error.message)) throw explain(query, error);
    throw error;
  }
}
