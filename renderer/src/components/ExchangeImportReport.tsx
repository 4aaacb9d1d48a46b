// The report of a codebook, codings or REFI-QDA import: imported or not, the problems with their line numbers,
// what happened to each item, the parts Framebench could not hold, and how the file was read.
import { useEffect, useRef } from 'react';
import type { ImportReport, OutcomeStatus } from '../../../shared/exchange/types';
import { modKey } from '../lib/keys';
import { plural } from '../lib/format';
import { Icon } from './Icon';

const STATUSES: OutcomeStatus[] = ['added', 'updated', 'unchanged', 'kept', 'skipped'];
const STATUS_TEXT: Record<OutcomeStatus, string> = { added: 'Added', updated: 'Updated', unchanged: 'Unchanged', kept: 'Kept', skipped: 'Skipped' };

function totalsText(report: ImportReport): string {
  const parts = STATUSES.filter((s) => report.totals[s] > 0).map((s) => `${report.totals[s].toLocaleString()} ${s}`);
  return parts.length ? parts.join(' · ') : 'nothing in the file';
}

export function ExchangeImportReport({ report }: { report: ImportReport }) {
  const problems = report.errors.length + report.moreErrors;
  const ref = useRef<HTMLDivElement>(null);
  // The report is below the form: bring its start into view (the modal body scrolls).
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [report]);
  return (
    <div ref={ref} className="exchange-report" data-testid="exchange-report" data-imported={report.imported}>
      {report.imported ? (
        <div className="exchange-result is-ok" role="status">
          <p className="exchange-result-head" data-testid="exchange-report-summary">
            <Icon name="check" size={14} />
            <span>Imported: {totalsText(report)}</span>
          </p>
          <p className="exchange-result-line" data-testid="exchange-undo-hint">
            {report.undoLabel ? (
              <>
                <kbd>{modKey}</kbd>
                <kbd>Z</kbd> undoes this import (“{report.undoLabel}”) once this dialog is closed.
              </>
            ) : (
              'Nothing in the project changed.'
            )}
          </p>
        </div>
      ) : (
        <div className="exchange-result is-error" role="alert">
          <p className="exchange-result-head" data-testid="exchange-report-summary">
            <Icon name="alert" size={14} />
            <span>
              Nothing imported: the file has {plural(problems, 'problem')}. Fix {problems === 1 ? 'it' : 'them'} and import again; the project is unchanged.
            </span>
          </p>
        </div>
      )}

      {report.errors.length > 0 && (
        <section className="exchange-section">
          <h3 className="exchange-section-title">Problems</h3>
          <ul className="exchange-lines" data-testid="exchange-errors">
            {report.errors.map((e, i) => (
              <li key={i} className="exchange-line is-error" data-testid="exchange-error">
                <span className="exchange-line-no">{e.line !== undefined ? `Line ${e.line}` : 'File'}</span>
                <span className="exchange-line-text">{e.message}</span>
              </li>
            ))}
            {report.moreErrors > 0 && <li className="exchange-line exchange-more">… and {plural(report.moreErrors, 'more problem')} not listed.</li>}
          </ul>
        </section>
      )}

      {report.outcomes.length > 0 && (
        <section className="exchange-section">
          <h3 className="exchange-section-title">What happened</h3>
          <ul className="exchange-lines" data-testid="exchange-outcomes">
            {report.outcomes.map((o, i) => (
              <li key={i} className="exchange-line" data-testid="exchange-outcome" data-status={o.status}>
                <span className={`exchange-pill is-${o.status}`}>{STATUS_TEXT[o.status]}</span>
                {o.line !== undefined && <span className="exchange-line-no">Line {o.line}</span>}
                <span className="exchange-line-text">{o.message}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {report.unmapped.length > 0 && (
        <section className="exchange-section">
          <h3 className="exchange-section-title">Left out: Framebench cannot hold these</h3>
          <ul className="exchange-lines" data-testid="exchange-unmapped">
            {report.unmapped.map((u) => (
              <li key={u} className="exchange-line">
                <span className="exchange-line-text">{u}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <ExchangeWarnings warnings={report.warnings} testId="exchange-warnings" />
    </div>
  );
}

/** The warnings of an import or export, one line each; nothing when there are none. */
export function ExchangeWarnings({ warnings, testId }: { warnings: string[]; testId: string }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="exchange-warnings" data-testid={testId}>
      {warnings.map((w) => (
        <li key={w}>
          <Icon name="alert" size={13} />
          <span>{w}</span>
        </li>
      ))}
    </ul>
  );
}
