// The import dialog: files (picked or dropped) or pasted text, shared defaults, then the per-file report.
import { useState, type KeyboardEvent } from 'react';
import type { ImportReport, Outlet, Story } from '../../../shared/domain/types';
import { useApi } from '../api/use-api';
import { modKey } from '../lib/keys';
import { cleanDefaults, importFiles, type ImportDefaultsInput } from '../lib/import-files';
import { FileDropZone } from './FileDropZone';
import { FormError } from './FormError';
import { ImportFields } from './ImportFields';
import { ImportReportTable } from './ImportReportTable';
import { Modal } from './Modal';

type Tab = 'files' | 'text';

// import.text treats a short first line as the title and uses defaults.title only when there is none,
// so a title the user typed goes in as the first line to take precedence.
function withTitleLine(title: string | undefined, text: string): string {
  return title ? `${title}\n\n${text.trim()}` : text;
}

interface ImportDialogProps {
  files: File[];
  onAddFiles(files: File[]): void;
  onRemoveFile(index: number): void;
  onClearFiles(): void;
  outlets: Outlet[];
  stories: Story[];
  onImported(report: ImportReport): void;
  onClose(): void;
}

export function ImportDialog({ files, onAddFiles, onRemoveFile, onClearFiles, outlets, stories, onImported, onClose }: ImportDialogProps) {
  const api = useApi();
  const [tab, setTab] = useState<Tab>('files');
  const [defaults, setDefaults] = useState<ImportDefaultsInput>({});
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [progress, setProgress] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);

  const canImport = progress === null && (tab === 'files' ? files.length > 0 : text.trim().length > 0);

  const run = async () => {
    if (!canImport) return;
    setError(null);
    setReport(null);
    setProgress(tab === 'files' ? 'Reading files…' : 'Importing…');
    try {
      const clean = cleanDefaults({ ...defaults, title: tab === 'text' ? title : undefined });
      const result =
        tab === 'files'
          ? await importFiles(api, files, clean, (done, total) => setProgress(total > 1 ? `Importing… ${done} of ${total} batches` : 'Importing…'))
          : await api.call('import.text', { text: withTitleLine(clean.title, text), defaults: clean });
      setReport(result);
      if (tab === 'files') onClearFiles();
      else if (result.imported) {
        setText('');
        setTitle('');
      }
      onImported(result);
    } catch (err) {
      setError(err);
    } finally {
      setProgress(null);
    }
  };

  const onTabKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      const next = tab === 'files' ? 'text' : 'files';
      setTab(next);
      document.getElementById(`import-tab-${next}`)?.focus();
    }
  };

  const submitLabel = tab === 'text' ? 'Import text' : files.length > 1 ? `Import ${files.length} files` : files.length === 1 ? 'Import file' : 'Import';

  return (
    <Modal
      title="Import articles"
      onClose={onClose}
      width={640}
      testId="import-dialog"
      footer={
        <>
          <span className="footer-hint">
            {progress ?? (
              <>
                <kbd>{modKey}</kbd>
                <kbd>Enter</kbd> imports
              </>
            )}
          </span>
          <button type="button" className="button" onClick={onClose}>
            {report ? 'Done' : 'Cancel'}
          </button>
          <button type="button" className="button button-primary" data-testid="import-submit" disabled={!canImport} onClick={() => void run()}>
            {progress ? 'Importing…' : submitLabel}
          </button>
        </>
      }
    >
      <div
        className="import-body"
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void run();
          }
        }}
      >
        <div role="tablist" aria-label="Import source" className="tabs" onKeyDown={onTabKey}>
          <button
            type="button"
            role="tab"
            id="import-tab-files"
            aria-selected={tab === 'files'}
            aria-controls="import-panel"
            tabIndex={tab === 'files' ? 0 : -1}
            className="tab"
            onClick={() => setTab('files')}
          >
            Files
          </button>
          <button
            type="button"
            role="tab"
            id="import-tab-text"
            aria-selected={tab === 'text'}
            aria-controls="import-panel"
            tabIndex={tab === 'text' ? 0 : -1}
            className="tab"
            onClick={() => setTab('text')}
          >
            Paste text
          </button>
        </div>
        <div id="import-panel" role="tabpanel" aria-labelledby={`import-tab-${tab}`} className="tab-panel">
          {tab === 'files' ? (
            <FileDropZone files={files} onAdd={onAddFiles} onRemove={onRemoveFile} onClear={onClearFiles} />
          ) : (
            <div className="paste">
              <label className="field">
                <span className="field-label">Title</span>
                <input className="input" value={title} maxLength={199} onChange={(e) => setTitle(e.target.value)} placeholder="the first line if left empty" data-autofocus />
              </label>
              <label className="field">
                <span className="field-label">Article text</span>
                <textarea className="input textarea" value={text} onChange={(e) => setText(e.target.value)} rows={7} placeholder="Paste the article text" />
              </label>
            </div>
          )}
          <ImportFields value={defaults} onChange={setDefaults} outlets={outlets} stories={stories} />
        </div>
        <FormError error={error} />
        {report && <ImportReportTable report={report} />}
      </div>
    </Modal>
  );
}
