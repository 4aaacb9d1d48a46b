// Name something (a new story, a renamed one, a coverage row); API errors (e.g. a duplicate name) show in the dialog.
import { useState, type ReactNode } from 'react';
import { FormError } from './FormError';
import { Modal } from './Modal';

interface StoryNameDialogProps {
  title: string;
  submitLabel: string;
  initialName?: string;
  description?: string;
  /** The field's label; "Story name" unless given. */
  fieldLabel?: string;
  width?: number;
  /** More fields, below the name. */
  children?: ReactNode;
  onSubmit(name: string): Promise<void>;
  onClose(): void;
}

export function StoryNameDialog({ title, submitLabel, initialName = '', description, fieldLabel = 'Story name', width = 400, children, onSubmit, onClose }: StoryNameDialogProps) {
  const [name, setName] = useState(initialName);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(name.trim());
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Modal
      title={title}
      onClose={onClose}
      width={width}
      description={description}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="story-name-form" className="button button-primary" disabled={busy || !name.trim()}>
            {submitLabel}
          </button>
        </>
      }
    >
      <form
        id="story-name-form"
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void submit();
        }}
      >
        <label className="field">
          <span className="field-label">{fieldLabel}</span>
          <input
            className="input"
            data-autofocus
            value={name}
            maxLength={200}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
        {children}
        <FormError error={error} />
      </form>
    </Modal>
  );
}
