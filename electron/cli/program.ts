// The framebench command line: the same core as the app, for scripted research pipelines.
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { UserError } from '../../shared/api/errors';
import type { ImportFileReport } from '../../shared/domain/types';
import { importSources, summarize } from '../core/corpus/import-service';
import { listOutlets } from '../core/corpus/outlets';
import { search } from '../core/corpus/search';
import { listStories } from '../core/corpus/stories';
import { closeProject, openProject, type ProjectContext } from '../core/project/context';
import { openDefaultProject } from '../core/project/default-project';
import { createProjectFile, projectInfo } from '../core/project/session';
import { actorsReport } from '../core/coding/actors-report';
import { getCodebook } from '../core/coding/codebook';
import { listTemplates, loadTemplate } from '../core/coding/templates';
import { printActorsReport, printCodebook } from './coding-output';
import { printImportReport, printInfo, printJson, printSearch, type Io } from './output';
import { readImportFiles } from './read-files';

function withProject<T>(file: string, work: (ctx: ProjectContext) => T): T {
  const ctx = openProject(file, { mustExist: true });
  try {
    return work(ctx);
  } finally {
    closeProject(ctx);
  }
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a whole number');
  return n;
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}

function outletIds(ctx: ProjectContext, names: string[] | undefined): number[] | undefined {
  if (!names?.length) return undefined;
  const outlets = listOutlets(ctx);
  return names.map((name) => {
    const found = outlets.find((o) => o.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new UserError(`no outlet named "${name}" (try: framebench info --project FILE --json)`);
    return found.id;
  });
}

function storyId(ctx: ProjectContext, name: string | undefined): number | undefined {
  if (!name) return undefined;
  const found = listStories(ctx).find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!found) throw new UserError(`no story named "${name}"`);
  return found.id;
}

