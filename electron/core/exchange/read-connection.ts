// A second, read-only connection for streaming exports: the long iteration does not hold the project's own
// connection busy (other API calls keep working during an export) and it reads one consistent WAL snapshot.
import type Database from 'better-sqlite3';
import { UserError } from '../../../shared/api/errors';
import { openReadOnly } from '../db/binding';
import type { ProjectContext } from '../project/context';

export function openReadConnection(ctx: ProjectContext): Database.Database {
  if (ctx.path === ':memory:') throw new UserError('exports need a project saved as a file');
  return openReadOnly(ctx.path);
}

/**
 * Runs `work` with two read connections, always closed after: one to iterate on, one for lookups while the
 * iteration runs (better-sqlite3 runs one statement per connection at a time).
 */
export async function withReadConnections<T>(ctx: ProjectContext, work: (iterating: Database.Database, lookup: Database.Database) => Promise<T>): Promise<T> {
  const iterating = openReadConnection(ctx);
  const lookup = openReadConnection(ctx);
  try {
    return await work(iterating, lookup);
  } finally {
    iterating.close();
    lookup.close();
  }
}
