// Aggregate tables (rows × columns of cells) that the UI renders as a table or chart and exports as CSV.

export interface TableHeader {
  key: string;
  label: string;
  /** The code, actor or outlet id behind the header, if any. */
  id: number | null;
  color?: string | null;
  /** How many codings, articles or sentences the whole row or column rests on. */
  n?: number;
}

export interface TableCell {
  /** The number to show and chart: a share (0..1), a mean, or a count, as the table's valueKind says; null when n is 0. */
  value: number | null;
  /** What the value rests on: codings, articles or sentences (the table's note says which). */
  n: number;
  /** A distribution, e.g. stance codings per code label (keys in table.countKeys order). */
  counts?: Record<string, number>;
  /** The codings behind the cell, when the table is small enough to carry them (see AggregateTable.codingIdsIncluded). */
  codingIds?: number[];
}

export interface AggregateTable {
  id: string;
  title: string;
  /** One line on what the values and n are, and what was excluded. */
  note: string;
  valueKind: 'share' | 'mean' | 'count';
  valueLabel: string;
  rowTitle: string;
  columnTitle: string;
  rows: TableHeader[];
  columns: TableHeader[];
  /** cells[row][column]. */
  cells: TableCell[][];
  countKeys?: string[];
  /** False when the table covers too many codings to list them per cell; ask aggregate.cellCodings instead. */
  codingIdsIncluded?: boolean;
}

export interface AggregateResult {
  measure: 'frames' | 'tone' | 'stance' | 'quotes';
  tables: AggregateTable[];
}

const csvNumber = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(Math.round(value * 10000) / 10000));

/**
 * The table as CSV rows (an array of string arrays, for any CSV writer). Wide: one line per row, and per column its
 * value, its n and its counts. Long: one line per cell (row, column, value, n, counts), the shape R and pandas prefer.
 */
export function toCsvRows(table: AggregateTable, layout: 'wide' | 'long' = 'wide'): string[][] {
  const countKeys = table.countKeys ?? [];
  if (layout === 'long') {
    const header = [table.rowTitle, table.columnTitle, table.valueLabel, 'n', ...countKeys];
    const lines = table.rows.flatMap((row, r) =>
      table.columns.map((column, c) => {
        const cell = table.cells[r][c];
        return [row.label, column.label, csvNumber(cell.value), String(cell.n), ...countKeys.map((k) => String(cell.counts?.[k] ?? 0))];
      }),
    );
    return [header, ...lines];
  }
  const header = [table.rowTitle, ...table.columns.flatMap((c) => [`${c.label}: ${table.valueLabel}`, `${c.label}: n`, ...countKeys.map((k) => `${c.label}: ${k}`)])];
  const lines = table.rows.map((row, r) => [
    row.label,
    ...table.columns.flatMap((_, c) => {
      const cell = table.cells[r][c];
      return [csvNumber(cell.value), String(cell.n), ...countKeys.map((k) => String(cell.counts?.[k] ?? 0))];
    }),
  ]);
  return [header, ...lines];
}

/** Builds a rows × columns grid of empty cells. */
export function emptyCells(rows: number, columns: number): TableCell[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => ({ value: null, n: 0 })));
}
