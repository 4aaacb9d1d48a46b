// Codings: a code of a variable on a span (or on the whole article), by a coder, with actor, target and memo.
import { randomUUID } from 'node:crypto';
import { UserError } from '../../../shared/api/errors';
import type { Coding } from '../../../shared/domain/coding';
import { recordAction } from '../history/history';
import type { ProjectContext } from '../project/context';
import { getActor, getTarget } from './actors';
import { getCode, getVariable } from './codebook';
import { currentCoder } from './coders';
import { toCoding, type CodingRow } from './rows';

export interface CodingInput {
  articleId: number;
  variableId: number;
  codeId: number;
  start?: number;
  end?: number;
  actorId?: number | null;
  targetId?: number | null;
  memo?: string;
}

export interface CodingPatch {
  codeId?: number;
  start?: number;
  end?: number;
  actorId?: number | null;
  targetId?: number | null;
  memo?: string;
}

export function listCodings(ctx: ProjectContext, articleId: number, coderId?: number): Coding[] {
  const rows = ctx.db
    .prepare(`SELECT * FROM codings WHERE article_id = ? ${coderId ? 'AND coder_id = ?' : ''} ORDER BY start IS NOT NULL, start, end DESC, id`)
    .all(...(coderId ? [articleId, coderId] : [articleId])) as CodingRow[];
  return rows.map(toCoding);
}

export function getCoding(ctx: ProjectContext, id: number): Coding {
  const row = ctx.db.prepare('SELECT * FROM codings WHERE id = ?').get(id) as CodingRow | undefined;
  if (!row) throw new UserError(`no coding with id ${id}`);
  return toCoding(row);
}

function articleLength(ctx: ProjectContext, articleId: number): number {
  const length = ctx.db.prepare('SELECT length(body) FROM articles WHERE id = ?').pluck().get(articleId) as number | undefined;
  if (length === undefined) throw new UserError(`no article with id ${articleId}`);
  return length;
}

/** Checks a coding against its variable: unit, code, span bounds, and actor and target for stance. */
function validate(ctx: ProjectContext, c: CodingInput) {
  const variable = getVariable(ctx, c.variableId);
  if (variable.archived) throw new UserError(`"${variable.name}" is archived; restore it to code with it`);
  const code = getCode(ctx, c.codeId);
  if (code.variableId !== variable.id) throw new UserError(`"${code.label}" is not a value of "${variable.name}"`);
  const length = articleLength(ctx, c.articleId);
  const hasSpan = c.start !== undefined && c.end !== undefined;
  if (variable.unit === 'span' && !hasSpan) throw new UserError(`"${variable.name}" codes a span of text: select the text first`);
  if (variable.unit === 'article' && hasSpan) throw new UserError(`"${variable.name}" codes the whole article, not a span`);
  if (hasSpan && !(c.start! >= 0 && c.end! > c.start! && c.end! <= length)) throw new UserError(`span ${c.start}–${c.end} is outside the article (0–${length})`);
  if (c.actorId) getActor(ctx, c.actorId);
  if (c.targetId) getTarget(ctx, c.targetId);
  if (variable.kind === 'stance' && (!c.actorId || !c.targetId)) throw new UserError('a stance coding needs an actor and a target');
  return { variable, code };
}

export function insertCoding(ctx: ProjectContext, c: CodingInput, coderId: number): number {
  const now = ctx.now().toISOString();
  return Number(
    ctx.db
      .prepare(
        `INSERT INTO codings (guid, article_id, coder_id, variable_id, code_id, start, end, actor_id, target_id, memo, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(randomUUID(), c.articleId, coderId, c.variableId, c.codeId, c.start ?? null, c.end ?? null, c.actorId ?? null, c.targetId ?? null, c.memo ?? '', now, now)
      .lastInsertRowid,
  );
}

/** Span codings add; an article-level coding replaces the coder's earlier value for that variable. */
export function createCoding(ctx: ProjectContext, input: CodingInput): Coding {
  const { variable, code } = validate(ctx, input);
  const coder = currentCoder(ctx);
  const label = `${variable.unit === 'article' ? 'Set' : 'Code'} ${variable.name}: ${code.label}`;
  const id = recordAction(ctx, label, () => {
    if (variable.unit === 'article') {
      ctx.db.prepare('DELETE FROM codings WHERE article_id = ? AND coder_id = ? AND variable_id = ?').run(input.articleId, coder.id, variable.id);
    }
    return insertCoding(ctx, input, coder.id);
  });
  return getCoding(ctx, id);
}

export function updateCoding(ctx: ProjectContext, id: number, patch: CodingPatch): Coding {
  const current = getCoding(ctx, id);
  const next: CodingInput = {
    articleId: current.articleId,
    variableId: current.variableId,
    codeId: patch.codeId ?? current.codeId!,
    start: patch.start ?? current.start ?? undefined,
    end: patch.end ?? current.end ?? undefined,
    actorId: patch.actorId === undefined ? current.actorId : patch.actorId,
    targetId: patch.targetId === undefined ? current.targetId : patch.targetId,
    memo: patch.memo ?? current.memo,
  };
  const { variable } = validate(ctx, next);
  const memoOnly = patch.memo !== undefined && Object.keys(patch).length === 1;
  const label = memoOnly ? `Edit memo of ${variable.name} coding #${id}` : `Edit ${variable.name} coding`;
  recordAction(
    ctx,
    label,
    () =>
    ctx.db
      .prepare('UPDATE codings SET code_id = ?, start = ?, end = ?, actor_id = ?, target_id = ?, memo = ?, updated_at = ? WHERE id = ?')
      .run(next.codeId, next.start ?? null, next.end ?? null, next.actorId ?? null, next.targetId ?? null, next.memo ?? '', ctx.now().toISOString(), id),
    { coalesce: memoOnly },
  );
  return getCoding(ctx, id);
}

export function deleteCoding(ctx: ProjectContext, id: number): { deleted: number } {
  const coding = getCoding(ctx, id);
  const variable = getVariable(ctx, coding.variableId);
  recordAction(ctx, `Remove ${variable.name} coding`, () => ctx.db.prepare('DELETE FROM codings WHERE id = ?').run(id));
  return { deleted: id };
}
