// The slim bar above the article: where it sits in the list, previous/next, and the way into coding.
import { Icon } from './Icon';

interface ReaderToolbarProps {
  mode: 'read' | 'code';
  position: { index: number; total: number } | null;
  codingCount: number;
  armed: boolean;
  onStep(dir: 1 | -1): void;
  onCodeView(): void;
}

export function ReaderToolbar({ mode, position, codingCount, armed, onStep, onCodeView }: ReaderToolbarProps) {
  return (
    <div className="reader-toolbar" data-testid="reader-toolbar">
      {position && (
        <span className="reader-position">
          <button type="button" className="icon-button tiny" aria-label="Previous article" title="Previous article (P, Alt+↑)" onClick={() => onStep(-1)} disabled={position.index <= 0}>
            <Icon name="arrowUp" size={12} />
          </button>
          <button type="button" className="icon-button tiny" aria-label="Next article" title="Next article (N, Alt+↓)" onClick={() => onStep(1)} disabled={position.index >= position.total - 1}>
            <Icon name="arrowDown" size={12} />
          </button>
          <span data-testid="reader-position">
            {position.index + 1} of {position.total}
          </span>
        </span>
      )}
      {armed ? (
        <span className="toolbar-hint is-armed" data-testid="armed-hint">
          Adjust the quote’s span with <kbd>Shift</kbd>+<kbd>↓</kbd>/<kbd>Ctrl</kbd>+<kbd>→</kbd>; <kbd>Enter</kbd> accepts it, <kbd>Esc</kbd> cancels
        </span>
      ) : mode === 'code' ? (
        <span className="toolbar-hint">
          <kbd>J</kbd>
          <kbd>K</kbd> sentence · <kbd>[</kbd>
          <kbd>]</kbd> variable · <kbd>1</kbd>–<kbd>9</kbd> code · <kbd>?</kbd> keys
        </span>
      ) : (
        <span className="toolbar-hint">
          {codingCount > 0 ? `${codingCount} coding${codingCount === 1 ? '' : 's'} by you` : 'Not coded yet'}
          <button type="button" className="button button-small" onClick={onCodeView} title="Code this article (Ctrl+2, G then R)">
            Code this article
          </button>
        </span>
      )}
    </div>
  );
}
