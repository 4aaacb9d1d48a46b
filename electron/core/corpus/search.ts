// Full-text search over title and body with FTS5: bm25 ranking, highlighted snippets, library filters.
import { UserError } from '../../../shared/api/errors';
import type { ArticleFilter, SearchHit } from '../../../shared/domain/types';
import { toFtsQuery } from '../../../shared/search/fts-query';
import type { ProjectContext } from '../project/context';
import { filterIds, SUMMARY_COLUMNS } from './filter-sql';
import { pageSnippets } from './page-snippets';
import { filterScope, filterSet, rankHits, WHOLE_INDEX, type FilterIds, type FilterSet } from './search-ranking';
import { workerSearch, type WorkerSearch } from './search-workers';

function explain(query: string, error: Error): UserError {
  const detail = error.message.replace(/^fts5: /, '');
  return new UserError(`cannot search for ${JSON.stringify(query)}: ${detail} (check quotes and brackets; use "…" for phrases, word* for prefixes)`);
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
const filterSets = new WeakMap<ProjectContext, { key: string; set: FilterSet }>();

function filterSetOf(ctx: ProjectContext, ids: FilterIds, key: string): FilterSet {
  const known = filterSets.get(ctx);
  if (known?.key === key) return known.set;
  const set = filterSet(ctx.db, ids);
  filterSets.set(ctx, { key, set });
  return set;
}

/** One page of hits in rank order, and how many hits there are: from the search workers on a large project. */
function rankedPage(ctx: ProjectContext, workers: WorkerSearch | null, match: string, filter: ArticleFilter, offset: number, limit: number) {
  const ids = filterIds(filter);
  const key = JSON.stringify([filter, corpusVersion(ctx)]);
  if (workers) return workers.rank(match, ids ? { filter, key } : null, offset, limit);
  return rankHits(ctx.db, match, ids ? filterScope(filterSetOf(ctx, ids, key)) : WHOLE_INDEX, offset, limit);
}

export function search(ctx: ProjectContext, query: string, filter: ArticleFilter, offset: number, limit: number): { total: number; hits: SearchHit[] } {
  const match = toFtsQuery(query);
  if (!match) return { total: 0, hits: [] };
  try {
    const workers = workerSearch(ctx);
    const { total, ranked } = rankedPage(ctx, workers, match, filter, offset, limit);
    if (!ranked.length) return { total, hits: [] };
    const ids = ranked.map((r) => r.id);
    const snippetsMade = workers?.startSnippets(match, ids);
    const summaries = new Map(
      (ctx.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a JOIN outlets o ON o.id = a.outlet_id WHERE a.id IN (${ids.map(() => '?').join(',')})`).all(...ids) as SearchHit[]).map(
        (a) => [a.id, a],
      ),
    );
    const snippets = new Map((snippetsMade ? snippetsMade() : pageSnippets(ctx.db, match, ids)).map((s) => [s.id, s]));
    settleCorpusVersion(ctx);
    const hits = ranked.map(({ id, rank }) => ({ ...summaries.get(id)!, rank, snippet: '', titleHighlighted: summaries.get(id)!.title, ...snippets.get(id) }));
    return { total, hits };
  } catch (error) {
    if (error instanceof Error && /fts5|syntax error|unterminated|no such column/i.test(error.message)) throw explain(query, error);
    throw error;
  }
}
