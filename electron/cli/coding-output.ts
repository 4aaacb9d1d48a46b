// How the CLI prints the actor report and the codebook.
import type { TemplateInfo, Variable } from '../../shared/domain/coding';
import type { ActorsReport } from '../core/coding/actors-report';
import type { Io } from './output';

export function printActorsReport(io: Io, report: ActorsReport) {
  const width = Math.max(5, ...report.actors.map((a) => a.name.length));
  io.out(`${'actor'.padEnd(width)}  ${'kind'.padEnd(12)}  mentions`);
  for (const a of [...report.actors].sort((x, y) => y.mentions - x.mentions)) io.out(`${a.name.padEnd(width)}  ${a.kind.padEnd(12)}  ${a.mentions}`);
  io.out('');
  for (const q of report.quotes) {
    const text = q.text.length > 70 ? `${q.text.slice(0, 69)}…` : q.text;
    io.out(`#${q.articleId} ${q.start}-${q.end} ${q.kind.padEnd(8)} ${(q.speaker ?? '(no speaker)').padEnd(24)} AFINN ${String(q.afinn.score).padStart(3)}  "${text}"`);
  }
  io.out(`${report.actors.length} actors, ${report.quotes.length} attributed quotes`);
}

export function printCodebook(io: Io, variables: Variable[], templates: TemplateInfo[]) {
  if (!variables.length) io.out('The codebook is empty; load a template with: framebench codebook load <template> --project FILE');
  for (const v of variables) {
    io.out(`${v.name} (${v.unit}, ${v.level}${v.kind === 'category' ? '' : `, ${v.kind}`})`);
    const depth = (id: number | null): number => (id === null ? 0 : 1 + depth(v.codes.find((c) => c.id === id)?.parentId ?? null));
    for (const c of v.codes) io.out(`  ${'  '.repeat(depth(c.parentId))}${c.shortcut ? `[${c.shortcut}] ` : ''}${c.label}${c.numericCode === null ? '' : ` = ${c.numericCode}`}`);
  }
  io.out('');
  io.out('Templates:');
  for (const t of templates) io.out(`  ${t.id.padEnd(22)} ${t.name}${t.loaded ? ' (loaded)' : ''}`);
}
