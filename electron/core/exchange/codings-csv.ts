// Coded segments (one row per coding, with the quoted text) and the long format for R (one row per coding),
// streamed from SQLite into the CSV file: memory stays flat however many codings there are.
import { LONG_COLUMNS, SEGMENT_COLUMNS } from '../../../shared/exchange/columns';
import type { CsvDialect } from '../../../shared/exchange/dialect';
import type { WrittenFile } from '../../../shared/exchange/types';
import type { ProjectContext } from '../project/context';
import { ArticleLookup } from './article-lookup';
import { writeCsv, type Cell } from './csv-writer';
import { withReadConnections } from './read-connection';

/** Article, then coder, then article-level before spans in text order; SQLite walks codings_article and sorts only within an article. */
export const CODING_ORDER = 'ORDER BY c.article_id, k.name COLLATE NOCASE, c.coder_id, c.start IS NOT NULL, c.start, c.end, v.position, c.id';

export const SEGMENTS_SQL = `
  SELECT c.guid, c.article_id AS articleId, k.name AS coder, c.start, c.end, v.name AS variable, d.label AS value,
    d.numeric_code AS numericCode, ac.name AS actor, t.name AS target, c.memo, c.created_at AS createdAt, c.updated_at AS updatedAt
  FROM codings c JOIN coders k ON k.id = c.coder_id JOIN variables v ON v.id = c.variable_id
    LEFT JOIN codes d ON d.id = c.code_id LEFT JOIN actors ac ON ac.id = c.actor_id LEFT JOIN targets t ON t.id = c.target_id
  ${CODING_ORDER}`;

interface SegmentRow {
  guid: string;
  articleId: number;
  coder: string;
  start: number | null;
  end: number | null;
  variable: string;
  value: string | null;
  numericCode: number | null;
  actor: string | null;
  target: string | null;
  memo: string;
  createdAt: string;
  updatedAt: string;
}

export function exportSegments(ctx: ProjectContext, file: string, dialect: CsvDialect): Promise<WrittenFile> {
  return withReadConnections(ctx, (iterating, lookup) => {
    const articles = new ArticleLookup(lookup, true);
    function* rows(): Generator<Cell[]> {
      for (const r of iterating.prepare(SEGMENTS_SQL).iterate() as IterableIterator<SegmentRow>) {
        const a = articles.get(r.articleId);
        const text = r.start === null || r.end === null ? '' : a.body.slice(r.start, r.end);
        yield [r.articleId, a.title, a.outlet, a.publishedAt, a.stories, r.coder, r.start, r.end, text, r.variable, r.value, r.numericCode, r.actor, r.target, r.memo, r.createdAt, r.updatedAt, r.guid];
      }
    }
    return writeCsv(file, dialect, SEGMENT_COLUMNS, rows());
  });
}

const LONG_SQL = `
  SELECT c.article_id, a.title, k.name, v.name, d.label, d.numeric_code
  FROM codings c JOIN articles a ON a.id = c.article_id JOIN coders k ON k.id = c.coder_id JOIN variables v ON v.id = c.variable_id
    LEFT JOIN codes d ON d.id = c.code_id
  ${CODING_ORDER}`;

export function exportLong(ctx: ProjectContext, file: string, dialect: CsvDialect): Promise<WrittenFile> {
  return withReadConnections(ctx, (iterating) => writeCsv(file, dialect, LONG_COLUMNS, iterating.prepare(LONG_SQL).raw().iterate() as IterableIterator<Cell[]>));
}
