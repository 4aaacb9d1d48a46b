// The exchange part of the contract: CSV and REFI-QDA exports written to a path the caller chose (a save
// dialog in Electron, a path field in the browser), and imports read from a path, returning a report.
import { z } from 'zod';
import { EXPORT_KINDS, IMPORT_KINDS, type ExportResult, type ImportReport } from '../exchange/types';
import { filePath, method } from './schema';

export const exchangeMethods = {
  /** CSV options apply to codebook/segments/matrix/long and are ignored by qdc/qdpx; labels options apply to matrix. */
  'exchange.export': method(
    z
      .object({
        kind: z.enum(EXPORT_KINDS),
        path: filePath,
        delimiter: z.enum(['comma', 'semicolon', 'tab']).optional(),
        bom: z.boolean().optional(),
        /** BOM + semicolon; an explicit delimiter or bom wins over it. */
        excel: z.boolean().optional(),
        /** Prefix formula-like text cells with ' (default true). */
        formulaGuard: z.boolean().optional(),
        /** Matrix: value labels instead of numeric codes. */
        labels: z.boolean().optional(),
        /** Matrix: also write FILE-labels.csv (column, variable, numeric_code, label). */
        labelsFile: z.boolean().optional(),
      })
      .strict(),
  ).returns<ExportResult>(),
  /** codebook: CSV; qdc: REFI-QDA codebook; codings: long or segments CSV; qdpx: REFI-QDA project. */
  'exchange.import': method(
    z
      .object({
        kind: z.enum(IMPORT_KINDS),
        path: filePath,
        /** CSV: strip the formula guard's leading ' (default true). */
        formulaGuard: z.boolean().optional(),
      })
      .strict(),
  ).returns<ImportReport>(),
};
