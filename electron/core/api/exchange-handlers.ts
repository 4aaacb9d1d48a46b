// The exchange methods of the contract implemented over the core: exports to a file, imports with a report.
import type { HandlersFor } from '../../../shared/api/contract';
import type { exchangeMethods } from '../../../shared/api/contract-exchange';
import { exportFile } from '../exchange/export';
import { importFile } from '../exchange/import';
import type { ProjectSession } from '../project/session';

export function exchangeHandlers(session: ProjectSession): HandlersFor<keyof typeof exchangeMethods> {
  return {
    'exchange.export': ({ kind, path, ...options }) => exportFile(session.ctx, kind, path, options),
    'exchange.import': ({ kind, path, formulaGuard }) => importFile(session.ctx, kind, path, { formulaGuard }),
  };
}
