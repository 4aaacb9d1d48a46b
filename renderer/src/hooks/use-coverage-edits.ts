// The coverage matrix's row edits: which edit dialog is open, the checks before one opens, and the calls that rename,
// merge, split, add, reset, attach and detach, each saying what it did and handing the new matrix on.
import { useState } from 'react';
import type { CoverageMatrix, CoverageRow, Passage } from '../../../shared/compare/types';
import { useApi } from '../api/use-api';
import { errorMessage } from '../components/FormError';
import { cellPassages, rowHasPassage } from '../lib/compare';
import { plural, quoted } from '../lib/format';

/** The passage selected side by side, which a new row can start with or a row can take (A). */
export interface PickedPassage {
  passage: Passage;
  outlet: string;
  text: string;
}

export type CoverageDialog =
  | { kind: 'rename'; row: CoverageRow }
  | { kind: 'merge'; rows: CoverageRow[] }
  | { kind: 'split'; row: CoverageRow }
  | { kind: 'add' }
  | { kind: 'detach'; row: CoverageRow; outletId: number | null }
  | null;

interface CoverageEditsArgs {
  storyId: number;
  matrix: CoverageMatrix;
  picked: PickedPassage | null;
  /** The rows ticked in the grid, and the one an edit of a single row acts on. */
  chosenRows: CoverageRow[];
  target: CoverageRow | null;
  onCoverage(matrix: CoverageMatrix): void;
  /** An edit went through: the grid takes the keyboard back. */
  onEdited(): void;
  clearSelection(): void;
  say(text: string, tone?: 'info' | 'error'): void;
}

export function useCoverageEdits({ storyId, matrix, picked, chosenRows, target, onCoverage, onEdited, clearSelection, say }: CoverageEditsArgs) {
  const api = useApi();
  const [dialog, setDialog] = useState<CoverageDialog>(null);

  const edit = async (what: string, call: () => Promise<CoverageMatrix>) => {
    const next = await call();
    onCoverage(next);
    setDialog(null);
    say(`${what} Ctrl+Z undoes it.`);
    onEdited();
  };

  const reset = async (row: CoverageRow) => {
    if (row.analystRowId === null) {
      say(`${quoted(row.label)} is as computed; there is no edit to reset.`);
      return;
    }
    try {
      await edit(`Reset ${quoted(row.label)} to the computed rows.`, () => api.call('coverage.resetRow', { storyId, rowKey: row.key }));
    } catch (err) {
      say(errorMessage(err), 'error');
    }
  };

  const attach = async (row: CoverageRow | null) => {
    if (!row) return;
    if (!picked) {
      say('Select a passage side by side first (click a sentence), then press A on a row here to attach it.');
      return;
    }
    if (rowHasPassage(row, picked.passage)) {
      say(`${quoted(row.label)} already has this ${picked.outlet} passage.`);
      return;
    }
    try {
      await edit(`Attached the ${picked.outlet} passage to ${quoted(row.label)}.`, () => api.call('coverage.attachPassage', { storyId, rowKey: row.key, passage: picked.passage }));
    } catch (err) {
      say(errorMessage(err), 'error');
    }
  };

  /** The passages of the cursor's cell to detach from, or of the whole row when the cursor is on its label. */
  const openDetach = (row: CoverageRow | null, col: number) => {
    if (!row) return;
    const cell = col > 0 ? row.cells[col - 1]! : null;
    if (cellPassages(cell ? [cell] : row.cells).length) setDialog({ kind: 'detach', row, outletId: cell?.outletId ?? null });
    else say(cell ? `${matrix.outlets[col - 1]!.name} has no passage in ${quoted(row.label)} to detach.` : `${quoted(row.label)} has no passage to detach.`);
  };

  const openMerge = () => {
    if (chosenRows.length < 2) say('Select two or more rows to merge (Space or the row’s checkbox).');
    else setDialog({ kind: 'merge', rows: chosenRows });
  };
  const openSplit = () => {
    if (!target) return;
    if (cellPassages(target.cells).length < 2) say(`${quoted(target.label)} has fewer than two passages; there is nothing to split.`);
    else setDialog({ kind: 'split', row: target });
  };

  return {
    dialog,
    closeDialog: () => setDialog(null),
    openRename: (row: CoverageRow) => setDialog({ kind: 'rename', row }),
    openAdd: () => setDialog({ kind: 'add' }),
    openMerge,
    openSplit,
    openDetach,
    reset,
    attach,
    rename: (row: CoverageRow, label: string) => edit(`Renamed the row to ${quoted(label)}.`, () => api.call('coverage.renameRow', { storyId, rowKey: row.key, label })),
    merge: async (rows: CoverageRow[], label: string) => {
      await edit(`Merged ${rows.length} rows.`, () => api.call('coverage.mergeRows', { storyId, rowKeys: rows.map((r) => r.key), label }));
      clearSelection();
    },
    split: (row: CoverageRow, passages: Passage[], label: string) =>
      edit(`Split ${plural(passages.length, 'passage')} off ${quoted(row.label)}.`, () => api.call('coverage.splitRow', { storyId, rowKey: row.key, passages, label })),
    add: (label: string, passages: Passage[]) => edit(`Added the row ${quoted(label)}.`, () => api.call('coverage.addRow', { storyId, label, passages })),
    detach: (row: CoverageRow, passage: Passage) => edit(`Detached a passage from ${quoted(row.label)}.`, () => api.call('coverage.detachPassage', { storyId, rowKey: row.key, passage })),
  };
}

export type CoverageEdits = ReturnType<typeof useCoverageEdits>;
