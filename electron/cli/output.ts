// How the CLI prints: tables for people, JSON for pipelines.
import { HIGHLIGHT_END, HIGHLIGHT_START, type ImportReport, type ProjectInfo, type SearchHit } from '../../shared/domain/types';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export function printJson(io: Io, value: unknown) {
  io.out(JSON.stringify(value, null, 2));
}

export function printImportReport(io: Io, report: ImportReport) {
  const width = Math.max(4, ...report.files.map((f) => f.file.length));
  for (const f of report.files) io.out(`${f.status.padEnd(9)} ${f.file.padEnd(width)}  ${f.message}`);
  io.out(`${report.imported} imported, ${report.duplicates} duplicates skipped, ${report.failed} files failed`);
}

const marked = (text: string) => text.replaceAll(HIGHLIGHT_START, '[').replaceAll(HIGHLIGHT_END, ']');

export function printSearch(io: Io, total: number, hits: SearchHit[]) {
  hits.forEach((hit, i) => {
    io.out(`${String(i + 1).padStart(3)}. #${hit.id} ${marked(hit.titleHighlighted)} (${hit.outlet}, ${hit.publishedAt ?? 'no date'})`);
    io.out(`     ${marked(hit.snippet).replace(/\s+/g, ' ')}`);
  });
  io.out(`${total} match${total === 1 ? '' : 'es'}${total > hits.length ? `, ${hits.length} shown` : ''}`);
}

export function printInfo(io: Io, info: ProjectInfo) {
  io.out(`project    ${info.path}`);
  io.out(`schema     ${info.schemaVersion}`);
  for (const [name, n] of Object.entries(info.counts)) io.out(`${name.padEnd(10)} ${n}`);
}
