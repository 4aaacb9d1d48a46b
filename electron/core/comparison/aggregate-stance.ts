// Stance matrix for one target: actors × outlets, each cell the distribution of stance codes, the mean numeric
// code without missing values, n, and the codings behind it.
import { emptyCells, type AggregateTable, type TableCell } from '../../../shared/compare/tables';
import type { ProjectContext } from '../project/context';
import { codesOf, outletColumns, scopeOf, type AggregateFilter, type CodeInfo, type VariableInfo } from './aggregate-scope';

/** Tables covering more codings than this leave out the per-cell coding ids (see aggregate.cellCodings). */
export const MAX_INLINE_CODING_IDS = 5000;

/**
 * Missing values, left out of the mean (still counted in the distribution): no numeric code, or 9 and above
 * (the Stance template's Unclear is 9). The Stance template's own variable also leaves out Mixed (2), as its
 * definition asks: Mixed lies outside the -1..+1 direction scale.
 */
export function isMissing(code: CodeInfo, template: string | null): boolean {
  return code.numericCode === null || code.numericCode >= 9 || (template === 'stance-and-tone' && code.numericCode === 2);
}

interface CountRow {
  actorId: number;
  outletId: number;
  codeId: number;
  n: number;
}

export function stanceTable(ctx: ProjectContext, variable: VariableInfo, target: { id: number; name: string }, filter: AggregateFilter): AggregateTable {
  const scope = scopeOf(filter);
  const counts = ctx.db
    .prepare(
      `${scope.cte}
       SELECT t.actor_id AS actorId, s.outlet_id AS outletId, t.code_id AS codeId, sum(t.n) AS n
       FROM (SELECT article_id, actor_id, code_id, count(*) AS n FROM codings
             WHERE variable_id = ? AND target_id = ? AND actor_id IS NOT NULL${scope.articles}${scope.coders} GROUP BY article_id, actor_id, code_id) t
       JOIN scope s ON s.id = t.article_id GROUP BY 1, 2, 3`,
    )
    .all(...scope.params, variable.id, target.id, ...scope.coderParams) as CountRow[];
  const template = ctx.db.prepare('SELECT template FROM variables WHERE id = ?').pluck().get(variable.id) as string | null;
  const codes = new Map(codesOf(ctx, variable.id).map((c) => [c.id, c]));
  const actorIds = [...new Set(counts.map((c) => c.actorId))];
  const actors = actorIds.length
    ? (ctx.db.prepare(`SELECT id, name FROM actors WHERE id IN (${actorIds.map(() => '?').join(',')}) ORDER BY name COLLATE NOCASE`).all(...actorIds) as { id: number; name: string }[])
    : [];
  const rows = actors.map((a) => ({ key: `actor:${a.id}`, label: a.name, id: a.id }));
  const columns = outletColumns(ctx, counts.map((c) => c.outletId));
  const cells = emptyCells(rows.length, columns.length);
  const sums = emptyCells(rows.length, columns.length).map((r) => r.map(() => 0));
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  const columnIndex = new Map(columns.map((c, i) => [c.id, i]));
  const countKeys = [...codes.values()].map((c) => c.label);
  for (const { actorId, outletId, codeId, n } of counts) {
    const [r, c] = [rowIndex.get(actorId)!, columnIndex.get(outletId)!];
    const code = codes.get(codeId);
    const cell: TableCell = cells[r][c];
    cell.counts ??= Object.fromEntries(countKeys.map((k) => [k, 0]));
    if (code) cell.counts[code.label] += n;
    if (code && !isMissing(code, template)) {
      cell.n += n;
      sums[r][c] += n * code.numericCode!;
    }
  }
  cells.forEach((row, r) => row.forEach((cell, c) => (cell.value = cell.n ? sums[r][c] / cell.n : null)));
  const total = counts.reduce((n, c) => n + c.n, 0);
  if (total <= MAX_INLINE_CODING_IDS) {
    const ids = ctx.db
      .prepare(
        `${scope.cte} SELECT c.id, c.actor_id AS actorId, s.outlet_id AS outletId FROM codings c JOIN scope s ON s.id = c.article_id
         WHERE c.variable_id = ? AND c.target_id = ? AND c.actor_id IS NOT NULL${scope.inScope('c')}${scope.coders.replace('coder_id', 'c.coder_id')} ORDER BY c.id`,
      )
      .all(...scope.params, variable.id, target.id, ...scope.coderParams) as { id: number; actorId: number; outletId: number }[];
    for (const { id, actorId, outletId } of ids) (cells[rowIndex.get(actorId)!][columnIndex.get(outletId)!].codingIds ??= []).push(id);
  }
  rows.forEach((row, i) => Object.assign(row, { n: cells[i].reduce((sum, cell) => sum + cell.n, 0) }));
  return {
    id: `stance-${variable.id}-${target.id}`,
    title: `${variable.name} toward "${target.name}": actors × outlets`,
    note: `value = mean numeric code without missing values (no number, 9 or above${template === 'stance-and-tone' ? ', and Mixed' : ''}); n = codings in the mean; counts = every coding per code`,
    valueKind: 'mean',
    valueLabel: 'mean stance',
    rowTitle: 'Actor',
    columnTitle: 'Outlet',
    rows,
    columns,
    cells,
    countKeys,
    codingIdsIncluded: total <= MAX_INLINE_CODING_IDS,
  };
}
