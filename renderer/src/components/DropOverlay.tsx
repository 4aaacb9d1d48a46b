// Shown while files are dragged over the window: dropping them opens the import dialog with the files staged.
import { Icon } from './Icon';

export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-card">
        <Icon name="upload" size={28} />
        <p>Drop files to import</p>
        <span>.txt .md .html .json .csv</span>
      </div>
    </div>
  );
}
