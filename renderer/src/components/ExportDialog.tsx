// The export dialog: what to write (codebook, codings, data matrix, REFI-QDA), the CSV dialect, and where;
// then what was written. The path is a file on the machine running Framebench.
import { useEffect, useId, useRef, useState } from 'react';
import { DIALECT_PRESETS, type DelimiterName } from '../../../shared/exchange/dialect';
import type { ExportKind, ExportResult } from '../../../shared/exchange/types';
import { pickFileToSave } from '../api/file-pickers';
import { useApi } from '../api/use-api';
import { EXPORT_CHOICES, FORMULA_GUARD_HINT, fileNameOf, labelsPathOf, pathForKind, suggestedExportPath } from '../lib/exchange';
import { formatBytes, plural } from '../lib/format';
import { ExchangeWarnings } from './ExchangeImportReport';
import { FormError } from './FormError';
import { Icon } from './Icon';
import { KindChoices } from './KindChoices';
import { Modal } from './Modal';
import '../styles/exchange.css';

const DELIMITER_CHOICES: { name: DelimiterName; label: string; sample: string }[] = [
  { name: 'comma', label: 'Comma', sample: ',' },
  { name: 'semicolon', label: 'Semicolon', sample: ';' },
  { name: 'tab', label: 'Tab', sample: '⇥' },
];

const EXCEL = DIALECT_PRESETS.excel;

interface ExportDialogProps {
  /** The project file's path, to suggest file names next to it. */
  projectPath: string | undefined;
  onClose(): void;
}

