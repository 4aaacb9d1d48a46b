// Codings from CSV (the long format, or the segments export for span codings) into the current project:
// every row is matched first; one unmatched row and nothing is imported; otherwise one undoable action.
import path from 'node:path';
import { LONG_COLUMNS, SEGMENT_COLUMNS } from '../../../shared/exchange/columns';
import type { ImportReport } from '../../../shared/exchange/types';
import type { ProjectContext } from '../project/context';
import { codingInserter, coderFinder } from './coding-writer';
import { CodingResolver, type ResolvedCoding } from './codings-resolve';
import { CsvSyntaxError, NOT_UTF8_WARNING, openCsv } from './csv-reader';
import { newGuid } from './guid';
import { commitImport, ReportBuilder } from './report';

const KNOWN_COLUMNS = new Set<string>([...SEGMENT_COLUMNS, ...LONG_COLUMNS, 'variable_guid', 'value_guid']);
const REQUIRED = [['article_id', 'article_title'], ['coder'], ['variable', 'variable_guid'], ['value', 'value_guid', 'numeric_code']];
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function importCodings(ctx: ProjectContext, file: string, { formulaGuard = true } = {}): Promise<ImportReport> {
  const report = new ReportBuilder();
  const codings: ResolvedCoding[] = [];
  try {
    const csv = await openCsv(file, { formulaGuard });
    if (csv.encoding !== 'utf-8') report.warnings.push(NOT_UTF8_WARNING);
    for (const options of REQUIRED) if (!options.some((c) => csv.columns.includes(c))) report.error(`the header needs a column ${options.join(' or ')}`, 1);
    for (const column of csv.columns) if (!KNOWN_COLUMNS.has(column)) report.unmap(`column "${column}" is not a codings column; ignored`);
    if (!report.failed) {
      const resolver = new CodingResolver(ctx);
      for await (const row of csv.rows) {
        if (row.problem) report.error(row.problem, row.line);
        const coding = resolver.resolve(row, (message) => report.error(message, row.line));
        if (coding) codings.push(coding);
      }
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    report.error(error.message, error.line);
  }
  if (!report.failed) checkRepeatedValues(codings, report);
  const undoLabel = report.failed ? undefined : commitImport(ctx, `Import codings ${path.basename(file)}`, report, () => writeCodings(ctx, codings, report));
  return report.finish('codings', file, undoLabel !== undefined, undoLabel ?? null);
}

/** An article-level variable has one value per article and coder, so a file may not give two. */
function checkRepeatedValues(codings: ResolvedCoding[], report: ReportBuilder) {
  const first = new Map<string, number>();
  for (const c of codings) {
    if (c.start !== null) continue;
    const key = `${c.articleId}:${c.coder.toLowerCase()}:${c.variable.id}`;
    const line = first.get(key);
    if (line !== undefined) report.error(`another value of "${c.variable.name}" for this article and coder is on line ${line}`, c.line);
    else first.set(key, c.line);
  }
}

function writeCodings(ctx: ProjectContext, codings: ResolvedCoding[], report: ReportBuilder) {
  const db = ctx.db;
  const now = ctx.now().toISOString();
  const coderId = coderFinder(ctx, report);
  const insert = codingInserter(db);
  const guidTaken = db.prepare('SELECT 1 FROM codings WHERE guid = ?');
  const sameSpan = db.prepare('SELECT 1 FROM codings WHERE article_id = ? AND coder_id = ? AND variable_id = ? AND code_id = ? AND start = ? AND end = ? AND actor_id IS ? AND target_id IS ?');
  const values = db.prepare('SELECT id, code_id AS codeId, actor_id AS actorId, target_id AS targetId FROM codings WHERE article_id = ? AND coder_id = ? AND variable_id = ? AND start IS NULL');
  const remove = db.prepare('DELETE FROM codings WHERE id = ?');
  const added = new Map<string, number>();
  const replaced = new Map<string, number>();
  const skipped: number[] = [];
  const bump = (map: Map<string, number>, name: string) => map.set(name, (map.get(name) ?? 0) + 1);
  for (const c of codings) {
    const coder = coderId(c.coder);
    let replacing = false;
    if (c.guid && guidTaken.get(c.guid)) {
      skipped.push(c.line);
      continue;
    }
    if (c.start !== null) {
      if (sameSpan.get(c.articleId, coder, c.variable.id, c.codeId, c.start, c.end, c.actorId, c.targetId)) {
        skipped.push(c.line);
        continue;
      }
    } else {
      // Like createCoding: an article-level value replaces the coder's earlier value of that variable.
      const earlier = values.all(c.articleId, coder, c.variable.id) as { id: number; codeId: number; actorId: number | null; targetId: number | null }[];
      if (earlier.some((e) => e.codeId === c.codeId && e.actorId === c.actorId && e.targetId === c.targetId)) {
        skipped.push(c.line);
        continue;
      }
      for (const e of earlier) remove.run(e.id);
      replacing = earlier.length > 0;
    }
    const { articleId, codeId, start, end, actorId, targetId, memo } = c;
    insert({ guid: c.guid ?? newGuid(), articleId, coderId: coder, variableId: c.variable.id, codeId, start, end, actorId, targetId, memo, createdAt: c.createdAt ?? now, updatedAt: c.updatedAt ?? c.createdAt ?? now });
    bump(replacing ? replaced : added, c.variable.name);
  }
  for (const [name, n] of added) report.outcome('added', `${plural(n, 'coding')} of "${name}"`, undefined, n);
  for (const [name, n] of replaced) report.outcome('updated', `${plural(n, 'earlier value')} of "${name}" replaced`, undefined, n);
  if (skipped.length) {
    const lines = `${skipped.slice(0, 10).join(', ')}${skipped.length > 10 ? ', …' : ''}`;
    report.outcome('skipped', `${plural(skipped.length, 'row')} already in the project (line${skipped.length === 1 ? '' : 's'} ${lines})`, undefined, skipped.length);
  }
}