export function buildProgram(io: Io, onServe: (url: string, close: () => Promise<void>) => void): Command {
  const program = new Command('framebench')
    .description('Media content analysis: import, search and code news articles from many outlets.')
    .showSuggestionAfterError()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .exitOverride();

  program
    .command('init')
    .argument('<file>', 'project file to create (.framebench is added if there is no extension)')
    .option('--sample', 'fill it with the sample corpus')
    .description('create a project file')
    .action((file: string, opts: { sample?: boolean }) => {
      const ctx = createProjectFile(file, { sample: opts.sample });
      const info = projectInfo(ctx);
      closeProject(ctx);
      io.out(`created ${info.path} (${info.counts.articles} articles)`);
    });

  program
    .command('import')
    .argument('<files...>', 'files or folders: .txt .md .html .json .csv')
    .requiredOption('--project <file>', 'project file')
    .option('--outlet <name>', 'outlet of every imported article (overrides what the files say)')
    .option('--story <name>', 'attach the articles to this story (created if needed)')
    .option('--date <YYYY-MM-DD>', 'date for articles whose file gives none', isoDate)
    .option('--json', 'print the report as JSON')
    .description('import articles; prints a report per file')
    .action((files: string[], opts: { project: string; outlet?: string; story?: string; date?: string; json?: boolean }) => {
      const report = withProject(opts.project, (ctx) => {
        const reports: ImportFileReport[] = readImportFiles(files).map((r) =>
          'source' in r
            ? importSources(ctx, [r.source], { outlet: opts.outlet, story: opts.story, date: opts.date }).files[0]
            : { file: r.file, status: 'failed', imported: 0, duplicates: 0, message: r.error, articleIds: [] },
        );
        return summarize(reports);
      });
      if (opts.json) printJson(io, report);
      else printImportReport(io, report);
      if (report.failed) throw new UserError(`${report.failed} of ${report.files.length} files failed`);
    });

  program
    .command('search')
    .argument('<query>', 'FTS5 query: words, "a phrase", prefix*, OR, NOT')
    .requiredOption('--project <file>', 'project file')
    .option('--outlet <name...>', 'only these outlets')
    .option('--story <name>', 'only this story')
    .option('--from <YYYY-MM-DD>', 'published on or after', isoDate)
    .option('--to <YYYY-MM-DD>', 'published on or before', isoDate)
    .option('--limit <n>', 'most hits to show', positiveInt, 20)
    .option('--json', 'print hits as JSON')
    .description('full-text search, ranked by bm25')
    .action((query: string, opts: { project: string; outlet?: string[]; story?: string; from?: string; to?: string; limit: number; json?: boolean }) => {
      const result = withProject(opts.project, (ctx) =>
        search(ctx, query, { outletIds: outletIds(ctx, opts.outlet), storyId: storyId(ctx, opts.story), dateFrom: opts.from, dateTo: opts.to }, 0, Math.max(1, opts.limit)),
      );
      if (opts.json) printJson(io, result);
      else printSearch(io, result.total, result.hits);
    });

  program
    .command('info')
    .requiredOption('--project <file>', 'project file')
    .option('--json', 'print as JSON, with outlets and stories')
    .description('counts of articles, outlets, stories and sentences')
    .action((opts: { project: string; json?: boolean }) => {
      withProject(opts.project, (ctx) => {
        const info = projectInfo(ctx);
        if (opts.json) printJson(io, { ...info, outlets: listOutlets(ctx), stories: listStories(ctx) });
        else printInfo(io, info);
      });
    });

  program
    .command('actors')
    .requiredOption('--project <file>', 'project file')
    .option('--article <id>', 'only this article (its quotes are listed too)', positiveInt)
    .option('--json', 'print as JSON')
    .description('actors with mention counts, and the attributed quotes with speaker, span and AFINN score')
    .action((opts: { project: string; article?: number; json?: boolean }) => {
      const report = withProject(opts.project, (ctx) => actorsReport(ctx, opts.article));
      if (opts.json) printJson(io, report);
      else printActorsReport(io, report);
    });

  const codebook = program.command('codebook').description('codebook templates and the project codebook');
  codebook
    .command('list')
    .requiredOption('--project <file>', 'project file')
    .option('--json', 'print as JSON')
    .description('the project codebook and the templates that can be loaded')
    .action((opts: { project: string; json?: boolean }) => {
      const result = withProject(opts.project, (ctx) => ({ variables: getCodebook(ctx), templates: listTemplates(ctx) }));
      if (opts.json) printJson(io, result);
      else printCodebook(io, result.variables, result.templates);
    });
  codebook
    .command('load')
    .argument('<template>', 'template id, e.g. policy-frames (see: codebook list)')
    .requiredOption('--project <file>', 'project file')
    .description('load a codebook template into the project')
    .action((template: string, opts: { project: string }) => {
      const result = withProject(opts.project, (ctx) => loadTemplate(ctx, template));
      io.out(`added ${result.added.length} variable${result.added.length === 1 ? '' : 's'}${result.added.length ? `: ${result.added.join(', ')}` : ''}`);
      if (result.skipped.length) io.out(`already in the project: ${result.skipped.join(', ')}`);
    });

  program
    .command('serve')
    .option('--project <file>', 'project file (default: the default project in your data folder)')
    .option('--port <n>', 'port on 127.0.0.1 (default: any free port)', positiveInt)
    .description('serve the app to a browser on 127.0.0.1, with a per-run token')
    .action(async (opts: { project?: string; port?: number }) => {
      const { serveProject } = await import('../web/serve-project');
      const ctx = opts.project ? openProject(opts.project, { mustExist: true }) : openDefaultProject();
      const bridge = await serveProject(ctx, opts.port);
      onServe(bridge.url, bridge.close);
    });

  return program;
}

/** Runs one command line; returns the exit code. User errors print one line, never a stack trace. */
export async function runCli(argv: string[], io: Io, onServe: (url: string, close: () => Promise<void>) => void = () => {}): Promise<number> {
  const program = buildProgram(io, onServe);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof UserError) {
      io.err(`framebench: ${error.message}`);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      io.err(`framebench: cannot listen on that port (${code})`);
      return 1;
    }
    io.err(`framebench: internal error: ${(error as Error).message?.split('\n')[0]}`);
    if (process.env.FRAMEBENCH_DEBUG) io.err(String((error as Error).stack));
    return 2;
  }
}
