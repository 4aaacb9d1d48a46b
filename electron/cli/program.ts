// The framebench command line: the same core as the app, for scripted research pipelines.
import { Command, CommanderError } from 'commander';
import { UserError } from '../../shared/api/errors';
import type { ImportFileReport } from '../../shared/domain/types';
import { importSourcesInParallel, summarize } from '../core/corpus/import-service';
import { listOutlets } from '../core/corpus/outlets';
import { search } from '../core/corpus/search';
import { listStories } from '../core/corpus/stories';
import { closeProject, openProject } from '../core/project/context';
import { openDefaultProject } from '../core/project/default-project';
import { createProjectFile, projectInfo } from '../core/project/session';
import { isoDate, outletIds, positiveInt, storyId, withProject, withProjectAsync } from './cli-helpers';
import { registerCodingCommands } from './commands/coding';
import { registerComparisonCommands } from './commands/comparison';
import { registerExchangeCommands } from './commands/exchange';
import { registerReliabilityCommands } from './commands/reliability';
import { printImportReport, printInfo, printJson, printSearch, type Io } from './output';
import { readImportFiles } from './read-files';

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
    .action(async (files: string[], opts: { project: string; outlet?: string; story?: string; date?: string; json?: boolean }) => {
      const read = readImportFiles(files);
      const sources = read.flatMap((r) => ('source' in r ? [r.source] : []));
      const defaults = { outlet: opts.outlet, story: opts.story, date: opts.date };
      const imported = (await withProjectAsync(opts.project, (ctx) => importSourcesInParallel(ctx, sources, defaults))).files;
      const report = summarize(
        read.map((r): ImportFileReport =>
          'source' in r ? imported.shift()! : { file: r.file, status: 'failed', imported: 0, duplicates: 0, message: r.error, articleIds: [] },
        ),
      );
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

  registerCodingCommands(program, io);
  registerReliabilityCommands(program, io);
  registerExchangeCommands(program, io);
  registerComparisonCommands(program, io);

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
