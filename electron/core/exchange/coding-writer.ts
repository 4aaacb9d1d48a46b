// Writing imported and merged codings: coders found or created by name, and one prepared insert that keeps the
// file's GUIDs and timestamps (insertCoding in coding/codings.ts always stamps the current time).
import type Database from 'better-sqlite3';
import type { Coding } from '../../../shared/domain/coding';
import { coderColor } from '../coding/coders';
import type { ProjectContext } from '../project/context';
import type { ReportBuilder } from './report';

/** A coding as written, GUID and timestamps included; the id comes from the insert. */
export type NewCoding = Omit<Coding, 'id'>;

/** Coder ids by name (case-insensitive, as the coders table compares them); a new name adds a coder. */
export function coderFinder(ctx: ProjectContext, report: ReportBuilder): (name: string) => number {
  const coders = new Map((ctx.db.prepare('SELECT id, name FROM coders').all() as { id: number; name: string }[]).map((c) => [c.name.toLowerCase(), c.id]));
  const insert = ctx.db.prepare('INSERT INTO coders (name, color, created_at) VALUES (?, ?, ?)');
  return (name) => {
    let id = coders.get(name.toLowerCase());
    if (id === undefined) {
      id = Number(insert.run(name, coderColor(coders.size), ctx.now().toISOString()).lastInsertRowid);
      coders.set(name.toLowerCase(), id);
      report.outcome('added', `coder "${name}"`);
    }
    return id;
  };
}

export function codingInserter(db: Database.Database): (c: NewCoding) => number {
  const insert = db.prepare(
    `INSERT INTO codings (guid, article_id, coder_id, variable_id, code_id, start, end, actor_id, target_id, memo, created_at, updated_at)
     VALUES (@guid, @articleId, @coderId, @variableId, @codeId, @start, @end, @actorId, @targetId, @memo, @createdAt, @updatedAt)`,
  );
  return (c) => Number(insert.run(c).lastInsertRowid);
}
