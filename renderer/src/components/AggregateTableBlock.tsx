// One table of an aggregate result: title and note, the exports, the chart, the table, and (for a picked stance
// cell) the codings behind it.
import { useMemo, useRef, type ReactNode } from 'react';
import type { AggregateTable as Table } from '../../../shared/compare/tables';
import type { Variable } from '../../../shared/domain/coding';
import { chartSpec } from '../lib/aggregate-chart';
import type { Measure } from '../lib/aggregate-settings';
import { stanceIds, stanceVariableOf } from '../lib/aggregate-stance';
import { AggregateChart } from './AggregateChart';
import type { CellPick } from './AggregateCellCodings';
import { AggregateExports } from './AggregateExports';
import { AggregateTable } from './AggregateTable';

interface AggregateTableBlockProps {
  measure: Measure;
  table: Table;
  variables: Variable[];
  pick: CellPick | null;
  onPick(pick: CellPick | null): void;
  detail: ReactNode;
  say(text: string, tone?: 'info' | 'error'): void;
}

export function AggregateTableBlock(props: AggregateTableBlockProps) {
  const { measure, table, pick } = props;
  const chartRef = useRef<HTMLDivElement>(null);
  const spec = useMemo(() => chartSpec(measure, table), [measure, table]);
  const stanceColors = stanceColorsOf(measure, table, props.variables);
  const empty = table.rows.length === 0 || table.columns.length === 0;

  return (
    <section className="agg-block" data-testid="agg-table-block" data-table={table.id} aria-label={table.title}>
      <header className="agg-block-head">
        <div>
          <h3 className="agg-title">{table.title}</h3>
          <p className="agg-note">{table.note}</p>
        </div>
        <AggregateExports table={table} spec={spec} chartRef={chartRef} disabled={empty} say={props.say} />
      </header>
      {empty ? (
        <p className="cmp-empty-line">Nothing coded in this scope yet.</p>
      ) : (
        <div className="agg-body">
          <AggregateChart spec={spec} label={`Chart: ${table.title}`} ref={chartRef} />
          <div className="agg-table-wrap">
            <AggregateTable table={table} stanceColors={stanceColors} pick={pick} onPick={props.onPick} />
            {pick?.tableId === table.id && props.detail}
          </div>
        </div>
      )}
    </section>
  );
}

/** A stance table's code colours by label; null for any other table. */
function stanceColorsOf(measure: Measure, table: Table, variables: Variable[]): Map<string, string> | null {
  if (measure !== 'stance' || !stanceIds(table)) return null;
  return new Map((stanceVariableOf(table, variables)?.codes ?? []).map((c) => [c.label, c.color]));
}
