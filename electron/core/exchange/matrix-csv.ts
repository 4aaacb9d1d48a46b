// The article data matrix for SPSS/R: one row per article × coder (pairs with at least one coding), one column
// per article-level variable (numeric codes, or labels), and one count column per code of each span variable.
// Value labels go to a separate labels file (column, variable, numeric_code, label) when asked for.
import path from 'node:path';
import { countColumnName, MATRIX_ARTICLE_COLUMNS, MATRIX_LABEL_COLUMNS } from '../../../shared/exchange/columns';
import type { CsvDialect } from '../../../shared/exchange/dialect';
import type { ExportResult } from '../../../shared/exchange/types';
import type { Code, Variable } from '../../../shared/domain/coding';
import { getCodebook } from '../coding/codebook';
import type { ProjectContext } from '../project/context';
import { ArticleLookup } from './article-lookup';
import { writeCsv, type Cell } from './csv-writer';
import { withReadConnections } from './read-connection';

export interface MatrixOptions {
  /** Value labels in the variable columns instead of numeric codes. */
  labels?: boolean;
  /** Also write FILE-labels.csv with the value labels of each variable column. */
  labelsFile?: boolean;
}

function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name.toLowerCase()) ?? 0) + 1;
    seen.set(name.toLowerCase(), n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

function codePath(code: Code, codes: Code[]): string[] {
  const parent = codes.find((c) => c.id === code.parentId);
  return parent ? [...codePath(parent, codes), code.label] : [code.label];
}

interface Layout {
  header: string[];
  articleVariables: { variable: Variable; column: number; name: string }[];
  columnOfVariable: Map<number, number>;
  columnOfSpanCode: Map<number, number>;
  codes: Map<number, Code>;
}

function layout(variables: Variable[]): Layout {
  const articleVariables = variables.filter((v) => v.unit === 'article');
  const spanCodes = variables.filter((v) => v.unit === 'span').flatMap((v) => v.codes.map((c) => ({ v, c })));
  const names = uniqueNames([
    ...MATRIX_ARTICLE_COLUMNS,
    ...articleVariables.map((v) => v.name),
    ...spanCodes.map(({ v, c }) => countColumnName(v.name, codePath(c, v.codes))),
  ]);
  const first = MATRIX_ARTICLE_COLUMNS.length;
  return {
    header: names,
    articleVariables: articleVariables.map((variable, i) => ({ variable, column: first + i, name: names[first + i] })),
    columnOfVariable: new Map(articleVariables.map((v, i) => [v.id, first + i])),
    columnOfSpanCode: new Map(spanCodes.map(({ c }, i) => [c.id, first + articleVariables.length + i])),
    codes: new Map(variables.flatMap((v) => v.codes.map((c) => [c.id, c] as const))),
  };
}

interface CodingCell {
  articleId: number;
  coderId: number;
  coder: string;
  variableId: number;
  codeId: number | null;
}

const MATRIX_SQL = `
  SELECT c.article_id AS articleId, c.coder_id AS coderId, k.name AS coder, c.variable_id AS variableId, c.code_id AS codeId
  FROM codings c JOIN coders k ON k.id = c.coder_id
  ORDER BY c.article_id, k.name COLLATE NOCASE, c.coder_id, c.id`;

export function exportMatrix(ctx: ProjectContext, file: string, dialect: CsvDialect, options: MatrixOptions = {}): Promise<ExportResult> {
  return withReadConnections(ctx, async (iterating, lookup) => {
    const variables = getCodebook({ ...ctx, db: lookup }, true);
    const plan = layout(variables);
    const unlabelled = new Set<string>();
    const articles = new ArticleLookup(lookup, false);
    const valueOf = (codeId: number | null, variableId: number): Cell => {
      const code = codeId === null ? undefined : plan.codes.get(codeId);
      if (!code) return null;
      if (options.labels || code.numericCode !== null) return options.labels ? code.label : code.numericCode;
      unlabelled.add(variables.find((v) => v.id === variableId)!.name);
      return code.label;
    };
    function* rows(): Generator<Cell[]> {
      let row: Cell[] | undefined;
      let key = '';
      for (const c of iterating.prepare(MATRIX_SQL).iterate() as IterableIterator<CodingCell>) {
        if (`${c.articleId}:${c.coderId}` !== key) {
          if (row) yield row;
          key = `${c.articleId}:${c.coderId}`;
          const a = articles.get(c.articleId);
          row = [c.articleId, a.title, a.outlet, a.publishedAt, a.stories, c.coder, ...plan.header.slice(MATRIX_ARTICLE_COLUMNS.length).map(() => null)];
          for (const column of plan.columnOfSpanCode.values()) row[column] = 0;
        }
        const column = plan.columnOfVariable.get(c.variableId);
        // Later codings win: the order is by id, and an article-level value replaces the earlier one.
        if (column !== undefined) row![column] = valueOf(c.codeId, c.variableId);
        const count = c.codeId === null ? undefined : plan.columnOfSpanCode.get(c.codeId);
        if (count !== undefined) row![count] = (row![count] as number) + 1;
      }
      if (row) yield row;
    }
    const written = await writeCsv(file, dialect, plan.header, rows());
    const warnings = [...unlabelled].map((name) => `"${name}": values without a numeric code were written as labels`);
    if (!options.labelsFile) return { kind: 'matrix', ...written, warnings };
    const labelRows = plan.articleVariables.flatMap(({ variable, name }) => variable.codes.map((c): Cell[] => [name, variable.name, c.numericCode, c.label]));
    const labelsFile = await writeCsv(labelsPath(file), dialect, MATRIX_LABEL_COLUMNS, labelRows);
    return { kind: 'matrix', ...written, labelsFile, warnings };
  });
}

/** matrix.csv → matrix-labels.csv, beside it. */
export function labelsPath(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}-labels${ext || '.csv'}`);
}
