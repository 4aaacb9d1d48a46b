// Frames per outlet: the share of coded spans per code of a span variable, and the share of articles per code of
// an article-level (primary frame) variable. One GROUP BY per table, over the (variable, article, code) index.
import { emptyCells, type AggregateTable, type TableHeader } from '../../../shared/compare/tables';
import type { ProjectContext } from '../project/context';
import { codesOf, outletColumns, scopeOf, type AggregateFilter, type VariableInfo } from './aggregate-scope';

interface CountRow {
  outletId: number;
  codeId: number;
  n: number;
}

function codeRows(ctx: ProjectContext, variableId: number): TableHeader[] {
  return codesOf(ctx, variableId).map((c) => ({ key: `code:${c.id}`, label: c.label, id: c.id, color: c.color }));
}

/** Shares per outlet column: each cell's n over the column's total (`totals`), which the column header carries. */
function shareTable(ctx: ProjectContext, base: Omit<AggregateTable, 'rows' | 'columns' | 'cells'>, variableId: number, counts: CountRow[], totals: Map<number, number>): AggregateTable {
  const rows = codeRows(ctx, variableId);
  const columns = outletColumns(ctx, totals.keys()).map((c) => ({ ...c, n: totals.get(c.id!) ?? 0 }));
  const cells = emptyCells(rows.length, columns.length);
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  const columnIndex = new Map(columns.map((c, i) => [c.id, i]));
  for (const { outletId, codeId, n } of counts) {
    const r = rowIndex.get(codeId);
    const c = columnIndex.get(outletId);
    if (r === undefined || c === undefined) continue;
    cells[r][c] = { value: n / (totals.get(outletId) || 1), n };
  }
  for (const row of cells) for (const [c, cell] of row.entries()) if (cell.n === 0 && (columns[c].n ?? 0) > 0) cell.value = 0;
  rows.forEach((r, i) => (r.n = cells[i].reduce((sum, cell) => sum + cell.n, 0)));
  return { ...base, rows, columns, cells };
}

export function spanFrames(ctx: ProjectContext, variable: VariableInfo, filter: AggregateFilter): AggregateTable {
  const scope = scopeOf(filter);
  const counts = ctx.db
    .prepare(
      `${scope.cte}
       SELECT s.outlet_id AS outletId, t.code_id AS codeId, sum(t.n) AS n
       FROM (SELECT article_id, code_id, count(*) AS n FROM codings WHERE variable_id = ?${scope.articles}${scope.coders} GROUP BY article_id, code_id) t
       JOIN scope s ON s.id = t.article_id GROUP BY s.outlet_id, t.code_id`,
    )
    .all(...scope.params, variable.id, ...scope.coderParams) as CountRow[];
  const totals = new Map<number, number>();
  for (const c of counts) totals.set(c.outletId, (totals.get(c.outletId) ?? 0) + c.n);
  return shareTable(
    ctx,
    {
      id: `frames-spans-${variable.id}`,
      title: `${variable.name}: share of coded spans per outlet`,
      note: 'value = the code\'s share of the outlet\'s coded spans of this variable (all selected coders); n = spans',
      valueKind: 'share',
      valueLabel: 'share of spans',
      rowTitle: variable.name,
      columnTitle: 'Outlet',
    },
    variable.id,
    counts,
    totals,
  );
}

export function primaryFrames(ctx: ProjectContext, variable: VariableInfo, filter: AggregateFilter): AggregateTable {
  const scope = scopeOf(filter);
  const perArticle = `SELECT article_id, code_id FROM codings WHERE variable_id = ?${scope.articles}${scope.coders} GROUP BY article_id, code_id`;
  const counts = ctx.db
    .prepare(`${scope.cte} SELECT s.outlet_id AS outletId, t.code_id AS codeId, count(*) AS n FROM (${perArticle}) t JOIN scope s ON s.id = t.article_id GROUP BY 1, 2`)
    .all(...scope.params, variable.id, ...scope.coderParams) as CountRow[];
  const coded = ctx.db
    .prepare(
      `${scope.cte} SELECT s.outlet_id AS outletId, count(*) AS n
       FROM (SELECT article_id FROM codings WHERE variable_id = ?${scope.articles}${scope.coders} GROUP BY article_id) t JOIN scope s ON s.id = t.article_id GROUP BY 1`,
    )
    .all(...scope.params, variable.id, ...scope.coderParams) as { outletId: number; n: number }[];
  return shareTable(
    ctx,
    {
      id: `frames-articles-${variable.id}`,
      title: `${variable.name}: share of articles per outlet`,
      note: 'value = share of the outlet\'s articles coded on this variable that got the code; n = articles. Where coders disagree an article counts under each code, so a column can sum past 100%',
      valueKind: 'share',
      valueLabel: 'share of articles',
      rowTitle: variable.name,
      columnTitle: 'Outlet',
    },
    variable.id,
    counts,
    new Map(coded.map((c) => [c.outletId, c.n])),
  );
}
