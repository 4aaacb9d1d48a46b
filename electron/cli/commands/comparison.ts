// CLI commands of outlet comparison: story suggestion, story comparison, near-duplicates, per-outlet aggregates.
import { Option, type Command } from 'commander';
import { UserError } from '../../../shared/api/errors';
import { comparisonLines, csvText, duplicateLines, suggestionLines, tableLines } from '../../../shared/compare/plain-text';
import { aggregate } from '../../core/comparison/aggregate';
import { compareStory } from '../../core/comparison/compare-story';
import { findDuplicates } from '../../core/comparison/duplicates';
import { suggestStories } from '../../core/comparison/suggest-stories';
import type { ProjectContext } from '../../core/project/context';
import { isoDate, outletIds, positiveInt, storyId, withProject } from '../cli-helpers';
import { printJson, type Io } from '../output';

function requiredStory(ctx: ProjectContext, name: string): number {
  return storyId(ctx, name)!;
}

/** Looks a name up in a table (case-insensitive), with the choices in the error. */
function idByName(ctx: ProjectContext, table: 'variables' | 'targets' | 'coders', what: string, name: string | undefined): number | undefined {
  if (name === undefined) return undefined;
  const found = ctx.db.prepare(`SELECT id FROM ${table} WHERE lower(name) = lower(?)`).pluck().get(name) as number | undefined;
  if (found !== undefined) return found;
  const names = ctx.db.prepare(`SELECT name FROM ${table} ORDER BY name COLLATE NOCASE LIMIT 20`).pluck().all() as string[];
  throw new UserError(`no ${what} named "${name}"${names.length ? ` (have: ${names.join(', ')})` : ''}`);
}

interface AggregateOptions {
  project: string;
  story?: string[];
  by: string;
  measure: 'frames' | 'tone' | 'stance' | 'quotes';
  target?: string;
  variable?: string;
  articleVariable?: string;
  from?: string;
  to?: string;
  outlet?: string[];
  coder?: string[];
  csv?: boolean;
  json?: boolean;
}

export function registerComparisonCommands(program: Command, io: Io) {
  const stories = program.commands.find((c) => c.name() === 'stories') ?? program.command('stories').description('stories: groups of articles about one event');
  stories
    .command('suggest')
    .requiredOption('--project <file>', 'project file')
    .option('--window <days>', 'articles pair only within this many days of each other', positiveInt, 3)
    .option('--from <YYYY-MM-DD>', 'only articles published on or after', isoDate)
    .option('--to <YYYY-MM-DD>', 'only articles published on or before', isoDate)
    .option('--include-existing', 'also list groups that equal an existing story')
    .option('--json', 'print as JSON')
    .description('suggest stories: articles from several outlets that report the same event')
    .action((opts: { project: string; window: number; from?: string; to?: string; includeExisting?: boolean; json?: boolean }) => {
      const found = withProject(opts.project, (ctx) =>
        suggestStories(ctx, { windowDays: opts.window, dateFrom: opts.from, dateTo: opts.to, includeExisting: opts.includeExisting }),
      );
      if (opts.json) printJson(io, found);
      else suggestionLines(found).forEach((line) => io.out(line));
    });

  program
    .command('compare')
    .requiredOption('--project <file>', 'project file')
    .requiredOption('--story <name>', 'the story to compare')
    .option('--json', 'print as JSON')
    .description("a story's outlets side by side: aligned passages, coverage matrix, sourcing")
    .action((opts: { project: string; story: string; json?: boolean }) => {
      const comparison = withProject(opts.project, (ctx) => compareStory(ctx, requiredStory(ctx, opts.story)));
      if (opts.json) printJson(io, comparison);
      else comparisonLines(comparison).forEach((line) => io.out(line));
    });

  program
    .command('duplicates')
    .requiredOption('--project <file>', 'project file')
    .option('--story <name>', 'only this story (default: the whole project)')
    .option('--json', 'print as JSON')
    .description('near-duplicates (republished wire copy) with the words each version changed')
    .action((opts: { project: string; story?: string; json?: boolean }) => {
      const groups = withProject(opts.project, (ctx) => findDuplicates(ctx, storyId(ctx, opts.story)));
      if (opts.json) printJson(io, groups);
      else duplicateLines(groups).forEach((line) => io.out(line));
    });

  program
    .command('aggregate')
    .requiredOption('--project <file>', 'project file')
    .addOption(new Option('--measure <measure>', 'what to aggregate').choices(['frames', 'tone', 'stance', 'quotes']).makeOptionMandatory())
    .addOption(new Option('--by <dimension>', 'columns').choices(['outlet']).default('outlet'))
    .option('--story <name...>', 'only these stories')
    .option('--variable <name>', 'the variable (frames: a span or article-level variable; tone; stance; quotes)')
    .option('--article-variable <name>', 'frames: the article-level (primary frame) variable')
    .option('--target <name>', 'stance: the target (default: the one with the most stance codings)')
    .option('--from <YYYY-MM-DD>', 'published on or after', isoDate)
    .option('--to <YYYY-MM-DD>', 'published on or before', isoDate)
    .option('--outlet <name...>', 'only these outlets')
    .option('--coder <name...>', 'only these coders')
    .option('--csv', 'print the tables as CSV')
    .option('--json', 'print as JSON')
    .description('frames, tone, stance or quote share per outlet, for stories or the whole project')
    .action((opts: AggregateOptions) => {
      const result = withProject(opts.project, (ctx) =>
        aggregate(ctx, {
          measure: opts.measure,
          storyIds: opts.story?.map((name) => requiredStory(ctx, name)),
          variableId: idByName(ctx, 'variables', 'variable', opts.variable),
          articleVariableId: idByName(ctx, 'variables', 'variable', opts.articleVariable),
          targetId: idByName(ctx, 'targets', 'target', opts.target),
          coderIds: opts.coder?.map((name) => idByName(ctx, 'coders', 'coder', name)!),
          outletIds: outletIds(ctx, opts.outlet),
          dateFrom: opts.from,
          dateTo: opts.to,
        }),
      );
      if (opts.json) printJson(io, result);
      else if (opts.csv) result.tables.forEach((t, i) => io.out(`${i ? '\n' : ''}${csvText(t)}`));
      else result.tables.forEach((t, i) => [...(i ? [''] : []), ...tableLines(t)].forEach((line) => io.out(line)));
    });
}
