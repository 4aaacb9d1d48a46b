// CLI commands of the coding workbench: the actor report and codebook templates.
import type { Command } from 'commander';
import { actorsReport } from '../../core/coding/actors-report';
import { getCodebook } from '../../core/coding/codebook';
import { listTemplates, loadTemplate } from '../../core/coding/templates';
import { positiveInt, withProject } from '../cli-helpers';
import { printActorsReport, printCodebook } from '../coding-output';
import { printJson, type Io } from '../output';

export function registerCodingCommands(program: Command, io: Io) {
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
}
