// Tone per outlet: the coded tone (mean numeric code of a tone variable) beside the AFINN tone of the same
// outlets' stored sentences (mean sentence comparative, mean article score), so the two can be compared.
import { emptyCells, type AggregateTable, type TableHeader } from '../../../shared/compare/tables';
import type { ProjectContext } from '../project/context';
import { outletColumns, scopeOf, type AggregateFilter, type VariableInfo } from './aggregate-scope';

interface CodedRow {
  outletId: number;
  total: number;
  n: number;
}

interface AfinnRow {
  outletId: number;
  score: number;
  comparative: number;
  sentences: number;
  articles: number;
}

export function toneTable(ctx: ProjectContext, variable: VariableInfo | null, filter: AggregateFilter): AggregateTable {
  const scope = scopeOf(filter);
  // Per (article, code) first, over the covering index; codes without a numeric value are left out.
  const coded = variable
    ? (ctx.db
        .prepare(
          `${scope.cte}
           SELECT s.outlet_id AS outletId, sum(t.n * k.numeric_code) AS total, sum(t.n) AS n
           FROM (SELECT article_id, code_id, count(*) AS n FROM codings WHERE variable_id = ?${scope.articles}${scope.coders} GROUP BY article_id, code_id) t
           JOIN codes k ON k.id = t.code_id JOIN scope s ON s.id = t.article_id
           WHERE k.numeric_code IS NOT NULL GROUP BY s.outlet_id`,
        )
        .all(...scope.params, variable.id, ...scope.coderParams) as CodedRow[])
    : [];
  const afinn = ctx.db
    .prepare(
      `${scope.cte}
       SELECT s.outlet_id AS outletId, sum(t.score) AS score, sum(t.comparative) AS comparative, sum(t.sentences) AS sentences, count(*) AS articles
       FROM (SELECT article_id, afinn_score AS score, afinn_comparative_sum AS comparative, sentences
             FROM article_sentences WHERE 1${scope.articles}) t
       JOIN scope s ON s.id = t.article_id GROUP BY s.outlet_id`,
    )
    .all(...scope.params) as AfinnRow[];
  const rows: TableHeader[] = outletColumns(ctx, [...coded.map((c) => c.outletId), ...afinn.map((a) => a.outletId)]);
  const columns: TableHeader[] = [
    { key: 'coded', label: variable ? `${variable.name} (coded, mean)` : 'Coded tone (no tone variable)', id: variable?.id ?? null },
    { key: 'afinn-sentence', label: 'AFINN comparative (mean per sentence)', id: null },
    { key: 'afinn-article', label: 'AFINN score (mean per article)', id: null },
  ];
  const cells = emptyCells(rows.length, columns.length);
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  for (const c of coded) cells[rowIndex.get(c.outletId)!][0] = { value: c.n ? c.total / c.n : null, n: c.n };
  for (const a of afinn) {
    const r = rowIndex.get(a.outletId)!;
    cells[r][1] = { value: a.sentences ? a.comparative / a.sentences : null, n: a.sentences };
    cells[r][2] = { value: a.articles ? a.score / a.articles : null, n: a.articles };
  }
  return {
    id: `tone-${variable?.id ?? 'afinn'}`,
    title: variable ? `${variable.name} beside AFINN tone, per outlet` : 'AFINN tone per outlet',
    note: 'coded: mean numeric code of the codings (codes without a number left out), n = codings; AFINN over every article in scope: n = sentences, then articles',
    valueKind: 'mean',
    valueLabel: 'mean',
    rowTitle: 'Outlet',
    columnTitle: 'Measure',
    rows,
    columns,
    cells,
  };
}
