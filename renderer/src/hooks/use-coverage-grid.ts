// The coverage grid's view state: the sort, the ticked rows and the keyboard cursor, with the focus kept on the
// cursor's cell as the keys move it and after an edit.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CoverageMatrix } from '../../../shared/compare/types';
import { sortRows, type CoverageSort } from '../lib/compare';

export function useCoverageGrid(matrix: CoverageMatrix) {
  const [sort, setSort] = useState<CoverageSort>({ by: 'computed', dir: 'asc' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [cursor, setCursor] = useState<{ row: number; col: number }>({ row: 0, col: 0 });
  const gridRef = useRef<HTMLTableElement>(null);
  const moved = useRef(false);
  const refocus = useRef(false);
  const rows = useMemo(() => sortRows(matrix.rows, sort), [matrix.rows, sort]);
  const cols = matrix.outlets.length + 1;

  // Rows that went away (merged, reset) leave the selection; the cursor stays inside the grid.
  useEffect(() => {
    setSelected((s) => {
      const kept = [...s].filter((k) => matrix.rows.some((r) => r.key === k));
      return kept.length === s.size ? s : new Set(kept);
    });
    setCursor((c) => ({ row: Math.min(c.row, Math.max(0, matrix.rows.length - 1)), col: Math.min(c.col, matrix.outlets.length) }));
  }, [matrix]);

  // After an edit the grid takes the keyboard back, on the cursor's cell of the new matrix.
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    const frame = requestAnimationFrame(() => gridRef.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [matrix]);

  // The focused cell follows the cursor once the keys have moved it.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const cell = gridRef.current?.querySelector<HTMLElement>(`[data-cell="${cursor.row}:${cursor.col}"]`);
    cell?.focus();
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [cursor]);

  const move = (row: number, col: number) => {
    moved.current = true;
    setCursor({ row: Math.max(0, Math.min(rows.length - 1, row)), col: Math.max(0, Math.min(cols - 1, col)) });
  };

  return {
    sort,
    setSort,
    sortBy: (by: 'label' | 'included') =>
      setSort((s) => (s.by === by ? { by, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { by, dir: by === 'label' ? 'asc' : 'desc' })),
    rows,
    cols,
    selected,
    toggle: (key: string) => setSelected((s) => new Set(s.has(key) ? [...s].filter((k) => k !== key) : [...s, key])),
    clearSelection: () => setSelected(new Set()),
    cursor,
    setCursor,
    move,
    gridRef,
    refocusAfterEdit: () => {
      refocus.current = true;
    },
  };
}
