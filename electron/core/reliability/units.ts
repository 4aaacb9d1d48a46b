// The units of agreement and each coder's value for them. Article-level variables: the unit is the article.
// Span variables: the unit is the stored sentence, and a coder's value for a sentence is the code of the coding
// that covers it, where a coding covers a sentence when it overlaps at least half of the sentence's characters
// or lies wholly inside it. When several codings of the variable cover a sentence, the one with the largest
// overlap wins, and on a tie the earlier coding. A sentence no coding covers takes the value "(none)" for a coder
// who coded anything in that article, and is missing for a coder who did not code the article at all.
import type { Variable } from '../../../shared/domain/coding';
import type { ProjectContext } from '../project/context';

export const NONE = '(none)';

export interface Unit {
  key: string;
  articleId: number;
  /** Sentence index, for span variables. */
  sentence: number | null;
  start: number | null;
  end: number | null;
  /** Code id per coder id; NONE for "coded the article, not this sentence"; absent = missing. */
  values: Map<number, number | typeof NONE>;
}

interface CodingSpan {
  id: number;
  article_id: number;
  coder_id: number;
  code_id: number;
  start: number | null;
  end: number | null;
}

/** The variable's codings by these coders in these articles; read by variable (indexed), filtered here. */
function codingsOf(ctx: ProjectContext, variableId: number, articleIds: number[], coderIds: number[]): CodingSpan[] {
  const articles = new Set(articleIds);
  const coders = new Set(coderIds);
  const rows = ctx.db
    .prepare('SELECT id, article_id, coder_id, code_id, start, end FROM codings WHERE variable_id = ? AND code_id IS NOT NULL ORDER BY id')
    .raw()
    .all(variableId) as [number, number, number, number, number | null, number | null][];
  const kept: CodingSpan[] = [];
  for (const [id, article_id, coder_id, code_id, start, end] of rows) {
    if (articles.has(article_id) && coders.has(coder_id)) kept.push({ id, article_id, coder_id, code_id, start, end });
  }
  return kept;
}

/** Which coders coded anything in which article: the difference between "(none)" and missing. */
function codedArticles(ctx: ProjectContext, articleIds: number[], coderIds: number[]): Set<string> {
  const articles = new Set(articleIds);
  const coders = new Set(coderIds);
  const rows = ctx.db.prepare('SELECT DISTINCT article_id, coder_id FROM codings').all() as { article_id: number; coder_id: number }[];
  return new Set(rows.filter((r) => articles.has(r.article_id) && coders.has(r.coder_id)).map((r) => `${r.article_id}:${r.coder_id}`));
}

// Article, coder and code packed into one number per row (exact below 2^53): better-sqlite3 then returns plain
// numbers instead of a row array each, which makes reading 800,000 codings about three times faster. Projects with
// more coders or codes than the packing holds are read row by row (same values, slower).
const CODER_UNIT = 2 ** 20;
const ARTICLE_UNIT = 2 ** 27;
const PACKED = `article_id * ${ARTICLE_UNIT} + coder_id * ${CODER_UNIT} + code_id`;

/** Article-level values straight from the covering index on (variable, article, code, …, coder). */
function articleUnits(ctx: ProjectContext, variableId: number, articleIds: number[], coderIds: number[]): Unit[] {
  const coders = new Set(coderIds);
  const units = new Map(articleIds.map((id) => [id, { key: `a${id}`, articleId: id, sentence: null, start: null, end: null, values: new Map() } as Unit]));
  const fits = ctx.db.prepare('SELECT coalesce((SELECT max(id) FROM coders), 0) < 128 AND coalesce((SELECT max(id) FROM codes), 0) < ?').pluck().get(CODER_UNIT) === 1;
  const packed = fits
    ? (ctx.db.prepare(`SELECT ${PACKED} FROM codings WHERE variable_id = ? AND code_id IS NOT NULL`).pluck().all(variableId) as number[])
    : (ctx.db.prepare('SELECT article_id, coder_id, code_id FROM codings WHERE variable_id = ? AND code_id IS NOT NULL').raw().all(variableId) as number[][]).map(
        ([article, coder, code]) => article * ARTICLE_UNIT + coder * CODER_UNIT + code,
      );
  for (const value of packed) {
    const articleId = Math.floor(value / ARTICLE_UNIT);
    const coderId = Math.floor((value % ARTICLE_UNIT) / CODER_UNIT);
    if (coders.has(coderId)) units.get(articleId)?.values.set(coderId, value % CODER_UNIT);
  }
  return [...units.values()];
}

function sentenceUnits(ctx: ProjectContext, codings: CodingSpan[], articleIds: number[], coderIds: number[]): Unit[] {
  const coded = codedArticles(ctx, articleIds, coderIds);
  const byArticle = new Map<number, CodingSpan[]>();
  for (const c of codings) if (c.start !== null) byArticle.set(c.article_id, [...(byArticle.get(c.article_id) ?? []), c]);
  const sentences = ctx.db
    .prepare(`SELECT article_id, idx, start, end FROM sentences WHERE article_id IN (${articleIds.map(() => '?').join(',')}) ORDER BY article_id, idx`)
    .all(...articleIds) as { article_id: number; idx: number; start: number; end: number }[];
  return sentences.map((s) => {
    const unit: Unit = { key: `s${s.article_id}:${s.idx}`, articleId: s.article_id, sentence: s.idx, start: s.start, end: s.end, values: new Map() };
    const best = new Map<number, { overlap: number; code: number }>();
    for (const c of byArticle.get(s.article_id) ?? []) {
      const overlap = Math.min(c.end!, s.end) - Math.max(c.start!, s.start);
      const covers = overlap > 0 && (overlap * 2 >= s.end - s.start || (c.start! >= s.start && c.end! <= s.end));
      if (covers && overlap > (best.get(c.coder_id)?.overlap ?? 0)) best.set(c.coder_id, { overlap, code: c.code_id });
    }
    for (const coder of coderIds) {
      const found = best.get(coder);
      if (found) unit.values.set(coder, found.code);
      else if (coded.has(`${s.article_id}:${coder}`)) unit.values.set(coder, NONE);
    }
    return unit;
  });
}

export function unitsFor(ctx: ProjectContext, variable: Variable, articleIds: number[], coderIds: number[]): Unit[] {
  if (!articleIds.length || !coderIds.length) return [];
  if (variable.unit === 'article') return articleUnits(ctx, variable.id, articleIds, coderIds);
  return sentenceUnits(ctx, codingsOf(ctx, variable.id, articleIds, coderIds), articleIds, coderIds);
}
