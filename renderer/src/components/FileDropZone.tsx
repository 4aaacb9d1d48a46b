// The import drop zone with a file picker, and the list of files staged for import.
import { useRef, useState } from 'react';
import { formatBytes } from '../lib/format';
import { ACCEPTED_EXTENSIONS } from '../lib/import-files';
import { Icon } from './Icon';

interface FileDropZoneProps {
  files: File[];
  onAdd(files: File[]): void;
  onRemove(index: number): void;
  onClear(): void;
}

export function FileDropZone({ files, onAdd, onRemove, onClear }: FileDropZoneProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div className="file-drop">
      <div
        className={`drop-zone${over ? ' is-over' : ''}`}
        data-testid="drop-zone"
        onDragEnter={() => setOver(true)}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
        }}
        onDrop={() => setOver(false)}
      >
        <Icon name="upload" size={22} />
        <p>
          Drop files here or{' '}
          <button type="button" className="link-button" data-autofocus onClick={() => inputRef.current?.click()}>
            choose files
          </button>
        </p>
        <span className="drop-formats">{ACCEPTED_EXTENSIONS.join(' ')}</span>
        <input
          ref={inputRef}
          type="file"
          multiple
          className="visually-hidden"
          aria-label="Choose files to import"
          data-testid="import-file-input"
          accept={ACCEPTED_EXTENSIONS.join(',')}
          tabIndex={-1}
          onChange={(e) => {
            onAdd([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </div>
      {files.length > 0 && (
        <div className="staged">
          <div className="staged-header">
            <span>{files.length === 1 ? '1 file' : `${files.length} files`} to import</span>
            <button type="button" className="link-button" onClick={onClear}>
              Clear
            </button>
          </div>
          <ul className="staged-list" data-testid="staged-files">
            {files.map((file, i) => (
              <li key={`${file.name}-${i}`}>
                <Icon name="file" size={13} />
                <span className="staged-name">{file.name}</span>
                <span className="staged-size">{formatBytes(file.size)}</span>
                <button type="button" className="icon-button tiny" aria-label={`Remove ${file.name}`} onClick={() => onRemove(i)}>
                  <Icon name="x" size={12} />
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
