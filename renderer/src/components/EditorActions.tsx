// The foot of a codebook editor: archive or restore (where the item can be archived) and delete.
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
