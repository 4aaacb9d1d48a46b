// Add row: a fact or quote of the analyst's own to track across the outlets, optionally starting with the passage
// selected side by side.
import { useState } from 'react';
import type { Passage } from '../../../shared/compare/types';
import type { PickedPassage } from '../hooks/use-coverage-edits';
import { FormError } from './FormError';
import { Modal } from './Modal';

interface CoverageAddRowDialogProps {
  picked: PickedPassage | null;
  onSubmit(label: string, passages: Passage[]): Promise<void>;
  onClose(): void;
}

/** A new row: its label, and optionally the passage selected side by side. */
export function CoverageAddRowDialog(props: CoverageAddRowDialogProps) {
  const { picked } = props;
  const [label, setLabel] = useState('');
  const [withPassage, setWithPassage] = useState(picked !== null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit(label.trim(), withPassage && picked ? [picked.passage] : []);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <Modal
      title="Add row"
      onClose={props.onClose}
      width={500}
      description="A fact or quote of your own to track across the outlets."
      footer={
        <>
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" form="coverage-add-form" className="button button-primary" disabled={busy || !label.trim()}>
            Add row
          </button>
        </>
      }
    >
      <form
        id="coverage-add-form"
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (label.trim()) void submit();
        }}
      >
        <label className="field">
          <span className="field-label">Row label</span>
          <input className="input" data-autofocus value={label} maxLength={200} autoComplete="off" onChange={(e) => setLabel(e.target.value)} />
        </label>
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
        <FormError error={error} />
      </form>
    </Modal>
  );
}
