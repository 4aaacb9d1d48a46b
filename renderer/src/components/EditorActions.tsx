// Buttons of a codebook editor: at its foot archive or restore (where the item can be archived) and delete; in its head
// move up and down.
import { Icon } from './Icon';

export function EditorActions(props: { archived?: boolean; onArchive?: () => void; deleteLabel: string; onDelete: () => void }) {
  return (
    <div className="cb-editor-actions">
      {props.onArchive && (
        <button type="button" className="button button-small" onClick={props.onArchive}>
          <Icon name="archive" size={12} />
          {props.archived ? 'Restore' : 'Archive'}
        </button>
      )}
      <button type="button" className="button button-small danger-text" onClick={props.onDelete}>
        <Icon name="trash" size={12} />
        {props.deleteLabel}
      </button>
    </div>
  );
}

/** Move up / move down of the item being edited (a variable, a code); Alt+↑/↓ do the same. */
export function EditorMoveButtons({ noun, onMove }: { noun: string; onMove(dir: 1 | -1): void }) {
  return (
    <span className="cb-editor-tools">
      <button type="button" className="icon-button small" aria-label={`Move ${noun} up`} title="Move up (Alt+↑)" onClick={() => onMove(-1)}>
        <Icon name="arrowUp" size={14} />
      </button>
      <button type="button" className="icon-button small" aria-label={`Move ${noun} down`} title="Move down (Alt+↓)" onClick={() => onMove(1)}>
        <Icon name="arrowDown" size={14} />
      </button>
    </span>
  );
}
