// The units of agreement and each coder's value for them. Article-level variables: the unit is the article.
// Span variables: the unit is the stored sentence, and a coder's value for a sentence is the code of the coding
// that covers it, where a coding covers a sentence when it overlaps at least half of the sentence's characters
// or lies wholly inside it. When several codings of the variable cover a sentence, the one with the largest
// overlap wins, and on a tie the earlier coding. A sentence no coding covers takes the value "(none)" for a coder
// who coded anything in that article, and is missing for a coder who did not code the article at all.
import type { Variable } from '../../../shared/domain/coding';
import { MISSING } from '../../../shared/stats';
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

/**
 * The variable's article-level codings as three parallel lists, straight from the covering index on (variable,
 * article, code, …, coder). They come as one row of three JSON arrays, which JSON.parse reads faster than the driver
 * hands over the rows one by one.
 */
function articleCodings(ctx: ProjectContext, variableId: number): { articles: number[]; coders: number[]; codes: number[] } {
  const [articles, coders, codes] = ctx.db
    .prepare('SELECT json_group_array(article_id), json_group_array(coder_id), json_group_array(code_id) FROM codings WHERE variable_id = ? AND code_id IS NOT NULL')
    .raw()
    .get(variableId) as [string, string, string];
  return { articles: JSON.parse(articles), coders: JSON.parse(coders), codes: JSON.parse(codes) };
}

function articleUnits(ctx: ProjectContext, variableId: number, articleIds: number[], coderIds: number[]): Unit[] {
  const wanted = new Set(coderIds);
  const units = new Map(articleIds.map((id) => [id, { key: `a${id}`, articleId: id, sentence: null, start: null, end: null, values: new Map() } as Unit]));
  const { articles, coders, codes } = articleCodings(ctx, variableId);
  for (let r = 0; r < articles.length; r++) if (wanted.has(coders[r])) units.get(articles[r])?.values.set(coders[r], codes[r]);
  return [...units.values()];
}

interface Span {
  start: number;
  end: number;
}

/** How many of the sentence's characters the coding covers, or 0 when it does not cover the sentence by the rule above. */
export function coverage(coding: Span, sentence: Span): number {
  const overlap = Math.min(coding.end, sentence.end) - Math.max(coding.start, sentence.start);
  const covers = overlap > 0 && (overlap * 2 >= sentence.end - sentence.start || (coding.start >= sentence.start && coding.end <= sentence.end));
  return covers ? overlap : 0;
}

/** Whether a coding gives a unit its value: any coding of the article for an article-level unit, else by coverage(). */
export function givesUnit(coding: { start: number | null; end: number | null }, sentence: Span | null): boolean {
  return sentence === null || (coding.start !== null && coverage({ start: coding.start, end: coding.end! }, sentence) > 0);
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
      const overlap = coverage(c as Span, s);
      if (overlap > (best.get(c.coder_id)?.overlap ?? 0)) best.set(c.coder_id, { overlap, code: c.code_id });
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

/**
 * unitsFor() as coded cells for the statistics: cells[u * coderIds.length + c] is valueIndex[code] for coder c's code
 * in unit u, `none` for "(none)", and MISSING for no value or a code valueIndex does not list. Article-level
 * variables are read without a Unit object per article.
 */
export function unitCells(
  ctx: ProjectContext,
  variable: Variable,
  articleIds: number[],
  coderIds: number[],
  valueIndex: Int32Array,
  none: number,
): { units: number; cells: Int32Array } {
  const m = coderIds.length;
  if (!articleIds.length || !m) return { units: 0, cells: new Int32Array(0) };
  const valueOf = (code: number) => (code < valueIndex.length ? valueIndex[code] : MISSING);
  let units: number;
  let cells: Int32Array;
  if (variable.unit === 'article') {
    // Lookups by id in typed arrays: unit + 1 per article id, column + 1 per coder id (0 = not wanted).
    const unitOf = new Int32Array(articleIds.reduce((a, b) => Math.max(a, b)) + 1);
    units = 0;
    for (const id of articleIds) if (!unitOf[id]) unitOf[id] = ++units;
    const columnOf = new Int32Array(coderIds.reduce((a, b) => Math.max(a, b)) + 1);
    coderIds.forEach((id, c) => columnOf[id] || (columnOf[id] = c + 1));
    cells = new Int32Array(units * m).fill(MISSING);
    const { articles, coders, codes } = articleCodings(ctx, variable.id);
    for (let r = 0; r < articles.length; r++) {
      const u = articles[r] < unitOf.length ? unitOf[articles[r]] : 0;
      const c = coders[r] < columnOf.length ? columnOf[coders[r]] : 0;
      if (u && c) cells[(u - 1) * m + c - 1] = valueOf(codes[r]);
    }
    // A coder listed twice gets the same values in both columns.
    coderIds.forEach((id, c) => {
      const first = columnOf[id] - 1;
      if (first !== c) for (let u = 0; u < units; u++) cells[u * m + c] = cells[u * m + first];
    });
  } else {
    const list = unitsFor(ctx, variable, articleIds, coderIds);
    units = list.length;
    cells = new Int32Array(units * m).fill(MISSING);
    list.forEach((unit, u) =>
      coderIds.forEach((id, c) => {
        const value = unit.values.get(id);
        if (value !== undefined) cells[u * m + c] = value === NONE ? none : valueOf(value);
      }),
    );
  }
  return { units, cells };
}
