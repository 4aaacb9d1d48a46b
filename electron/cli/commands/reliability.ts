// CLI commands of team coding: the reliability report and merging another coder's copy.
import type { Command } from 'commander';
import type { ReliabilityReport } from '../../../shared/domain/reliability';
import { mergeProject } from '../../core/reliability/merge';
import { reliabilityReport } from '../../core/reliability/report';
import { positiveInt, withProject } from '../cli-helpers';
import { printJson, type Io } from '../output';

const fixed = (n: number | null, digits = 3) => (n === null ? '–' : n.toFixed(digits));

function printReport(io: Io, report: ReliabilityReport) {
  io.out(`coders: ${report.coders.join(', ') || 'none'} · articles: ${report.articles}${report.sample ? ` · sample: ${report.sample}` : ''}`);
  const header = ['variable', 'unit', 'units', '% agree', 'Cohen κ', 'Fleiss κ', 'α', 'level', '95% CI'];
  const rows = report.variables.map((v) => [
    v.variable,
    v.unit,
    String(v.units),
    v.percentAgreement === null ? '–' : `${(100 * v.percentAgreement).toFixed(1)}%`,
    fixed(v.cohensKappa),
    fixed(v.fleissKappa),
    v.alpha.alpha === null ? `– (${v.alpha.reason})` : fixed(v.alpha.alpha),
    v.level,
    v.bootstrap.lower === null ? '–' : `${fixed(v.bootstrap.lower)}–${fixed(v.bootstrap.upper)}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const row of [header, ...rows]) io.out(row.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
}

export function registerReliabilityCommands(program: Command, io: Io) {
  program
    .command('reliability')
    .requiredOption('--project <file>', 'project file')
    .option('--variable <name>', 'only this variable')
    .option('--coders <names>', 'comma-separated coder names (default: every coder but Consensus)')
    .option('--sample <name>', 'only the articles of this reliability sample')
    .option('--seed <n>', 'seed of the bootstrap confidence interval', positiveInt, 1)
    .option('--json', 'every figure as JSON, with coincidence matrices and coder pairs')
    .description('agreement per variable: percent agreement, Cohen and Fleiss kappa, Krippendorff alpha with a bootstrap interval, unitizing alpha')
    .action((opts: { project: string; variable?: string; coders?: string; sample?: string; seed: number; json?: boolean }) => {
      const report = withProject(opts.project, (ctx) =>
        reliabilityReport(ctx, { variable: opts.variable, coders: opts.coders?.split(','), sample: opts.sample, seed: opts.seed }),
      );
      if (opts.json) printJson(io, report);
      else printReport(io, report);
    });

  program
    .command('merge')
    .argument('<other>', "another coder's copy of the project")
    .requiredOption('--project <file>', 'project file to merge into')
    .option('--json', 'print the report as JSON')
    .description("bring in another coder's codings as theirs, and their \"(none)\" settlements; nothing is overwritten, merging twice adds nothing")
    .action((other: string, opts: { project: string; json?: boolean }) => {
      const report = withProject(opts.project, (ctx) => mergeProject(ctx, other));
      if (opts.json) return printJson(io, report);
      io.out(
        `added ${report.added} codings${report.coders.length ? ` by ${report.coders.join(', ')}` : ''}; ${report.alreadyPresent} already present; ${report.noneSettlements} "(none)" settlements`,
      );
      for (const u of report.unmatched) io.out(`not merged, or merged with a note (${u.codings}): ${u.reason}`);
    });
}
