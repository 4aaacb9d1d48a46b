// A stance table names its variable and target in its id ("stance-<variable>-<target>").
import type { AggregateTable } from '../../../shared/compare/tables';
import type { Variable } from '../../../shared/domain/coding';

export function stanceIds(table: AggregateTable): { variableId: number; targetId: number } | null {
  const match = /^stance-(\d+)-(\d+)$/.exec(table.id);
  return match ? { variableId: Number(match[1]), targetId: Number(match[2]) } : null;
}

/** The stance variable behind a table (undefined for other tables, or a variable no longer listed). */
export function stanceVariableOf(table: AggregateTable, variables: Variable[]): Variable | undefined {
  const ids = stanceIds(table);
  return ids ? variables.find((v) => v.id === ids.variableId) : undefined;
}
