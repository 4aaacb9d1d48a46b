// What the exchange exports and imports return across the API boundary: export results and import reports.

export const EXPORT_KINDS = ['codebook', 'segments', 'matrix', 'long', 'qdc', 'qdpx'] as const;
export const IMPORT_KINDS = ['codebook', 'codings', 'qdc', 'qdpx'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface WrittenFile {
  path: string;
  /** Data rows of a CSV file (header not counted). */
  rows: number;
  bytes: number;
}

export interface ExportResult extends WrittenFile {
  kind: ExportKind;
  /** What an XML export holds, e.g. { codes: 18, sources: 11, codings: 40 }. */
  counts?: Record<string, number>;
  /** The value-labels file written beside a data matrix (labelsFile option). */
  labelsFile?: WrittenFile;
  /** Things the reader should know, e.g. values written as labels because they have no numeric code. */
  warnings: string[];
}

export type OutcomeStatus = 'added' | 'updated' | 'unchanged' | 'kept' | 'skipped';

export interface ImportOutcome {
  /** added/updated/unchanged: an item of the file; kept: a project item the file does not mention (left alone); skipped: not imported, with the reason. */
  status: OutcomeStatus;
  message: string;
  /** Line of the CSV file (the header is line 1), when the outcome is about one row. */
  line?: number;
}

export interface ImportProblem {
  message: string;
  line?: number;
}

export interface ImportReport {
  kind: ImportKind;
  path: string;
  /** False when problems stopped the import: then nothing at all was written. */
  imported: boolean;
  /** Problems that stop the import (CSV imports are all or nothing). */
  errors: ImportProblem[];
  /** Errors beyond the first 1000, counted but not listed. */
  moreErrors: number;
  outcomes: ImportOutcome[];
  /** Parts of the file Framebench cannot hold, listed rather than silently dropped. */
  unmapped: string[];
  /** How the file was read, when the reader had to guess (e.g. not UTF-8, read as Windows-1252). */
  warnings: string[];
  totals: Record<OutcomeStatus, number>;
  /** The label of the undoable action the import made (undo removes it in one step), if anything changed. */
  undoLabel: string | null;
}
