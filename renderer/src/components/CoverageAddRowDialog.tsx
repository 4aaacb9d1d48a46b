// Add row: a fact or quote of the analyst's own to track across the outlets, optionally starting with the passage
// selected side by side.
import { useState } from 'react';
import type { Passage } from '../../../shared/compare/types';
import type { PickedPassage } from '../hooks/use-coverage-edits';
import { StoryNameDialog } from './StoryNameDialog';

interface CoverageAddRowDialogProps {
  picked: PickedPassage | null;
  onSubmit(label: string, passages: Passage[]): Promise<void>;
  onClose(): void;
}

/** A new row: its label, and optionally the passage selected side by side. */
export function CoverageAddRowDialog(props: CoverageAddRowDialogProps) {
  const { picked } = props;
  const [withPassage, setWithPassage] = useState(picked !== null);
  return (
    <StoryNameDialog
      title="Add row"
      submitLabel="Add row"
      fieldLabel="Row label"
      width={500}
      description="A fact or quote of your own to track across the outlets."
      onSubmit={(label) => props.onSubmit(label, withPassage && picked ? [picked.passage] : [])}
      onClose={props.onClose}
    >
      {picked ? (
        <label className="check-row inline cov-add-passage">
          <input type="checkbox" checked={withPassage} onChange={(e) => setWithPassage(e.target.checked)} />
          <span>
            Start with the passage selected side by side: <strong>{picked.outlet}</strong>, “{picked.text.length > 140 ? `${picked.text.slice(0, 139)}…` : picked.text}”
          </span>
        </label>
      ) : (
        <p className="field-hint">Select a sentence side by side first to start the row with it; otherwise it starts omitted everywhere.</p>
      )}
    </StoryNameDialog>
  );
}
