// One entry for every export (API and CLI): the kind picks the writer, the options pick the CSV dialect.
import path from 'node:path';
import { UserError } from '../../../shared/api/errors';
import { resolveDialect, type DialectOptions } from '../../../shared/exchange/dialect';
import type { ExportKind, ExportResult } from '../../../shared/exchange/types';
import type { ProjectContext } from '../project/context';
import { exportCodebookCsv } from './codebook-csv';
import { exportLong, exportSegments } from './codings-csv';
import { assertWritable } from './csv-writer';
import { exportMatrix, type MatrixOptions } from './matrix-csv';
import { exportQdc } from './qdc';
import { exportQdpx } from './qdpx-export';

export type ExportOptions = DialectOptions & MatrixOptions;

/** Writes `kind` to `file` (replacing it). CSV options are ignored by the XML kinds; labels options apply to the matrix. */
export async function exportFile(ctx: ProjectContext, kind: ExportKind, file: string, options: ExportOptions = {}): Promise<ExportResult> {
  if (!file.trim()) throw new UserError('an export needs a file to write');
  const target = path.resolve(file);
  if ([ctx.path, `${ctx.path}-wal`, `${ctx.path}-shm`].includes(target)) throw new UserError(`${file} is the project file itself; choose another name`);
  assertWritable(file);
  const dialect = resolveDialect(options);
  switch (kind) {
    case 'codebook':
      return { kind, ...(await exportCodebookCsv(ctx, file, dialect)), warnings: [] };
    case 'segments':
      return { kind, ...(await exportSegments(ctx, file, dialect)), warnings: [] };
    case 'long':
      return { kind, ...(await exportLong(ctx, file, dialect)), warnings: [] };
    case 'matrix':
      return exportMatrix(ctx, file, dialect, options);
    case 'qdc':
      return exportQdc(ctx, file);
    case 'qdpx':
      return exportQdpx(ctx, file);
  }
}