export function ExportDialog({ projectPath, onClose }: ExportDialogProps) {
  const api = useApi();
  const ids = useId();
  const [kind, setKind] = useState<ExportKind>('codebook');
  const [path, setPath] = useState(() => suggestedExportPath(projectPath, 'codebook'));
  const [delimiter, setDelimiter] = useState<DelimiterName>('comma');
  const [bom, setBom] = useState(false);
  const [formulaGuard, setFormulaGuard] = useState(true);
  const [labels, setLabels] = useState(false);
  const [labelsFile, setLabelsFile] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<ExportResult | null>(null);

  const choice = EXPORT_CHOICES.find((c) => c.kind === kind)!;
  // The Excel preset is exactly its settings, so it shows as on whenever they are chosen by hand too.
  const excel = delimiter === EXCEL.delimiter && bom === EXCEL.bom;

  const choose = (next: ExportKind) => {
    setPath((p) => pathForKind(p, kind, next, projectPath));
    setKind(next);
    setResult(null);
    setError(null);
  };

  const setExcel = (on: boolean) => {
    setDelimiter(on ? EXCEL.delimiter : DIALECT_PRESETS.standard.delimiter);
    setBom(on ? EXCEL.bom : DIALECT_PRESETS.standard.bom);
  };

  const browse = async () => {
    if (!pickFileToSave) return;
    const ending = choice.suffix.replace(/^.*\./, '');
    const picked = await pickFileToSave({ defaultPath: path, filters: [{ name: choice.label, extensions: [ending] }] });
    if (picked) setPath(picked);
  };

  const submit = async () => {
    if (busy || !path.trim()) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const written = await api.call('exchange.export', {
        kind,
        path: path.trim(),
        ...(choice.csv ? { delimiter, bom, formulaGuard } : {}),
        ...(kind === 'matrix' ? { labels, labelsFile } : {}),
      });
      setResult(written);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title="Export"
      onClose={onClose}
      width={640}
      testId="export-dialog"
      footer={
        <>
          <span className="footer-hint">{busy ? 'Writing the file…' : 'An existing file at this path is replaced.'}</span>
          <button type="button" className="button" onClick={onClose}>
            {result ? 'Done' : 'Cancel'}
          </button>
          <button type="submit" form="export-form" className="button button-primary" data-testid="export-submit" disabled={busy || !path.trim()}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </>
      }
    >
      <form
        id="export-form"
        className="form exchange-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset className="exchange-fieldset">
          <legend className="field-label">What to export</legend>
          <KindChoices label="What to export" name="export-kind" choices={EXPORT_CHOICES} value={kind} onChange={choose} />
        </fieldset>

        {kind === 'matrix' && (
          <fieldset className="exchange-fieldset exchange-options" data-testid="matrix-options">
            <legend className="field-label">Article variables</legend>
            <div className="exchange-inline" role="radiogroup" aria-label="Article variable cells">
              <label className="check-row inline">
                <input type="radio" name="matrix-values" checked={!labels} onChange={() => setLabels(false)} />
                <span>Numeric codes</span>
              </label>
              <label className="check-row inline">
                <input type="radio" name="matrix-values" checked={labels} onChange={() => setLabels(true)} />
                <span>Value labels</span>
              </label>
            </div>
            <label className="check-row inline">
              <input type="checkbox" checked={labelsFile} onChange={(e) => setLabelsFile(e.target.checked)} />
              <span>Also write a value-labels file</span>
            </label>
            {labelsFile && (
              <span className="field-hint">
                <span className="mono">{fileNameOf(labelsPathOf(path.trim()))}</span>{' '}
                beside it: column, variable, numeric_code, label — for SPSS VALUE LABELS or R factor().
              </span>
            )}
          </fieldset>
        )}

        {choice.csv ? (
          <fieldset className="exchange-fieldset exchange-options" data-testid="csv-options">
            <legend className="field-label">CSV format</legend>
            <div className="exchange-inline" role="radiogroup" aria-label="Delimiter">
              <span className="exchange-inline-label" aria-hidden="true">
                Delimiter
              </span>
              {DELIMITER_CHOICES.map((d) => (
                <label key={d.name} className="check-row inline">
                  <input type="radio" name="export-delimiter" checked={delimiter === d.name} aria-label={d.label} onChange={() => setDelimiter(d.name)} />
                  <span>
                    {d.label} <span className="exchange-sample">{d.sample}</span>
                  </span>
                </label>
              ))}
            </div>
            <div className="exchange-inline">
              <label className="check-row inline">
                <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} />
                <span>UTF-8 with BOM</span>
              </label>
              <label className="check-row inline">
                <input type="checkbox" checked={excel} onChange={(e) => setExcel(e.target.checked)} />
                <span>Excel preset (BOM + semicolon)</span>
              </label>
            </div>
            <label className="check-row inline exchange-guard">
              <input type="checkbox" checked={formulaGuard} aria-describedby={`${ids}-guard`} onChange={(e) => setFormulaGuard(e.target.checked)} />
              <span>Formula-injection guard</span>
            </label>
            <span className="field-hint exchange-indent" id={`${ids}-guard`}>
              {FORMULA_GUARD_HINT}
            </span>
          </fieldset>
        ) : (
          <p className="field-hint" data-testid="xml-note">
            REFI-QDA files are UTF-8 XML{kind === 'qdpx' ? ' in a zip, with each article’s text beside it' : ''}; the CSV options do not apply.
          </p>
        )}

        <label className="field">
          <span className="field-label">Save to</span>
          <span className="exchange-path-row">
            <input
              className="input mono"
              value={path}
              spellCheck={false}
              autoComplete="off"
              onChange={(e) => {
                setPath(e.target.value);
                setResult(null);
              }}
              placeholder={`/path/to/file${choice.suffix.replace(/^.*\./, '.')}`}
            />
            {pickFileToSave && (
              <button type="button" className="button" onClick={() => void browse()}>
                Choose…
              </button>
            )}
          </span>
          <span className="field-hint">A file on the machine running Framebench; the folder must exist.</span>
        </label>

        <FormError error={error} />
        {result && <ExportSummary result={result} />}
      </form>
    </Modal>
  );
}

function countsText(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([name, n]) => plural(n, name.replace(/s$/, ''), name))
    .join(' · ');
}

function ExportSummary({ result }: { result: ExportResult }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [result]);
  const xml = result.kind === 'qdc' || result.kind === 'qdpx';
  return (
    <div ref={ref} className="exchange-result is-ok" role="status" data-testid="export-result">
      <p className="exchange-result-head">
        <Icon name="check" size={14} />
        <span data-testid="export-summary">
          Exported {xml && result.counts ? countsText(result.counts) : plural(result.rows, 'row')} · {formatBytes(result.bytes)}
        </span>
      </p>
      <p className="exchange-path mono" data-testid="export-path" title={result.path}>
        {result.path}
      </p>
      {result.labelsFile && (
        <p className="exchange-result-line" data-testid="export-labels-file">
          Value labels: <span className="mono">{result.labelsFile.path}</span> ({plural(result.labelsFile.rows, 'row')}, {formatBytes(result.labelsFile.bytes)})
        </p>
      )}
      <ExchangeWarnings warnings={result.warnings} testId="export-warnings" />
    </div>
  );
}
