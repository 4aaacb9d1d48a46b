// Which articles and codings an aggregate covers: stories, date range, outlets, coders; and the outlet columns.
import { UserError } from '../../../shared/api/errors';
import type { TableHeader } from '../../../shared/compare/tables';
import type { ProjectContext } from '../project/context';

export interface AggregateFilter {
  storyIds?: number[];
  /** YYYY-MM-DD, inclusive. */
  dateFrom?: string;
  dateTo?: string;
  outletIds?: number[];
  coderIds?: number[];
}

export interface Scope {
  /** `WITH scope AS MATERIALIZED (...)`: the articles in scope as (id, outlet_id), built once per query. */
  cte: string;
  params: (string | number)[];
  /**
   * ` AND article_id IN (SELECT id FROM scope)` when a filter narrows the articles, else ''. With it a small scope
   * (one story) seeks its articles' codings instead of reading every coding of the variable; without a filter a
   * plain index range scan is cheaper than 10,000 seeks.
   */
  articles: string;
  /** The same for a codings table under an alias: inScope('c') gives ` AND c.article_id IN (...)`. */
  inScope: (alias: string) => string;
  /** ` AND coder_id IN (...)` for the codings subqueries; by default every coder but Consensus. */
  coders: string;
  coderParams: number[];
}

const marks = (list: unknown[]) => list.map(() => '?').join(', ');

export function scopeOf(filter: AggregateFilter): Scope {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.storyIds?.length) {
    where.push(`id IN (SELECT article_id FROM story_articles WHERE story_id IN (${marks(filter.storyIds)}))`);
    params.push(...filter.storyIds);
  }
  if (filter.outletIds?.length) {
    where.push(`outlet_id IN (${marks(filter.outletIds)})`);
    params.push(...filter.outletIds);
  }
  const condition = (sql: string, ...values: (string | number)[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (filter.dateFrom) condition('published_at >= ?', filter.dateFrom);
  // Padded past any time of day, so the last day's timestamps are included.
  if (filter.dateTo) condition('published_at <= ?', `${filter.dateTo}T99`);
  // The (outlet_id, published_at) index holds every column the scope needs, so no article row (or body) is read.
  const cte = `WITH scope AS MATERIALIZED (SELECT id, outlet_id FROM articles INDEXED BY articles_outlet_date ${where.length ? `WHERE ${where.join(' AND ')}` : ''})`;
  const coderIds = filter.coderIds ?? [];
  const inScope = (alias: string) => (where.length ? ` AND ${alias ? `${alias}.` : ''}article_id IN (SELECT id FROM scope)` : '');
  // Without a choice of coders, the Consensus coder's settled values are left out: they repeat the others' work.
  const coders = coderIds.length ? ` AND coder_id IN (${marks(coderIds)})` : ' AND coder_id NOT IN (SELECT id FROM coders WHERE is_consensus = 1)';
  return { cte, params, articles: inScope(''), inScope, coders, coderParams: coderIds };
}

/** Outlet columns for the outlets that appear in `outletIds`, by name. */
export function outletColumns(ctx: ProjectContext, outletIds: Iterable<number>): TableHeader[] {
  const ids = [...new Set(outletIds)];
  if (!ids.length) return [];
  const rows = ctx.db.prepare(`SELECT id, name FROM outlets WHERE id IN (${marks(ids)}) ORDER BY name COLLATE NOCASE`).all(...ids) as { id: number; name: string }[];
  return rows.map((o) => ({ key: `outlet:${o.id}`, label: o.name, id: o.id }));
}

export interface VariableInfo {
  id: number;
  name: string;
  unit: 'span' | 'article';
  kind: string;
}

export function variableInfo(ctx: ProjectContext, id: number): VariableInfo {
  const v = ctx.db.prepare('SELECT id, name, unit, kind FROM variables WHERE id = ?').get(id) as VariableInfo | undefined;
  if (!v) throw new UserError(`no variable with id ${id}`);
  return v;
}

/** The first variable (codebook order) matching the condition that has codings; else the first matching at all. */
export function defaultVariable(ctx: ProjectContext, condition: string, what: string): VariableInfo {
  const v = ctx.db
    .prepare(
      `SELECT id, name, unit, kind FROM variables v WHERE archived = 0 AND ${condition}
       ORDER BY EXISTS (SELECT 1 FROM codings c WHERE c.variable_id = v.id) DESC, position, id LIMIT 1`,
    )
    .get() as VariableInfo | undefined;
  if (!v) throw new UserError(`the codebook has no ${what}; load a template or choose a variable`);
  return v;
}

export interface CodeInfo {
  id: number;
  label: string;
  numericCode: number | null;
  color: string;
}

export function codesOf(ctx: ProjectContext, variableId: number): CodeInfo[] {
  return ctx.db
    .prepare('SELECT id, label, numeric_code AS numericCode, color FROM codes WHERE variable_id = ? ORDER BY position, id')
    .all(variableId) as CodeInfo[];
}
