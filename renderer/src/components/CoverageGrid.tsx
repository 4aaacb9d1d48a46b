// The coverage grid itself: a row per fact or quote, a column per outlet, each cell included (H, L, B: headline,
// lead, body) or omitted; sortable by label and by how many outlets carry the row, with a roving tabindex for the
// keyboard cursor.
import { useMemo, type KeyboardEvent, type RefObject } from 'react';
import type { CoverageCell, CoverageMatrix, CoverageRow, StoryComparison } from '../../../shared/compare/types';
import { POSITION_LETTER, POSITION_WORD, type CoverageSort } from '../lib/compare';
import { Icon } from './Icon';

interface CoverageGridProps {
  matrix: CoverageMatrix;
  /** The matrix's rows in the current sort. */
  rows: CoverageRow[];
  articles: StoryComparison['articles'];
  sort: CoverageSort;
  onSortBy(by: 'label' | 'included'): void;
  selected: Set<string>;
  onToggle(key: string): void;
  cursor: { row: number; col: number };
  onCursor(cursor: { row: number; col: number }): void;
  gridRef: RefObject<HTMLTableElement | null>;
  onKeyDown(e: KeyboardEvent<HTMLTableElement>): void;
  onJump(row: CoverageRow, cell: CoverageCell | null): void;
}

const REASON_LABEL: Record<CoverageRow['reason'], string> = { quote: 'quote', number: 'number', paraphrase: 'paraphrase', tracked: 'coded quote', analyst: 'added' };
const EDIT_LABEL = { rename: 'renamed', merge: 'merged', split: 'split', add: 'added', edit: 'edited' } as const;

function cellTitle(cell: CoverageCell, outlet: string, titles: Map<number, string>): string {
  if (!cell.included) return `${outlet}: omitted`;
  const parts = cell.articles.map((a) => `${titles.get(a.articleId) ?? `Article ${a.articleId}`}: ${a.included && a.position ? POSITION_WORD[a.position] : 'omitted'}`);
  return `${outlet}: included in the ${POSITION_WORD[cell.position ?? 'body']}${cell.articles.length > 1 ? `\n${parts.join('\n')}` : ''}\nEnter or click: show it side by side`;
}

export function CoverageGrid({ matrix, rows, articles, sort, onSortBy, selected, onToggle, cursor, onCursor, gridRef, onKeyDown, onJump }: CoverageGridProps) {
  const titles = useMemo(() => new Map(articles.map((a) => [a.id, a.title])), [articles]);
  const ariaSort = (by: 'label' | 'included') => (sort.by === by ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined);
  const tab = (r: number, c: number) => (r === cursor.row && c === cursor.col ? 0 : -1);

  return (
    <table className="cov-table" role="grid" aria-label="Coverage matrix" aria-rowcount={rows.length + 1} aria-multiselectable="true" ref={gridRef} onKeyDown={onKeyDown}>
      <thead>
        <tr>
          <th className="cov-label-head" aria-sort={ariaSort('label')}>
            <button type="button" className="cov-sort" onClick={() => onSortBy('label')} tabIndex={-1}>
              Fact or quote {sort.by === 'label' && <Icon name={sort.dir === 'asc' ? 'arrowUp' : 'arrowDown'} size={11} />}
            </button>
          </th>
          {matrix.outlets.map((o) => (
            <th key={o.id} className="cov-outlet-head" title={`${o.name}: carries ${o.rowsIncluded} of ${matrix.rows.length}`}>
              <span className="cov-outlet-name">{o.name}</span>
              <span className="cov-outlet-n">
                {o.rowsIncluded}/{matrix.rows.length}
              </span>
            </th>
          ))}
          <th className="cov-count-head" aria-sort={ariaSort('included')}>
            <button type="button" className="cov-sort" onClick={() => onSortBy('included')} tabIndex={-1}>
              Outlets {sort.by === 'included' && <Icon name={sort.dir === 'asc' ? 'arrowUp' : 'arrowDown'} size={11} />}
            </button>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => {
          const isSelected = selected.has(row.key);
          return (
            <tr
              key={row.key}
              className={`cov-row${isSelected ? ' is-selected' : ''}${r === cursor.row ? ' is-cursor' : ''}${row.stale ? ' is-stale' : ''}`}
              aria-selected={isSelected}
              data-testid="coverage-row"
              data-key={row.key}
            >
              <th
                scope="row"
                role="rowheader"
                className="cov-label-cell"
                tabIndex={tab(r, 0)}
                data-cell={`${r}:0`}
                onFocus={() => onCursor({ row: r, col: 0 })}
              >
                <div className="cov-label-wrap">
                  <input type="checkbox" tabIndex={-1} checked={isSelected} onChange={() => onToggle(row.key)} aria-label={`Select row ${row.label}`} />
                  <div className="cov-label-text">
                    <span className="cov-label" data-testid="coverage-label" title={row.label}>
                      {row.label}
                    </span>
                    <span className="cov-meta">
                      <span className={`cov-reason reason-${row.reason}`}>{REASON_LABEL[row.reason]}</span>
                      {row.edit && <span className="badge badge-kind">{EDIT_LABEL[row.edit]}</span>}
                      {row.stale && <span className="badge badge-warn" title="None of this row’s passages is found any more">stale</span>}
                      {row.tracked && <span className="badge badge-accepted">coded</span>}
                      {row.speakers.length > 0 && <span className="cov-speakers">{row.speakers.map((s) => s.text).join(', ')}</span>}
                    </span>
                  </div>
                </div>
              </th>
              {row.cells.map((cell, c) => {
                const outlet = matrix.outlets[c]!;
                const carried = cell.articles.filter((a) => a.included).length;
                return (
                  <td
                    key={cell.outletId}
                    role="gridcell"
                    className={`cov-cell ${cell.included ? `is-included pos-${cell.position ?? 'body'}` : 'is-omitted'}`}
                    data-testid="coverage-cell"
                    data-outlet={outlet.name}
                    data-state={cell.included ? 'included' : 'omitted'}
                    data-position={cell.position ?? undefined}
                    data-cell={`${r}:${c + 1}`}
                    tabIndex={tab(r, c + 1)}
                    aria-label={cell.included ? `${outlet.name}: included, ${POSITION_WORD[cell.position ?? 'body']}` : `${outlet.name}: omitted`}
                    title={cellTitle(cell, outlet.name, titles)}
                    onFocus={() => onCursor({ row: r, col: c + 1 })}
                    onClick={() => onJump(row, cell)}
                  >
                    {cell.included ? (
                      <span className="cov-pos" aria-hidden="true">
                        {POSITION_LETTER[cell.position ?? 'body']}
                        {carried > 1 && <sup>{carried}</sup>}
                      </span>
                    ) : (
                      <span className="cov-omit" aria-hidden="true" />
                    )}
                  </td>
                );
              })}
              <td className="cov-count" data-testid="coverage-count">
                <span className="cov-count-n">
                  {row.outletsIncluded}/{row.cells.length}
                </span>
                <span className="cov-bar" aria-hidden="true">
                  <span style={{ width: `${(row.outletsIncluded / Math.max(1, row.cells.length)) * 100}%` }} />
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
