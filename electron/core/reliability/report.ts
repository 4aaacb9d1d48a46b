// The reliability report: per variable, every coefficient journals ask for, over a sample or every article that
// at least two coders coded. Values: nominal variables compare codes (labelled by their path, "Pro › explicit");
// ordinal, interval and ratio variables compare numeric codes, and "(none)" counts as missing there.
import type { ReliabilityReport, VariableReliability } from '../../../shared/domain/reliability';
import { UserError } from '../../../shared/api/errors';
import type { Code, Variable } from '../../../shared/domain/coding';
import {
  agreementCoded,
  bootstrapAlpha,
  decodeData,
  MISSING,
  unitizingAlphaByCategory,
  type CodedData,
  type Segment,
  type Value,
} from '../../../shared/stats';
import { getCodebook } from '../coding/codebook';
import type { ProjectContext } from '../project/context';
import { getSample } from './samples';
import { reliabilityCoders } from './team';
import { NONE, unitCells } from './units';

export interface ReportOptions {
  variable?: string;
  coders?: string[];
  sample?: number | string;
  seed?: number;
  bootstrapSamples?: number;
}



function codeLabel(codes: Code[], id: number): string {
  const code = codes.find((c) => c.id === id);
  if (!code) return `code ${id}`;
  return code.parentId === null ? code.label : `${codeLabel(codes, code.parentId)} › ${code.label}`;
}

/**
 * The variable's reliability data, coded: a code's value is its label path (nominal) or numeric code; "(none)"
 * counts only at nominal level.
 */
function codedData(ctx: ProjectContext, variable: Variable, articleIds: number[], coders: { id: number; name: string }[]): CodedData {
  const values: Value[] = [];
  const index = new Map<Value, number>();
  const indexOf = (value: Value | null) => {
    if (value === null) return MISSING;
    if (!index.has(value)) index.set(value, values.push(value) - 1);
    return index.get(value)!;
  };
  const nominal = variable.level === 'nominal';
  const valueIndex = new Int32Array(Math.max(0, ...variable.codes.map((c) => c.id)) + 1).fill(MISSING);
  for (const c of variable.codes) valueIndex[c.id] = indexOf(nominal ? codeLabel(variable.codes, c.id) : c.numericCode);
  const none = nominal ? indexOf(NONE) : MISSING;
  const { units, cells } = unitCells(ctx, variable, articleIds, coders.map((c) => c.id), valueIndex, none);
  return { coders: coders.map((c) => c.name), units, values, cells };
}

/** Articles in scope: the sample's, else every article at least two of the coders coded. */
export function scopeArticles(ctx: ProjectContext, coderIds: number[], sample?: number | string): number[] {
  if (sample !== undefined) return getSample(ctx, sample).articleIds;
  if (coderIds.length < 2) return [];
  // Seeks, not a scan of every coding: each coded article once (from one article id to the next in the index on
  // codings (article, coder)), then whether two distinct coders of the list are among its codings.
  return ctx.db
    .prepare(
      `WITH RECURSIVE coded(id) AS (
         SELECT min(article_id) FROM codings
         UNION ALL SELECT (SELECT min(article_id) FROM codings WHERE article_id > coded.id) FROM coded WHERE coded.id IS NOT NULL
       )
       SELECT id FROM coded
       WHERE (SELECT count(*) FROM (SELECT DISTINCT coder_id FROM codings WHERE article_id = coded.id AND coder_id IN (${coderIds.map(() => '?').join(',')}) LIMIT 2)) = 2
       ORDER BY id`,
    )
    .pluck()
    .all(...coderIds) as number[];
}

/** Span codings laid end to end over the articles in scope, one continuum, for unitizing alpha. */
function unitizingData(ctx: ProjectContext, variable: Variable, articleIds: number[], coders: { id: number; name: string }[]) {
  const lengths = ctx.db.prepare('SELECT id, length(body) AS length FROM articles WHERE id = ?');
  const offsets = new Map<number, number>();
  let length = 0;
  for (const id of articleIds) {
    offsets.set(id, length);
    length += (lengths.get(id) as { length: number }).length;
  }
  const rows = ctx.db
    .prepare(`SELECT article_id, coder_id, code_id, start, end FROM codings WHERE variable_id = ? AND start IS NOT NULL ORDER BY start`)
    .all(variable.id) as { article_id: number; coder_id: number; code_id: number; start: number; end: number }[];
  const segments = coders.map((coder) => {
    const mine = rows.filter((r) => r.coder_id === coder.id && offsets.has(r.article_id));
    // Overlapping codings of the same code by one coder count as one marked stretch.
    const merged: Segment[] = [];
    for (const r of mine) {
      const segment = { start: offsets.get(r.article_id)! + r.start, end: offsets.get(r.article_id)! + r.end, value: codeLabel(variable.codes, r.code_id) };
      const last = [...merged].reverse().find((m) => m.value === segment.value);
      if (last && segment.start < last.end) last.end = Math.max(last.end, segment.end);
      else merged.push(segment);
    }
    return merged;
  });
  return { length, coders: coders.map((c) => c.name), segments };
}

function variableReliability(ctx: ProjectContext, variable: Variable, articleIds: number[], coders: { id: number; name: string }[], options: ReportOptions): VariableReliability {
  const data = codedData(ctx, variable, articleIds, coders);
  const level = variable.level;
  const seed = options.seed ?? 1;
  const samples = options.bootstrapSamples ?? 1000;
  const bootstrap = samples > 0 ? bootstrapAlpha(decodeData(data), level, { seed, samples }) : { lower: null, upper: null, confidence: 0.95, samples: 0 };
  const figures = agreementCoded(data, level);
  return {
    variableId: variable.id,
    variable: variable.name,
    unit: variable.unit === 'article' ? 'article' : 'sentence',
    level,
    units: data.units,
    percentAgreement: figures.percentAgreement.agreement,
    cohensKappa: figures.cohensKappa?.kappa ?? null,
    fleissKappa: figures.fleissKappa.kappa,
    alpha: figures.alpha,
    bootstrap: { lower: bootstrap.lower, upper: bootstrap.upper, confidence: bootstrap.confidence, samples: bootstrap.samples, seed },
    unitizing:
      variable.unit === 'span' && articleIds.length
        ? unitizingAlphaByCategory(unitizingData(ctx, variable, articleIds, coders)).map((u) => ({ value: String(u.value), alpha: u.alpha, reason: u.reason }))
        : [],
    pairs: figures.pairs.map((p) => ({ coders: p.coders, ...p.result })),
  };
}

export function reliabilityReport(ctx: ProjectContext, options: ReportOptions = {}): ReliabilityReport {
  const coders = reliabilityCoders(ctx, options.coders);
  const articleIds = scopeArticles(ctx, coders.map((c) => c.id), options.sample);
  const variables = getCodebook(ctx).filter(
    (v) => v.kind !== 'quote' && (!options.variable || v.name.toLowerCase() === options.variable.toLowerCase()),
  );
  if (options.variable && !variables.length) throw new UserError(`no variable named "${options.variable}"`);
  return {
    coders: coders.map((c) => c.name),
    articles: articleIds.length,
    sample: options.sample === undefined ? null : getSample(ctx, options.sample).name,
    variables: variables.map((v) => variableReliability(ctx, v, articleIds, coders, options)),
  };
}
