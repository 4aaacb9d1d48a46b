// Disagreements between coders, unit by unit, and settling them into consensus codings.
import type { Disagreement } from '../../../shared/domain/reliability';
import { UserError } from '../../../shared/api/errors';
import type { Variable } from '../../../shared/domain/coding';
import { getCode, getCodebook, getVariable } from '../coding/codebook';
import { insertCoding } from '../coding/codings';
import { recordAction } from '../history/history';
import type { ProjectContext } from '../project/context';
import { consensusCoder } from './team';
import { givesUnit, NONE, unitsFor, type Unit } from './units';

export interface ReviewScope {
  articleIds: number[];
  coders: { id: number; name: string }[];
  variableId?: number;
}

function label(variable: Variable, value: number | typeof NONE): string {
  return value === NONE ? NONE : (variable.codes.find((c) => c.id === value)?.label ?? `code ${value}`);
}

function consensusValues(ctx: ProjectContext, variable: Variable, articleIds: number[], coderId: number): Map<string, number> {
  const units = unitsFor(ctx, variable, articleIds, [coderId]);
  const values = new Map<string, number>();
  for (const unit of units) {
    const value = unit.values.get(coderId);
    if (typeof value === 'number') values.set(unit.key, value);
  }
  return values;
}

/** The units of the variable settled as "(none)", as spanKey()s. */
function settledNone(ctx: ProjectContext, variableId: number): Set<string> {
  const rows = ctx.db
    .prepare('SELECT article_id, start, end FROM consensus_none WHERE variable_id = ?')
    .raw()
    .all(variableId) as [number, number | null, number | null][];
  return new Set(rows.map(([article, start, end]) => spanKey(article, start, end)));
}

/** "article:start:end" for a sentence, "article::" for the whole article. */
const spanKey = (articleId: number, start: number | null, end: number | null) => `${articleId}:${start ?? ''}:${end ?? ''}`;

function differs(unit: Unit): boolean {
  return new Set(unit.values.values()).size > 1;
}

export function listDisagreements(ctx: ProjectContext, scope: ReviewScope): Disagreement[] {
  const variables = getCodebook(ctx).filter((v) => scope.variableId === undefined || v.id === scope.variableId);
  const articles = new Map(
    (ctx.db
      .prepare(`SELECT a.id, a.title, a.body, o.name AS outlet FROM articles a JOIN outlets o ON o.id = a.outlet_id WHERE a.id IN (${scope.articleIds.map(() => '?').join(',') || 'NULL'})`)
      .all(...scope.articleIds) as { id: number; title: string; body: string; outlet: string }[]).map((a) => [a.id, a]),
  );
  const coderName = new Map(scope.coders.map((c) => [c.id, c.name]));
  // Looked up (and created, the first time) only when there is a variable to review.
  let consensusId: number | undefined;
  return variables.flatMap((variable) => {
    consensusId ??= consensusCoder(ctx).id;
    const settled = consensusValues(ctx, variable, scope.articleIds, consensusId);
    const none = settledNone(ctx, variable.id);
    return unitsFor(
      ctx,
      variable,
      scope.articleIds,
      scope.coders.map((c) => c.id),
    )
      .filter((unit) => unit.values.size >= 2 && differs(unit))
      .map((unit) => {
        const article = articles.get(unit.articleId)!;
        // A consensus coding wins over a "(none)" settlement it was made after (by hand, or merged in).
        const consensus = settled.get(unit.key) ?? (none.has(spanKey(unit.articleId, unit.start, unit.end)) ? NONE : undefined);
        return {
          variableId: variable.id,
          variable: variable.name,
          articleId: unit.articleId,
          title: article.title,
          outlet: article.outlet,
          sentence: unit.sentence,
          start: unit.start,
          end: unit.end,
          text: unit.start === null ? article.title : article.body.slice(unit.start, unit.end!),
          values: [...unit.values].map(([coderId, value]) => ({
            coderId,
            coder: coderName.get(coderId) ?? String(coderId),
            codeId: value === NONE ? null : value,
            label: label(variable, value),
          })),
          consensus: consensus === undefined ? null : { codeId: consensus === NONE ? null : consensus, label: label(variable, consensus) },
        };
      });
  });
}

