// A short-lived status line at the bottom of the window (confirmations and background failures).
import { useEffect } from 'react';
import { Icon } from './Icon';

export interface NoticeMessage {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

export function Notice({ notice, onDismiss }: { notice: NoticeMessage | null; onDismiss(): void }) {
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(onDismiss, notice.tone === 'error' ? 8000 : 3500);
    return () => window.clearTimeout(timer);
  }, [notice, onDismiss]);

  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice && (
        <div className={`notice notice-${notice.tone}`} data-testid="notice">
          {notice.tone === 'error' ? <Icon name="alert" size={14} /> : <Icon name="check" size={14} />}
          <span>{notice.text}</span>
          <button type="button" className="icon-button tiny" aria-label="Dismiss" onClick={onDismiss}>
            <Icon name="x" size={12} />
          </button>
        </div>
      )}
    </div>
  );
}
