// One entry for every exchange import (API and CLI): the kind picks the reader; each returns a report.
import type { ImportKind, ImportReport } from '../../../shared/exchange/types';
import type { ProjectContext } from '../project/context';
import { importCodebook } from './codebook-import';
import { importCodings } from './codings-import';
import { importQdpx } from './qdpx-import';

export interface ImportOptions {
  /** Strip the export's formula guard (one leading ' before = + - @ tab CR) from CSV cells; on by default. */
  formulaGuard?: boolean;
}

export function importFile(ctx: ProjectContext, kind: ImportKind, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  switch (kind) {
    case 'codebook':
    case 'qdc':
      return importCodebook(ctx, kind, file, options);
    case 'codings':
      return importCodings(ctx, file, options);
    case 'qdpx':
      return importQdpx(ctx, file);
  }
}
