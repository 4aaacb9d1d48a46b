// The contract implemented over the core, one module per area; checked against the contract's type,
// so a missing or mistyped method does not compile.
import type { Handlers } from '../../shared/api/contract';
import { codingHandlers } from './api/coding-handlers';
import { comparisonHandlers } from './api/comparison-handlers';
import { corpusHandlers } from './api/corpus-handlers';
import { exchangeHandlers } from './api/exchange-handlers';
import { reliabilityHandlers } from './api/reliability-handlers';
import type { ProjectSession } from './project/session';

export function createHandlers(session: ProjectSession): Handlers {
  return {
    ...corpusHandlers(session),
    ...codingHandlers(session),
    ...reliabilityHandlers(session),
    ...exchangeHandlers(session),
    ...comparisonHandlers(session),
  };
}
