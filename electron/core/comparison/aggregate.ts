// The aggregate API: frames, tone, stance or quotes per outlet, for a story, several stories or the project.
import { UserError } from '../../../shared/api/errors';
import type { AggregateResult, AggregateTable } from '../../../shared/compare/tables';
import type { CellCoding } from '../../../shared/compare/types';
import type { ProjectContext } from '../project/context';
import { primaryFrames, spanFrames } from './aggregate-frames';
import { quoteTable } from './aggregate-quotes';
import { defaultVariable, scopeOf, variableInfo, type AggregateFilter, type VariableInfo } from './aggregate-scope';
import { stanceTable } from './aggregate-stance';
import { toneTable } from './aggregate-tone';

export interface AggregateRequest extends AggregateFilter {
  measure: AggregateResult['measure'];
  /** frames: a span variable (or an article-level one); tone: a tone variable; stance: a stance variable; quotes: a quote variable. */
  variableId?: number;
  /** frames: the article-level (primary frame) variable. */
  articleVariableId?: number;
  /** stance: the target; default the one with the most stance codings. */
  targetId?: number;
}

function tryDefault(ctx: ProjectContext, condition: string, what: string): VariableInfo | null {
  try {
    return defaultVariable(ctx, condition, what);
  } catch {
    return null;
  }
}

function frames(ctx: ProjectContext, req: AggregateRequest): AggregateTable[] {
  const chosen = req.variableId ? variableInfo(ctx, req.variableId) : null;
  const span = chosen?.unit === 'span' ? chosen : chosen ? null : tryDefault(ctx, "unit = 'span' AND kind = 'category'", 'span variable');
  const article = req.articleVariableId
    ? variableInfo(ctx, req.articleVariableId)
    : chosen?.unit === 'article'
      ? chosen
      : tryDefault(ctx, "unit = 'article' AND kind = 'category'", 'article-level variable');
  if (article && article.unit !== 'article') throw new UserError(`"${article.name}" codes spans; the primary frame needs an article-level variable`);
  const tables = [...(span ? [spanFrames(ctx, span, req)] : []), ...(article ? [primaryFrames(ctx, article, req)] : [])];
  if (!tables.length) throw new UserError('the codebook has no category variable to count frames with; load a template (e.g. policy-frames)');
  return tables;
}

function stanceTarget(ctx: ProjectContext, variableId: number, targetId?: number): { id: number; name: string } {
  if (targetId) {
    const target = ctx.db.prepare('SELECT id, name FROM targets WHERE id = ?').get(targetId) as { id: number; name: string } | undefined;
    if (!target) throw new UserError(`no target with id ${targetId}`);
    return target;
  }
  const busiest = ctx.db
    .prepare(
      `SELECT t.id, t.name FROM targets t LEFT JOIN codings c ON c.target_id = t.id AND c.variable_id = ?
       GROUP BY t.id ORDER BY count(c.id) DESC, t.name LIMIT 1`,
    )
    .get(variableId) as { id: number; name: string } | undefined;
  if (!busiest) throw new UserError('the project has no stance targets; add one first');
  return busiest;
}

export function aggregate(ctx: ProjectContext, req: AggregateRequest): AggregateResult {
  const pick = (kind: string) => (req.variableId ? variableInfo(ctx, req.variableId) : defaultVariable(ctx, `kind = '${kind}'`, `${kind} variable`));
  switch (req.measure) {
    case 'frames':
      return { measure: 'frames', tables: frames(ctx, req) };
    case 'tone': {
      const variable = req.variableId ? variableInfo(ctx, req.variableId) : tryDefault(ctx, "kind = 'tone'", 'tone variable');
      return { measure: 'tone', tables: [toneTable(ctx, variable, req)] };
    }
    case 'stance': {
      const variable = pick('stance');
      return { measure: 'stance', tables: [stanceTable(ctx, variable, stanceTarget(ctx, variable.id, req.targetId), req)] };
    }
    case 'quotes': {
      const ids = req.variableId ? [req.variableId] : (ctx.db.prepare("SELECT id FROM variables WHERE kind = 'quote'").pluck().all() as number[]);
      return { measure: 'quotes', tables: [quoteTable(ctx, ids, req)] };
    }
  }
}

export interface CellQuery extends AggregateFilter {
  variableId: number;
  outletId: number;
  codeId?: number;
  /** null: codings without an actor. */
  actorId?: number | null;
  targetId?: number;
  offset: number;
  limit: number;
}

/** The codings behind one cell, a page at a time, for opening their spans. */
export function cellCodings(ctx: ProjectContext, q: CellQuery): { total: number; items: CellCoding[] } {
  const scope = scopeOf({ ...q, outletIds: [q.outletId] });
  const where = ['c.variable_id = ?'];
  const params: number[] = [q.variableId];
  const condition = (sql: string, ...values: number[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (q.codeId !== undefined) condition('c.code_id = ?', q.codeId);
  if (q.actorId === null) condition('c.actor_id IS NULL');
  else if (q.actorId !== undefined) condition('c.actor_id = ?', q.actorId);
  if (q.targetId !== undefined) condition('c.target_id = ?', q.targetId);
  const from = `${scope.cte} SELECT %COLUMNS% FROM codings c WHERE ${where.join(' AND ')}${scope.inScope('c')}${scope.coders.replace('coder_id', 'c.coder_id')}`;
  const all = [...scope.params, ...params, ...scope.coderParams];
  const total = ctx.db.prepare(from.replace('%COLUMNS%', 'count(*)')).pluck().get(...all) as number;
  const items = ctx.db
    .prepare(
      `${from.replace('%COLUMNS%', 'c.id, c.article_id AS articleId, c.start, c.end, c.code_id AS codeId, c.actor_id AS actorId, c.target_id AS targetId, c.coder_id AS coderId')} ORDER BY c.article_id, c.start, c.id LIMIT ? OFFSET ?`,
    )
    .all(...all, q.limit, q.offset) as CellCoding[];
  return { total, items };
}
