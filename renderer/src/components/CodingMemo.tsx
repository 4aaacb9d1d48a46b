// The memo of one coding, edited in the margin: saved as you type (debounced) and on blur; Escape closes it.
import { useEffect, useRef, useState } from 'react';
import type { Coding } from '../../../shared/domain/coding';
import { useApi } from '../api/use-api';
import type { SaveState } from '../hooks/use-memo-text';
import { SAVE_TEXT } from './MemoBox';

const SAVE_AFTER_MS = 1000;

export function CodingMemo({ coding, onSaved, onClose }: { coding: Coding; onSaved(): void; onClose(): void }) {
  const api = useApi();
  const [text, setText] = useState(coding.memo);
  const [status, setStatus] = useState<SaveState>('idle');
  const pending = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const flush = async () => {
    window.clearTimeout(timer.current);
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    setStatus('saving');
    try {
      await api.call('codings.update', { id: coding.id, memo: value });
      setStatus('saved');
      onSaved();
    } catch {
      setStatus('error');
    }
  };
  const flushRef = useRef(flush);
  flushRef.current = flush;
  useEffect(() => () => void flushRef.current(), []);

  return (
    <div className="coding-memo" onClick={(e) => e.stopPropagation()}>
      <textarea
        className="input textarea"
        rows={3}
        autoFocus
        aria-label="Memo of this coding"
        placeholder="Why this code? Saved as you type."
        value={text}
        data-testid="coding-memo"
        onChange={(e) => {
          setText(e.target.value);
          pending.current = e.target.value;
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => void flushRef.current(), SAVE_AFTER_MS);
        }}
        onBlur={() => void flush()}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') {
            e.preventDefault();
            void flush();
            onClose();
          }
        }}
      />
      <span className={`memo-status status-${status}`}>{SAVE_TEXT[status] || 'Esc closes'}</span>
    </div>
  );
}
