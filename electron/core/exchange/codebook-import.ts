// Codebook imports (CSV or .qdc) into the current project: all or nothing, one undoable action.
import path from 'node:path';
import type { ImportReport } from '../../../shared/exchange/types';
import type { ProjectContext } from '../project/context';
import { applyCodebookDraft } from './codebook-apply';
import { readCodebookCsv } from './codebook-csv';
import { validateDraft, type VariableDraft } from './codebook-draft';
import { CsvSyntaxError } from './csv-reader';
import { readQdc } from './qdc';
import { commitImport, ReportBuilder } from './report';
import { XmlFileError } from './xml';

export async function importCodebook(ctx: ProjectContext, kind: 'codebook' | 'qdc', file: string, { formulaGuard = true } = {}): Promise<ImportReport> {
  const report = new ReportBuilder();
  let drafts: VariableDraft[] = [];
  try {
    drafts = kind === 'qdc' ? readQdc(file, report) : await readCodebookCsv(file, formulaGuard, report);
  } catch (error) {
    if (error instanceof CsvSyntaxError) report.error(error.message, error.line);
    else if (error instanceof XmlFileError) report.error(error.message);
    else throw error;
  }
  if (!report.failed) validateDraft(drafts, report);
  const undoLabel = report.failed ? undefined : commitImport(ctx, `Import codebook ${path.basename(file)}`, report, () => applyCodebookDraft(ctx, drafts, report));
  return report.finish(kind, file, undoLabel !== undefined, undoLabel ?? null);
}
