// The coverage matrix's toolbar: its size, the ticked rows and the picked passage, the row-edit buttons, the way back
// to the computed order and Export CSV.
import type { CoverageMatrix, CoverageRow } from '../../../shared/compare/types';
import type { CoverageEdits, PickedPassage } from '../hooks/use-coverage-edits';
import type { CoverageSort } from '../lib/compare';
import { plural } from '../lib/format';
import { Icon } from './Icon';

interface CoverageToolbarProps {
  matrix: CoverageMatrix;
  selectedCount: number;
  picked: PickedPassage | null;
  chosenRows: CoverageRow[];
  currentRow: CoverageRow | null;
  target: CoverageRow | null;
  cursorCol: number;
  edits: CoverageEdits;
  sort: CoverageSort;
  onComputedOrder(): void;
  onExport(): void;
}

export function CoverageToolbar({ matrix, selectedCount, picked, chosenRows, currentRow, target, cursorCol, edits, sort, onComputedOrder, onExport }: CoverageToolbarProps) {
  return (
    <div className="cmp-toolbar">
      <span className="cmp-toolbar-text" data-testid="coverage-summary">
        {plural(matrix.rows.length, 'fact or quote', 'facts and quotes')} × {plural(matrix.outlets.length, 'outlet')}
        {selectedCount > 0 && <span className="cov-selected"> · {selectedCount} selected</span>}
        {picked && (
          <span className="cov-picked" data-testid="coverage-picked" title={`Picked side by side: “${picked.text}”`}>
            {' '}
            · passage picked in {picked.outlet}
          </span>
        )}
      </span>
      <div className="cov-actions" role="group" aria-label="Row editing">
        <button type="button" className="button button-small" disabled={!target} onClick={() => target && edits.openRename(target)} title="Rename the row (F2)">
          <Icon name="pencil" size={13} /> Rename
        </button>
        <button type="button" className="button button-small" disabled={chosenRows.length < 2} onClick={edits.openMerge} title="Merge the selected rows (M)">
          <Icon name="merge" size={13} /> Merge{chosenRows.length > 1 ? ` ${chosenRows.length}` : ''}
        </button>
        <button type="button" className="button button-small" disabled={!target} onClick={edits.openSplit} title="Split passages off the row (S)">
          Split…
        </button>
        <button type="button" className="button button-small" onClick={edits.openAdd} title="Add a row of your own (N)">
          <Icon name="plus" size={13} /> Add row
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={!currentRow || !picked}
          onClick={() => void edits.attach(currentRow)}
          title={picked ? `Attach the passage picked in ${picked.outlet} to the row (A)` : 'Attach the passage selected side by side to the row (A); select one there first'}
        >
          Attach
        </button>
        <button type="button" className="button button-small" disabled={!currentRow} onClick={() => edits.openDetach(currentRow, cursorCol)} title="Detach a passage of the cell, or of the row (D)">
          Detach…
        </button>
        <button type="button" className="button button-small" disabled={!target || target.analystRowId === null} onClick={() => target && void edits.reset(target)} title="Undo the edits of this row (R)">
          <Icon name="undo" size={13} /> Reset
        </button>
      </div>
      <span className="rel-toolbar-spacer" />
      {sort.by !== 'computed' && (
        <button type="button" className="link-button" onClick={onComputedOrder}>
          Computed order
        </button>
      )}
      <button type="button" className="button button-small" onClick={onExport}>
        Export CSV
      </button>
    </div>
  );
}
