// The coverage matrix, "who included what": facts and quotes × outlets, each cell included (H, L, B: headline, lead,
// body) or omitted. Sortable; a cell opens its passage side by side; rows can be renamed, merged, split, added and
// reset, and take the passage picked side by side or give one up (keyboard: arrows, Enter, Space, F2, M, S, N, R, A,
// D); Export CSV saves the matrix.
import type { KeyboardEvent } from 'react';
import type { CoverageCell, CoverageMatrix, CoverageRow, Passage, StoryComparison } from '../../../shared/compare/types';
import { toCsvRows } from '../../../shared/compare/tables';
import { useCoverageEdits, type PickedPassage } from '../hooks/use-coverage-edits';
import { useCoverageGrid } from '../hooks/use-coverage-grid';
import { coverageAsTable, csvCellsOf } from '../lib/compare';
import { handleCoverageKey } from '../lib/coverage-keys';
import { downloadText, slug, toCsv } from '../lib/csv';
import { plural, quoted } from '../lib/format';
import { CoverageDialogs } from './CoverageDialogs';
import { CoverageFoot } from './CoverageFoot';
import { CoverageGrid } from './CoverageGrid';
import { CoverageToolbar } from './CoverageToolbar';

interface CoveragePaneProps {
  comparison: StoryComparison;
  onCoverage(matrix: CoverageMatrix): void;
  onJump(passage: Passage, row: CoverageRow): void;
  /** The passage selected side by side, which a new row can start with or a row can take (A). */
  picked: PickedPassage | null;
  say(text: string, tone?: 'info' | 'error'): void;
}

export function CoveragePane({ comparison, onCoverage, onJump, picked, say }: CoveragePaneProps) {
  const matrix = comparison.coverage;
  const grid = useCoverageGrid(matrix);
  const { rows, cursor, selected } = grid;
  const currentRow = rows[cursor.row] ?? null;
  const chosenRows = rows.filter((r) => selected.has(r.key));
  const target = chosenRows.length === 1 ? chosenRows[0]! : currentRow;
  const edits = useCoverageEdits({
    storyId: comparison.story.id,
    matrix,
    picked,
    chosenRows,
    target,
    onCoverage,
    onEdited: grid.refocusAfterEdit,
    clearSelection: grid.clearSelection,
    say,
  });

  const jump = (row: CoverageRow, cell: CoverageCell | null) => {
    const passage = cell ? cell.passage : (row.cells.find((c) => c.passage)?.passage ?? null);
    if (!passage) say(cell && !cell.included ? `${matrix.outlets.find((o) => o.id === cell.outletId)?.name} omits ${quoted(row.label)}.` : `${quoted(row.label)} has no passage to show.`);
    else onJump(passage, row);
  };

  const exportCsv = () => {
    const table = coverageAsTable(matrix, rows);
    const date = new Date().toISOString().slice(0, 10);
    downloadText(`coverage-${slug(comparison.story.name)}-${date}.csv`, toCsv(csvCellsOf(toCsvRows(table))));
    say(`Exported the coverage matrix (${plural(rows.length, 'row')} × ${plural(matrix.outlets.length, 'outlet')}).`);
  };

  const onGridKey = (e: KeyboardEvent<HTMLTableElement>) =>
    handleCoverageKey(e, {
      cursor,
      rowCount: rows.length,
      colCount: grid.cols,
      currentRow,
      target,
      hasSelection: selected.size > 0,
      move: grid.move,
      toggle: grid.toggle,
      jump,
      rename: edits.openRename,
      merge: edits.openMerge,
      split: edits.openSplit,
      add: edits.openAdd,
      reset: (row) => void edits.reset(row),
      attach: (row) => void edits.attach(row),
      detach: edits.openDetach,
      clearSelection: grid.clearSelection,
    });

  return (
    <div className="cmp-pane cov-pane" data-testid="coverage-pane">
      <CoverageToolbar
        matrix={matrix}
        selectedCount={selected.size}
        picked={picked}
        chosenRows={chosenRows}
        currentRow={currentRow}
        target={target}
        cursorCol={cursor.col}
        edits={edits}
        sort={grid.sort}
        onComputedOrder={() => grid.setSort({ by: 'computed', dir: 'asc' })}
        onExport={exportCsv}
      />
      <div className="cmp-scroll cov-scroll">
        {rows.length === 0 ? (
          <div className="cmp-empty">
            <p className="empty-title">No shared facts or quotes found yet.</p>
            <p>The matrix lists quotations, numbers and paraphrased sentences that two or more articles of the story share. Add a row of your own with N.</p>
          </div>
        ) : (
          <CoverageGrid
            matrix={matrix}
            rows={rows}
            articles={comparison.articles}
            sort={grid.sort}
            onSortBy={grid.sortBy}
            selected={selected}
            onToggle={grid.toggle}
            cursor={cursor}
            onCursor={grid.setCursor}
            gridRef={grid.gridRef}
            onKeyDown={onGridKey}
            onJump={jump}
          />
        )}
        <CoverageFoot editRule={matrix.editRule} />
      </div>

      <CoverageDialogs edits={edits} comparison={comparison} picked={picked} />
    </div>
  );
}
