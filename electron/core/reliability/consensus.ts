// Disagreements between coders, unit by unit, and settling them into consensus codings.
import type { Disagreement } from '../../../shared/domain/reliability';
import { UserError } from '../../../shared/api/errors';
import type { Variable } from '../../../shared/domain/coding';
import { getCode, getCodebook, getVariable } from '../coding/codebook';
import { insertCoding } from '../coding/codings';
import { recordAction } from '../history/history';
import type { ProjectContext } from '../project/context';
import { consensusCoder } from './team';
import { NONE, unitsFor, type Unit } from './units';

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
    return unitsFor(
      ctx,
      variable,
      scope.articleIds,
      scope.coders.map((c) => c.id),
    )
      .filter((unit) => unit.values.size >= 2 && differs(unit))
      .map((unit) => {
        const article = articles.get(unit.articleId)!;
        const consensus = settled.get(unit.key);
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
          consensus: consensus === undefined ? null : { codeId: consensus, label: label(variable, consensus) },
        };
      });
  });
}

/** Records the reviewer's value for one unit as the consensus coder's coding, replacing an earlier one. */
export function settle(ctx: ProjectContext, input: { variableId: number; articleId: number; sentence: number | null; codeId: number }) {
  const variable = getVariable(ctx, input.variableId);
  const code = getCode(ctx, input.codeId);
  if (code.variableId !== variable.id) throw new UserError(`"${code.label}" is not a value of "${variable.name}"`);
  const span =
    input.sentence === null
      ? null
      : (ctx.db.prepare('SELECT start, end FROM sentences WHERE article_id = ? AND idx = ?').get(input.articleId, input.sentence) as
          | { start: number; end: number }
          | undefined);
  if (variable.unit === 'span' && !span) throw new UserError(`article ${input.articleId} has no sentence ${input.sentence}`);
  if (variable.unit === 'article' && input.sentence !== null) throw new UserError(`"${variable.name}" is coded per article, not per sentence`);
  const coder = consensusCoder(ctx);
  recordAction(ctx, `Settle ${variable.name}: ${code.label}`, () => {
    ctx.db
      .prepare('DELETE FROM codings WHERE coder_id = ? AND variable_id = ? AND article_id = ? AND start IS ? AND end IS ?')
      .run(coder.id, variable.id, input.articleId, span?.start ?? null, span?.end ?? null);
    insertCoding(ctx, { articleId: input.articleId, variableId: variable.id, codeId: code.id, start: span?.start, end: span?.end }, coder.id);
  });
  return { variableId: variable.id, articleId: input.articleId, sentence: input.sentence, codeId: code.id, label: code.label };
}