export interface UnitRef {
  variableId: number;
  articleId: number;
  /** Sentence index for span variables, null for the article. */
  sentence: number | null;
}

/** The unit's variable and span (the sentence's characters; null for an article-level unit), checked. */
function resolveUnit(ctx: ProjectContext, unit: UnitRef): { variable: Variable; span: { start: number; end: number } | null } {
  const variable = getVariable(ctx, unit.variableId);
  if (variable.unit === 'article') {
    if (unit.sentence !== null) throw new UserError(`"${variable.name}" is coded per article, not per sentence`);
    if (!ctx.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(unit.articleId)) throw new UserError(`there is no article ${unit.articleId}`);
    return { variable, span: null };
  }
  const span =
    unit.sentence === null
      ? undefined
      : (ctx.db.prepare('SELECT start, end FROM sentences WHERE article_id = ? AND idx = ?').get(unit.articleId, unit.sentence) as
          | { start: number; end: number }
          | undefined);
  if (!span) throw new UserError(`article ${unit.articleId} has no sentence ${unit.sentence}`);
  return { variable, span };
}

/**
 * Takes away the consensus coder's value for a unit: the codings that give it (for a sentence, every consensus coding
 * of the variable that covers it by the units' rule, so none is left to win) and a "(none)" settlement. A consensus
 * coding made by hand over several sentences goes as a whole.
 */
function clearUnit(ctx: ProjectContext, coderId: number, variable: Variable, articleId: number, span: { start: number; end: number } | null): number {
  const codings = ctx.db
    .prepare('SELECT id, start, end FROM codings WHERE coder_id = ? AND variable_id = ? AND article_id = ? AND code_id IS NOT NULL')
    .all(coderId, variable.id, articleId) as { id: number; start: number | null; end: number | null }[];
  const remove = ctx.db.prepare('DELETE FROM codings WHERE id = ?');
  let removed = 0;
  for (const c of codings) if (givesUnit(c, span)) removed += remove.run(c.id).changes;
  return (
    removed +
    ctx.db
      .prepare('DELETE FROM consensus_none WHERE variable_id = ? AND article_id = ? AND start IS ? AND end IS ?')
      .run(variable.id, articleId, span?.start ?? null, span?.end ?? null).changes
  );
}

/**
 * Records the reviewer's value for one unit, replacing an earlier one: a code as the consensus coder's coding, or
 * "(none)" (codeId null) as a row of consensus_none, which leaves the consensus coder without a coding there.
 */
export function settle(ctx: ProjectContext, input: UnitRef & { codeId: number | null }) {
  const { variable, span } = resolveUnit(ctx, input);
  const code = input.codeId === null ? null : getCode(ctx, input.codeId);
  if (code && code.variableId !== variable.id) throw new UserError(`"${code.label}" is not a value of "${variable.name}"`);
  const coder = consensusCoder(ctx);
  const valueLabel = code?.label ?? NONE;
  recordAction(ctx, `Settle ${variable.name}: ${valueLabel}`, () => {
    clearUnit(ctx, coder.id, variable, input.articleId, span);
    if (code) insertCoding(ctx, { articleId: input.articleId, variableId: variable.id, codeId: code.id, start: span?.start, end: span?.end }, coder.id);
    else {
      ctx.db
        .prepare('INSERT INTO consensus_none (variable_id, article_id, start, end, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(variable.id, input.articleId, span?.start ?? null, span?.end ?? null, ctx.now().toISOString());
    }
  });
  return { variableId: variable.id, articleId: input.articleId, sentence: input.sentence, codeId: code?.id ?? null, label: valueLabel };
}

/** Takes a unit back to unsettled: its consensus value or "(none)" goes. Nothing settled, nothing changes. */
export function unsettle(ctx: ProjectContext, input: UnitRef) {
  const { variable, span } = resolveUnit(ctx, input);
  const coder = consensusCoder(ctx);
  const removed = recordAction(ctx, `Unsettle ${variable.name}`, () => clearUnit(ctx, coder.id, variable, input.articleId, span));
  return { variableId: variable.id, articleId: input.articleId, sentence: input.sentence, cleared: removed > 0 };
}
