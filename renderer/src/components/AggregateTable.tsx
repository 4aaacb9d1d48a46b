// One aggregate table as an HTML table: rows × columns of value and n. In a stance table each cell also draws its
// distribution of codes and opens the codings behind it.
import type { AggregateTable as Table } from '../../../shared/compare/tables';
import { formatValue } from '../lib/aggregate-chart';
import type { CellPick } from './AggregateCellCodings';

const NO_CODE_COLOR = '#9a9ea5';

interface AggregateTableProps {
  table: Table;
  /** The stance variable's code colours by label; null for tables other than stance. */
  stanceColors: Map<string, string> | null;
  pick: CellPick | null;
  onPick(pick: CellPick | null): void;
}

export function AggregateTable({ table, stanceColors, pick, onPick }: AggregateTableProps) {
  const stance = stanceColors !== null;
  const colorOf = (key: string) => stanceColors?.get(key) ?? NO_CODE_COLOR;
  return (
    <>
      <table className="agg-table" data-testid="agg-table">
        <thead>
          <tr>
            <th className="agg-corner">
              {table.rowTitle} <span className="muted">/ {table.columnTitle}</span>
            </th>
            {table.columns.map((c) => (
              <th key={c.key} className="num" title={c.n !== undefined ? `n = ${c.n}` : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={row.key}>
              <th scope="row">
                {row.color && <span className="swatch" style={{ background: row.color }} />} {row.label}
              </th>
              {table.columns.map((column, c) => {
                const cell = table.cells[r]![c]!;
                const total = Object.values(cell.counts ?? {}).reduce((a, b) => a + b, 0);
                const picked = pick?.tableId === table.id && pick.row === r && pick.col === c;
                const content = (
                  <>
                    {stance && total > 0 && (
                      <span className="agg-dist" aria-hidden="true">
                        {table.countKeys?.map((k) =>
                          cell.counts?.[k] ? <span key={k} style={{ width: `${(cell.counts[k] / total) * 100}%`, background: colorOf(k) }} title={`${k}: ${cell.counts[k]}`} /> : null,
                        )}
                      </span>
                    )}
                    <span>
                      <span className="agg-value">{formatValue(table, cell.value)}</span>
                      <span className="agg-n">n={cell.n}</span>
                    </span>
                  </>
                );
                return (
                  <td
                    key={column.key}
                    className={`num agg-cell${cell.n === 0 ? ' is-zero' : ''}${picked ? ' is-picked' : ''}`}
                    data-testid="agg-cell"
                    data-row={row.label}
                    data-col={column.label}
                    title={cell.counts ? Object.entries(cell.counts).map(([k, v]) => `${k}: ${v}`).join('\n') : undefined}
                  >
                    {stance && total > 0 ? (
                      <button
                        type="button"
                        className="agg-cell-button"
                        aria-pressed={picked}
                        aria-label={`${row.label} in ${column.label}: mean ${formatValue(table, cell.value)}, n=${cell.n}; show the codings`}
                        onClick={() => onPick(picked ? null : { tableId: table.id, row: r, col: c })}
                      >
                        {content}
                      </button>
                    ) : (
                      content
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {stance && table.countKeys && (
        <p className="agg-keys">
          {table.countKeys.map((k) => (
            <span key={k} className="agg-legend-item">
              <span className="swatch" style={{ background: colorOf(k) }} />
              {k}
            </span>
          ))}
          <span className="muted">· click a cell for the codings behind it</span>
        </p>
      )}
    </>
  );
}
