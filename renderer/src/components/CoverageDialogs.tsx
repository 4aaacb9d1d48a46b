// The coverage matrix's row-edit dialogs (rename, merge, split, add, detach): the one open, wired to its edit.
import type { StoryComparison } from '../../../shared/compare/types';
import type { CoverageEdits, PickedPassage } from '../hooks/use-coverage-edits';
import { CoverageAddRowDialog } from './CoverageAddRowDialog';
import { CoverageDetachDialog } from './CoverageDetachDialog';
import { CoverageSplitDialog } from './CoverageSplitDialog';
import { StoryNameDialog } from './StoryNameDialog';

interface CoverageDialogsProps {
  edits: CoverageEdits;
  comparison: StoryComparison;
  picked: PickedPassage | null;
}

export function CoverageDialogs({ edits, comparison, picked }: CoverageDialogsProps) {
  const { dialog, closeDialog } = edits;
  // The dialogs own the keyboard: their keys do not reach the window-wide shortcuts.
  return (
    <div className="cov-dialogs" onKeyDown={(e) => e.stopPropagation()}>
      {dialog?.kind === 'rename' && (
        <StoryNameDialog
          title="Rename row"
          submitLabel="Rename"
          fieldLabel="Row label"
          width={460}
          initialName={dialog.row.label}
          onClose={closeDialog}
          onSubmit={(label) => edits.rename(dialog.row, label)}
        />
      )}
      {dialog?.kind === 'merge' && (
        <StoryNameDialog
          title={`Merge ${dialog.rows.length} rows`}
          submitLabel="Merge"
          fieldLabel="Row label"
          width={460}
          initialName={dialog.rows[0]!.label}
          description="One row will hold the passages of all of them."
          onClose={closeDialog}
          onSubmit={(label) => edits.merge(dialog.rows, label)}
        />
      )}
      {dialog?.kind === 'split' && (
        <CoverageSplitDialog
          row={dialog.row}
          comparison={comparison}
          onClose={closeDialog}
          onSubmit={(passages, label) => edits.split(dialog.row, passages, label)}
        />
      )}
      {dialog?.kind === 'add' && (
        <CoverageAddRowDialog picked={picked} onClose={closeDialog} onSubmit={edits.add} />
      )}
      {dialog?.kind === 'detach' && (
        <CoverageDetachDialog
          row={dialog.row}
          outletId={dialog.outletId}
          comparison={comparison}
          onClose={closeDialog}
          onDetach={(passage) => edits.detach(dialog.row, passage)}
        />
      )}
    </div>
  );
}
