// A labelled text field that saves itself: on blur, or Enter in one-line fields; Escape restores the saved value.
import { useEffect, useId, useState } from 'react';

interface AutoFieldProps {
  label: string;
  value: string;
  onSave(value: string): Promise<unknown> | void;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  required?: boolean;
  inputRef?: (el: HTMLInputElement | HTMLTextAreaElement | null) => void;
  className?: string;
  testId?: string;
}

export function AutoField({ label, value, onSave, multiline, rows = 3, placeholder, required, inputRef, className, testId }: AutoFieldProps) {
  const [draft, setDraft] = useState(value);
  const id = useId();
  useEffect(() => setDraft(value), [value]);

  const commit = () => {
    const next = multiline ? draft : draft.trim();
    if (next === value) return;
    if (required && !next) {
      setDraft(value);
      return;
    }
    void onSave(next);
  };

  const common = {
    id,
    value: draft,
    placeholder,
    'data-testid': testId,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
  };

  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea
          {...common}
          ref={inputRef}
          className="input textarea auto-textarea"
          rows={rows}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setDraft(value);
            }
          }}
        />
      ) : (
        <input
          {...common}
          ref={inputRef}
          className="input input-small"
          autoComplete="off"
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            } else if (e.key === 'Escape') {
              e.stopPropagation();
              setDraft(value);
            }
          }}
        />
      )}
    </div>
  );
}
