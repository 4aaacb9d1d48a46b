// CLI commands of the exchange: exports to CSV, .qdc and .qdpx, and the codebook, codings and .qdpx imports.
import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../../shared/api/errors';
import { parseDelimiter } from '../../../shared/exchange/dialect';
import type { ExportKind, ExportResult, ImportKind, ImportReport } from '../../../shared/exchange/types';
import { exportFile } from '../../core/exchange/export';
import { importFile } from '../../core/exchange/import';
import { closeProject, openProject, type ProjectContext } from '../../core/project/context';
import { printJson, type Io } from '../output';

const WHAT = ['codebook', 'segments', 'matrix', 'long'];
const FORMATS = ['csv', 'qdc', 'qdpx'];

async function withProjectAsync<T>(file: string, work: (ctx: ProjectContext) => Promise<T>): Promise<T> {
  const ctx = openProject(file, { mustExist: true });
  try {
    return await work(ctx);
  } finally {
    closeProject(ctx);
  }
}

interface ExportOpts {
  project: string;
  out: string;
  format: string;
  delimiter?: string;
  bom?: boolean;
  excel?: boolean;
  formulaGuard: boolean;
  labels?: boolean;
  labelsFile?: boolean;
  json?: boolean;
}

/** The export kind for a command line, or a one-line reason it does not make sense. */
export function exportKind(what: string, opts: ExportOpts): ExportKind {
  if (!WHAT.includes(what)) throw new UserError(`export what? codebook, segments, matrix or long, not "${what}"`);
  if (!FORMATS.includes(opts.format)) throw new UserError(`--format is csv, qdc or qdpx, not "${opts.format}"`);
  if (opts.format === 'qdc' && what !== 'codebook') throw new UserError('--format qdc exports the codebook only: framebench export codebook --format qdc');
  if (opts.format !== 'csv' && (opts.delimiter || opts.bom || opts.excel || !opts.formulaGuard)) {
    throw new UserError('--delimiter, --bom, --excel and --no-formula-guard apply to CSV exports only');
  }
  if ((opts.labels || opts.labelsFile) && (what !== 'matrix' || opts.format !== 'csv')) throw new UserError('--labels and --labels-file apply to the matrix CSV only');
  if (opts.delimiter !== undefined && !parseDelimiter(opts.delimiter)) throw new UserError(`--delimiter is , ; or tab, not "${opts.delimiter}"`);
  return opts.format === 'csv' ? (what as ExportKind) : (opts.format as ExportKind);
}

