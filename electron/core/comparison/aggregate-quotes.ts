// Quote share per actor per outlet: accepted quotations (codings of quote variables) by speaker.
import { emptyCells, type AggregateTable, type TableHeader } from '../../../shared/compare/tables';
import type { ProjectContext } from '../project/context';
import { outletColumns, scopeOf, type AggregateFilter } from './aggregate-scope';

export const NO_ACTOR = '(no actor)';

export function quoteTable(ctx: ProjectContext, variableIds: number[], filter: AggregateFilter): AggregateTable {
  const scope = scopeOf(filter);
  const counts = variableIds.length
    ? (ctx.db
        .prepare(
          `${scope.cte}
           SELECT t.actor_id AS actorId, s.outlet_id AS outletId, sum(t.n) AS n
           FROM (SELECT article_id, code_id, actor_id, count(*) AS n FROM codings
                 WHERE variable_id IN (${variableIds.map(() => '?').join(',')})${scope.articles}${scope.coders} GROUP BY article_id, code_id, actor_id) t
           JOIN scope s ON s.id = t.article_id GROUP BY 1, 2`,
        )
        .all(...scope.params, ...variableIds, ...scope.coderParams) as { actorId: number | null; outletId: number; n: number }[])
    : [];
  const totals = new Map<number, number>();
  for (const c of counts) totals.set(c.outletId, (totals.get(c.outletId) ?? 0) + c.n);
  const actorIds = [...new Set(counts.map((c) => c.actorId).filter((id): id is number => id !== null))];
  const names = new Map(
    (actorIds.length ? ctx.db.prepare(`SELECT id, name FROM actors WHERE id IN (${actorIds.map(() => '?').join(',')})`).all(...actorIds) : []).map((a) => {
      const row = a as { id: number; name: string };
      return [row.id, row.name];
    }),
  );
  const rows: TableHeader[] = actorIds.sort((a, b) => names.get(a)!.localeCompare(names.get(b)!)).map((id) => ({ key: `actor:${id}`, label: names.get(id)!, id }));
  if (counts.some((c) => c.actorId === null)) rows.push({ key: 'actor:none', label: NO_ACTOR, id: null });
  const columns = outletColumns(ctx, totals.keys()).map((c) => ({ ...c, n: totals.get(c.id!) ?? 0 }));
  const cells = emptyCells(rows.length, columns.length);
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  const columnIndex = new Map(columns.map((c, i) => [c.id, i]));
  for (const { actorId, outletId, n } of counts) cells[rowIndex.get(actorId)!][columnIndex.get(outletId)!] = { value: n / totals.get(outletId)!, n };
  cells.forEach((row) => row.forEach((cell, c) => (cell.value ??= (columns[c].n ?? 0) > 0 ? 0 : null)));
  rows.forEach((row, i) => Object.assign(row, { n: cells[i].reduce((sum, cell) => sum + cell.n, 0) }));
  return {
    id: 'quotes',
    title: 'Quote share per actor and outlet',
    note: 'value = the actor\'s share of the outlet\'s accepted quotations; n = quotations. Only accepted (coded) quotes count',
    valueKind: 'share',
    valueLabel: 'share of quotes',
    rowTitle: 'Speaker',
    columnTitle: 'Outlet',
    rows,
    columns,
    cells,
  };
}
