// The coverage grid's keys: arrows, Home/End and PageUp/PageDown move the cursor; Enter shows the cell side by side,
// Space ticks the row, F2 M S N R A D edit rows, Escape clears the ticks.
import type { KeyboardEvent } from 'react';
import type { CoverageCell, CoverageRow } from '../../../shared/compare/types';

export interface CoverageKeyActions {
  cursor: { row: number; col: number };
  rowCount: number;
  colCount: number;
  /** The row under the cursor, and the one a single-row edit acts on (the one ticked row, else the cursor's). */
  currentRow: CoverageRow | null;
  target: CoverageRow | null;
  hasSelection: boolean;
  move(row: number, col: number): void;
  toggle(key: string): void;
  jump(row: CoverageRow, cell: CoverageCell | null): void;
  rename(row: CoverageRow): void;
  merge(): void;
  split(): void;
  add(): void;
  reset(row: CoverageRow): void;
  attach(row: CoverageRow | null): void;
  detach(row: CoverageRow | null, col: number): void;
  clearSelection(): void;
}

export function handleCoverageKey(e: KeyboardEvent<HTMLTableElement>, a: CoverageKeyActions) {
  if (e.ctrlKey || e.metaKey || e.altKey || (e.target as HTMLElement).matches('input:not([type="checkbox"])')) return;
  const { row, col } = a.cursor;
  const { currentRow, target, move } = a;
  const key = e.key;
  if (key === 'ArrowDown') move(row + 1, col);
  else if (key === 'ArrowUp') move(row - 1, col);
  else if (key === 'ArrowRight') move(row, col + 1);
  else if (key === 'ArrowLeft') move(row, col - 1);
  else if (key === 'Home') move(e.shiftKey ? 0 : row, 0);
  else if (key === 'End') move(e.shiftKey ? a.rowCount - 1 : row, a.colCount - 1);
  else if (key === 'PageDown') move(row + 10, col);
  else if (key === 'PageUp') move(row - 10, col);
  else if (key === ' ' && currentRow) a.toggle(currentRow.key);
  else if (key === 'Enter' && currentRow) a.jump(currentRow, col > 0 ? currentRow.cells[col - 1]! : null);
  else if (key === 'F2' && target) a.rename(target);
  else if (key.toLowerCase() === 'm' && !e.shiftKey) a.merge();
  else if (key.toLowerCase() === 's' && !e.shiftKey) a.split();
  else if (key.toLowerCase() === 'n' && !e.shiftKey) a.add();
  else if (key.toLowerCase() === 'r' && !e.shiftKey && currentRow) a.reset(currentRow);
  else if (key.toLowerCase() === 'a' && !e.shiftKey) a.attach(currentRow);
  else if (key.toLowerCase() === 'd' && !e.shiftKey) a.detach(currentRow, col);
  else if (key === 'Escape' && a.hasSelection) a.clearSelection();
  else return;
  e.preventDefault();
  e.stopPropagation();
}
