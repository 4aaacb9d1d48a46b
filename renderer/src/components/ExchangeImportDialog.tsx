// Import of exchange files into the open project: a codebook (CSV or .qdc), codings (CSV) or a REFI-QDA
// project (.qdpx), read from a path on the machine running Framebench; then the import's report.
// (Articles come in through the other Import dialog.)
import { useId, useState } from 'react';
import type { ImportKind, ImportReport } from '../../../shared/exchange/types';
import { pickFileToOpen } from '../api/file-pickers';
import { useApi } from '../api/use-api';
import { folderOf, IMPORT_CHOICES } from '../lib/exchange';
import { ExchangeImportReport } from './ExchangeImportReport';
import { FormError } from './FormError';
import { KindChoices } from './KindChoices';
import { Modal } from './Modal';
import '../styles/exchange.css';

interface ExchangeImportDialogProps {
  /** The project file's path: the path field starts in its folder. */
  projectPath: string | undefined;
  /** After an import that went in (the app reloads its data). */
  onImported(report: ImportReport): void;
  onClose(): void;
}

const ENDINGS: Record<ImportKind, string[]> = { codebook: ['csv', 'tsv', 'txt'], codings: ['csv', 'tsv', 'txt'], qdc: ['qdc'], qdpx: ['qdpx'] };

export function ExchangeImportDialog({ projectPath, onImported, onClose }: ExchangeImportDialogProps) {
  const api = useApi();
  const ids = useId();
  const [kind, setKind] = useState<ImportKind>('codebook');
  const [path, setPath] = useState(() => folderOf(projectPath));
  const [formulaGuard, setFormulaGuard] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const choice = IMPORT_CHOICES.find((c) => c.kind === kind)!;
  const ready = path.trim().length > 0 && !/[\\/]$/.test(path.trim());

  const browse = async () => {
    if (!pickFileToOpen) return;
    const picked = await pickFileToOpen({ defaultPath: path || undefined, filters: [{ name: choice.label, extensions: ENDINGS[kind] }] });
    if (picked) setPath(picked);
  };

  const submit = async () => {
    if (busy || !ready) return;
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      const result = await api.call('exchange.import', { kind, path: path.trim(), ...(choice.csv ? { formulaGuard } : {}) });
      setReport(result);
      if (result.imported) onImported(result);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title="Import codebook / codings / REFI-QDA"
      onClose={onClose}
      width={640}
      testId="exchange-import-dialog"
      footer={
        <>
          <span className="footer-hint">{busy ? 'Reading the file…' : choice.csv ? 'All or nothing: one bad row and nothing is imported.' : 'The import is one undoable action.'}</span>
          <button type="button" className="button" onClick={onClose}>
            {report?.imported ? 'Done' : 'Cancel'}
          </button>
          <button type="submit" form="exchange-import-form" className="button button-primary" data-testid="exchange-import-submit" disabled={busy || !ready}>
            {busy ? 'Importing…' : 'Import'}
          </button>
        </>
      }
    >
      <form
        id="exchange-import-form"
        className="form exchange-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset className="exchange-fieldset">
          <legend className="field-label">What to import</legend>
          <KindChoices label="What to import" name="exchange-import-kind" choices={IMPORT_CHOICES} value={kind} onChange={(next) => {
              setKind(next);
              setReport(null);
              setError(null);
            }} />
          <span className="field-hint" data-testid="exchange-import-hint">
            {choice.hint}
          </span>
        </fieldset>

        <label className="field">
          <span className="field-label">File path</span>
          <span className="exchange-path-row">
            <input
              className="input mono"
              data-autofocus
              value={path}
              spellCheck={false}
              autoComplete="off"
              onChange={(e) => setPath(e.target.value)}
              placeholder={choice.placeholder}
            />
            {pickFileToOpen && (
              <button type="button" className="button" onClick={() => void browse()}>
                Choose…
              </button>
            )}
          </span>
          <span className="field-hint">A file on the machine running Framebench.</span>
        </label>

        {choice.csv && (
          <div className="exchange-guard-block">
            <label className="check-row inline">
              <input type="checkbox" checked={formulaGuard} aria-describedby={`${ids}-guard`} onChange={(e) => setFormulaGuard(e.target.checked)} />
              <span>Undo the formula-injection guard</span>
            </label>
            <span className="field-hint exchange-indent" id={`${ids}-guard`}>
              Removes the leading ' the export put before = + - @ tab or CR. Turn off for files made without the guard whose cells really start with '.
            </span>
          </div>
        )}

        <FormError error={error} />
        {report && <ExchangeImportReport report={report} />}
      </form>
    </Modal>
  );
}
