// Timing helpers and the results table every benchmark prints.
import v8 from 'node:v8';
import vm from 'node:vm';

export function time<T>(work: () => T): { ms: number; result: T } {
  const start = process.hrtime.bigint();
  const result = work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

export async function timeAsync<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

/** Collects garbage, so that a phase starts from the same heap and does not pay for the last one's. */
export function collectGarbage() {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface Row {
  benchmark: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
  met: boolean;
}

export function printTable(rows: Row[]) {
  const headers: (keyof Row)[] = ['benchmark', 'value', 'baseline', 'ratio', 'target', 'met'];
  const cells = rows.map((r) => headers.map((h) => (h === 'met' ? (r.met ? 'yes' : 'NO') : String(r[h]))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (values: string[]) => `| ${values.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
}