const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`);
const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

function printExport(io: Io, result: ExportResult) {
  if (result.kind === 'qdpx') {
    const c = result.counts ?? {};
    io.out(`wrote ${result.path}: ${plural(c.sources ?? 0, 'source')}, ${plural(c.codings ?? 0, 'coding')}, ${plural(c.codes ?? 0, 'code')}, ${plural(c.users ?? 0, 'user')} (${size(result.bytes)})`);
  } else io.out(`wrote ${plural(result.rows, result.kind === 'qdc' ? 'code' : 'row')} to ${result.path} (${size(result.bytes)})`);
  if (result.labelsFile) io.out(`wrote ${plural(result.labelsFile.rows, 'value label')} to ${result.labelsFile.path} (${size(result.labelsFile.bytes)})`);
  for (const warning of result.warnings) io.out(`warning: ${warning}`);
}

/** One line per outcome, problem and unmapped part, then a summary; throws (exit 1) when nothing was imported. */
export function printImportReport(io: Io, report: ImportReport) {
  const where = (line?: number) => (line === undefined ? '' : `line ${line}: `);
  for (const e of report.errors) io.out(`${'error'.padEnd(9)} ${where(e.line)}${e.message}`);
  if (report.moreErrors) io.out(`${'error'.padEnd(9)} … and ${plural(report.moreErrors, 'more problem')}`);
  for (const o of report.outcomes) io.out(`${o.status.padEnd(9)} ${where(o.line)}${o.message}`);
  for (const u of report.unmapped) io.out(`${'unmapped'.padEnd(9)} ${u}`);
  for (const w of report.warnings) io.out(`${'warning'.padEnd(9)} ${w}`);
  const problems = report.errors.length + report.moreErrors;
  if (!report.imported) throw new UserError(`nothing imported: ${plural(problems, 'problem')} in ${path.basename(report.path)}`);
  const t = report.totals;
  const undo = report.undoLabel ? `; one undoable action "${report.undoLabel}"` : '; nothing changed';
  io.out(`${t.added} added, ${t.updated} updated, ${t.unchanged} unchanged, ${t.kept} kept, ${t.skipped} skipped${undo}`);
}

function codebookKind(file: string): ImportKind {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.qdc') return 'qdc';
  if (['.csv', '.tsv', '.txt'].includes(ext)) return 'codebook';
  throw new UserError(`import-codebook reads a .csv or a .qdc file, not "${ext || path.basename(file)}"`);
}

export function registerExchangeCommands(program: Command, io: Io) {
  program
    .command('export')
    .argument('<what>', 'codebook, segments, matrix or long (with --format qdpx: the whole project)')
    .requiredOption('--project <file>', 'project file')
    .requiredOption('--out <file>', 'file to write (replaced if it exists)')
    .option('--format <format>', 'csv, qdc (codebook only) or qdpx (the whole project)', 'csv')
    .option('--delimiter <d>', 'CSV delimiter: , ; or tab (default ,)')
    .option('--bom', 'CSV: start with a UTF-8 byte order mark')
    .option('--excel', 'CSV for Excel: semicolon and BOM')
    .option('--no-formula-guard', "CSV: do not prefix cells starting with = + - @ tab or CR with '")
    .option('--labels', 'matrix: value labels instead of numeric codes')
    .option('--labels-file', 'matrix: also write FILE-labels.csv with the value labels')
    .option('--json', 'print the result as JSON')
    .description('export the codebook, coded segments, the article data matrix or the long format (CSV), the codebook as .qdc, or the project as .qdpx')
    .action(async (what: string, opts: ExportOpts) => {
      const kind = exportKind(what, opts);
      const { labels, labelsFile, bom, excel, formulaGuard } = opts;
      const delimiter = opts.delimiter === undefined ? undefined : parseDelimiter(opts.delimiter);
      const result = await withProjectAsync(opts.project, (ctx) => exportFile(ctx, kind, opts.out, { delimiter, bom, excel, formulaGuard, labels, labelsFile }));
      if (opts.json) printJson(io, result);
      else printExport(io, result);
    });

  const importer = (name: string, argument: string, description: string, kind: (file: string) => ImportKind, csv = true) => {
    const command = program.command(name).argument('<file>', argument).requiredOption('--project <file>', 'project file');
    if (csv) command.option('--no-formula-guard', "CSV: keep a leading ' as part of the cell");
    command
      .option('--json', 'print the report as JSON')
      .description(description)
      .action(async (file: string, opts: { project: string; formulaGuard?: boolean; json?: boolean }) => {
        const report = await withProjectAsync(opts.project, (ctx) => importFile(ctx, kind(file), file, { formulaGuard: opts.formulaGuard }));
        if (opts.json) {
          printJson(io, report);
          if (!report.imported) throw new UserError(`nothing imported: ${plural(report.errors.length + report.moreErrors, 'problem')} in ${path.basename(file)}`);
        } else printImportReport(io, report);
      });
  };

  importer('import-codebook', '.csv (codebook CSV) or .qdc (REFI-QDA codebook)', 'merge a codebook into the project (matched by GUID, then name); all or nothing', codebookKind);
  importer('import-codings', 'long-format or segments CSV', 'import codings; every row must match or nothing is imported', () => 'codings');
  importer('import-qdpx', 'REFI-QDA project (.qdpx)', 'import texts, codebook, coders, codings and memos from a REFI-QDA project', () => 'qdpx', false);
}
