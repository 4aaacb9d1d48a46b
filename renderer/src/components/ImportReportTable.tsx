// The per-file import report: status (imported / duplicate / failed) in colour, the file and the message.
import type { ImportReport } from '../../../shared/domain/types';
import { plural } from '../lib/format';

const STATUS_TEXT = { imported: 'Imported', duplicate: 'Duplicate', failed: 'Failed' } as const;

export function ImportReportTable({ report }: { report: ImportReport }) {
  return (
    <div className="import-report" data-testid="import-report">
      <p className="report-summary" data-testid="import-summary">
        <span className="status-dot status-imported" aria-hidden="true" />
        {plural(report.imported, 'article')} imported
        <span className="status-dot status-duplicate" aria-hidden="true" />
        {plural(report.duplicates, 'duplicate')}
        <span className="status-dot status-failed" aria-hidden="true" />
        {report.failed} failed
      </p>
      <div className="report-scroll">
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col">File</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {report.files.map((file, i) => (
              <tr key={`${file.file}-${i}`} data-testid="import-report-row" data-status={file.status}>
                <td>
                  <span className={`status-pill status-${file.status}`}>{STATUS_TEXT[file.status]}</span>
                </td>
                <td className="report-file" title={file.file}>
                  {file.file}
                </td>
                <td className="report-message" data-testid="report-message">
                  {file.message}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
