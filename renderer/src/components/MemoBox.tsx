// A memo field saved as you type (debounced) and on blur; no save button. Escape hands the keyboard back.
import { useId } from 'react';
import { useMemoText, type SaveState } from '../hooks/use-memo-text';

interface MemoBoxProps {
  articleId: number | null;
  version: number;
  label: string;
  placeholder: string;
  rows?: number;
  onEscape?(): void;
  testId?: string;
}

export const SAVE_TEXT: Record<SaveState, string> = { idle: '', saving: 'Saving…', saved: 'Saved', error: 'Not saved' };

export function MemoBox({ articleId, version, label, placeholder, rows = 4, onEscape, testId }: MemoBoxProps) {
  const memo = useMemoText(articleId, version);
  const id = useId();
  return (
    <div className="memo-box">
      <label className="memo-label" htmlFor={id}>
        <span>{label}</span>
        <span className={`memo-status status-${memo.status}`} aria-live="polite">
          {SAVE_TEXT[memo.status]}
        </span>
      </label>
      <textarea
        id={id}
        className="input textarea memo-text"
        rows={rows}
        placeholder={placeholder}
        value={memo.text}
        data-testid={testId}
        onChange={(e) => memo.setText(e.target.value)}
        onBlur={() => void memo.flush()}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && onEscape) {
            e.preventDefault();
            e.stopPropagation();
            void memo.flush();
            onEscape();
          }
        }}
      />
    </div>
  );
}
