// `npm run bench`: every speed goal, each beside a baseline measured in the same run. Prints a table; never fails.
// BENCH_SIZES=10000,100000 (default) sets the import sizes; BENCH_ONLY=import,reliability runs some parts only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { importSourcesInParallel } from '../../electron/core/corpus/import-service';
import { warmImportPool } from '../../electron/core/import/prepare-pool';
import { search } from '../../electron/core/corpus/search';
import { startSearchWorkers } from '../../electron/core/corpus/search-workers';
import { closeProject, openProject, type ProjectContext } from '../../electron/core/project/context';
import { generateCorpus, storyTerm, TOPIC_WORDS, type GeneratedArticle } from './corpus-generator';
import { collectGarbage, percentile, printTable, time, timeAsync, type Row } from './measure';
import { benchComparison } from './comparison-bench';
import { benchExport } from './export-bench';
import { benchLibrary } from './library-bench';
import { benchReliability } from './reliability-bench';

const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const SEARCH_PASSES = 3;
const BATCH = 1000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'framebench-bench-'));
const rows: Row[] = [];
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function batches<T>(items: T[]): T[][] {
  return Array.from({ length: Math.ceil(items.length / BATCH) }, (_, i) => items.slice(i * BATCH, (i + 1) * BATCH));
}

function baselineDb(file: string) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec("CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')");
  return db;
}

async function benchImport(n: number): Promise<{ ctx: ProjectContext; baseline: Database.Database }> {
  const corpus = generateCorpus(n);
  const megabytes = corpus.reduce((sum, a) => sum + Buffer.byteLength(a.title) + Buffer.byteLength(a.body), 0) / 1e6;
  const files = batches(corpus).map((batch, i) => ({ name: `batch-${i}.json`, bytes: Buffer.from(JSON.stringify(batch)) }));

  // The app starts its import workers once and keeps them; starting them is timed on its own line.
  const start = await timeAsync(() => warmImportPool());
  // This machine's speed drifts by ±15% from one second to the next: the baseline and the import are timed in
  // turns, each into new files, and the median ratio of the pairs is the result. The first pair, in a process
  // that has not imported before, is also reported on its own.
  const pairs: { base: number; ours: number }[] = [];
  let last: { ctx: ProjectContext; baseline: Database.Database } | undefined;
  for (let run = 0; run < (n <= 20_000 ? 5 : 1); run++) {
    if (last) closeAll(last);
    const baseline = baselineDb(path.join(dir, `baseline-${n}-${run}.db`));
    const insert = baseline.prepare('INSERT INTO t (title, body) VALUES (?, ?)');
    const base = time(() => {
      for (const batch of batches(corpus)) baseline.transaction((items: GeneratedArticle[]) => items.forEach((a) => insert.run(a.title, a.body)))(batch);
    });
    const ctx = openProject(path.join(dir, `import-${n}-${run}.framebench`));
    const full = await timeAsync(() => importSourcesInParallel(ctx, files));
    if (full.result.imported !== n) throw new Error(`imported ${full.result.imported} of ${n}: ${full.result.files.find((f) => f.status === 'failed')?.message}`);
    pairs.push({ base: base.ms, ours: full.ms });
    last = { ctx, baseline };
  }

  const rate = (ms: number) => n / (ms / 1000);
  const ratioOf = (p: { base: number; ours: number }) => p.base / p.ours;
  const sorted = [...pairs].sort((x, y) => ratioOf(x) - ratioOf(y));
  const median = sorted[(sorted.length - 1) >> 1];
  const ratio = ratioOf(median);
  const spread = pairs.length > 1 ? ` (${ratioOf(sorted[0]).toFixed(2)}–${ratioOf(sorted[sorted.length - 1]).toFixed(2)} over ${pairs.length} runs)` : '';
  rows.push({
    benchmark: `import ${fmt(n)} articles (${fmt(megabytes, 1)} MB)`,
    value: `${fmt(rate(median.ours))} art/s, ${fmt(megabytes / (median.ours / 1000), 2)} MB/s`,
    baseline: `${fmt(rate(median.base))} art/s, ${fmt(megabytes / (median.base / 1000), 2)} MB/s`,
    ratio: `${ratio.toFixed(2)}x${spread}`,
    target: '>= 0.50x of baseline',
    met: ratio >= 0.5,
  });
  if (pairs.length > 1) {
    rows.push({
      benchmark: '  … the first of those runs, in a process that had not imported yet',
      value: `${fmt(rate(pairs[0].ours))} art/s`,
      baseline: `${fmt(rate(pairs[0].base))} art/s`,
      ratio: `${ratioOf(pairs[0]).toFixed(2)}x`,
      target: '(reported)',
      met: true,
    });
  }
  if (start.result && start.ms > 5) {
    rows.push({
      benchmark: `  … starting ${start.result} import worker thread(s), once per process`,
      value: `${start.ms.toFixed(0)} ms (from TypeScript via tsx)`,
      baseline: '-',
      ratio: '-',
      target: '(reported)',
      met: true,
    });
  }
  return last!;
}

function closeAll({ ctx, baseline }: { ctx: ProjectContext; baseline: Database.Database }) {
  const files = [ctx.path, baseline.name];
  closeProject(ctx);
  baseline.close();
  for (const file of files) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

/** What analysts search for: names, topic words of every frequency, phrases, prefixes, OR. */
function queries(): string[] {
  const ranks = [9, 30, 99, 300, 999, 2999, 4999];
  return [
    ...ranks.map((r) => TOPIC_WORDS[r]),
    ...ranks.slice(0, 4).map((r) => `${TOPIC_WORDS[r]} ${TOPIC_WORDS[r + 50]}`),
    'Mulroy',
    'Boehler OR Leavitt',
    `${storyTerm(7, 'Doha')} ${storyTerm(7, 'hostages')}`,
    `"${storyTerm(3, 'Gaza')} ${storyTerm(3, 'ceasefire')}"`,
    'hostag*',
    `${storyTerm(11, 'Mulroy').slice(0, 5)}*`,
    '"American lives"',
  ];
}

/** Stop-word-like queries (terms in most articles): reported on their own line, outside the p95 mix. */
const WORST_CASE = () => [TOPIC_WORDS[0], '"direct talks"', 'said'];

function benchSearch(ctx: ProjectContext, baseline: Database.Database, n: number, threads: number) {
  const list = queries();
  const plain = baseline.prepare('SELECT rowid, snippet(t, 1, \'[\', \']\', \'…\', 28) FROM t WHERE t MATCH ? ORDER BY rank LIMIT 50');
  const ours: { q: string; ms: number }[] = [];
  const base: { q: string; ms: number }[] = [];
  // The mix runs in three passes and the percentiles are over all of them: on this machine a burst of slowness
  // moves a single pass's p95 (its 10th slowest query) by a quarter. Each pass's own p95 is printed too.
  const passes: number[] = [];
  for (let pass = 0; pass < SEARCH_PASSES; pass++) {
    const first = ours.length;
    for (let round = 0; round < 10; round++) {
      for (const q of list) {
        const filter = round % 3 === 1 ? { outletIds: [1, 2, 3] } : round % 3 === 2 ? { dateFrom: '2025-03-01', dateTo: '2025-06-30' } : {};
        ours.push({ q, ms: time(() => search(ctx, q, filter, 0, 50)).ms });
        base.push({ q, ms: time(() => plain.all(q)).ms });
      }
    }
    passes.push(percentile(ours.slice(first).map((s) => s.ms).sort((a, b) => a - b), 95));
  }
  const sorted = (samples: { q: string; ms: number }[], q?: string) =>
    samples.filter((s) => !q || s.q === q).map((s) => s.ms).sort((a, b) => a - b);
  for (const p of [50, 95]) {
    const value = percentile(sorted(ours), p);
    const reference = percentile(sorted(base), p);
    const perPass = p === 95 ? `; per pass ${Math.min(...passes).toFixed(1)}–${Math.max(...passes).toFixed(1)} ms` : '';
    rows.push({
      benchmark: `search p${p} over ${fmt(n)} articles (${SEARCH_PASSES} × ${ours.length / SEARCH_PASSES} queries, ranked in ${threads > 1 ? `${threads} threads` : 'one thread'})`,
      value: `${value.toFixed(2)} ms${perPass}`,
      baseline: `${reference.toFixed(2)} ms`,
      ratio: `${(value / reference).toFixed(2)}x`,
      target: p === 95 ? '< 20 ms' : '-',
      met: p === 95 ? value < 20 : true,
    });
  }
  // The query that weighs most on the p95: the mix's slowest by its median over the ten rounds (three filters).
  const slowest = list.reduce((a, b) => (percentile(sorted(ours, b), 50) > percentile(sorted(ours, a), 50) ? b : a));
  const value = percentile(sorted(ours, slowest), 50);
  const reference = percentile(sorted(base, slowest), 50);
  rows.push({
    benchmark: `  … slowest of the mix: ${slowest} (in ${fmt((100 * search(ctx, slowest, {}, 0, 1).total) / n)}% of articles), median`,
    value: `${value.toFixed(2)} ms`,
    baseline: `${reference.toFixed(2)} ms`,
    ratio: `${(value / reference).toFixed(2)}x`,
    target: '(reported)',
    met: true,
  });
  for (const q of WORST_CASE()) {
    const total = search(ctx, q, {}, 0, 50).total;
    const value = Math.min(...Array.from({ length: 3 }, () => time(() => search(ctx, q, {}, 0, 50)).ms));
    const reference = Math.min(...Array.from({ length: 3 }, () => time(() => plain.all(q)).ms));
    rows.push({
      benchmark: `worst case: ${q} (in ${fmt((100 * total) / n)}% of articles)`,
      value: `${value.toFixed(2)} ms`,
      baseline: `${reference.toFixed(2)} ms`,
      ratio: `${(value / reference).toFixed(2)}x`,
      target: '(reported)',
      met: true,
    });
  }
}

const only = process.env.BENCH_ONLY?.split(',');
const runs = (part: string) => !only || only.includes(part);

try {
  // First, while the process is fresh: its target is the peak memory of the process.
  if (runs('export')) {
    console.error('segments export…');
    await benchExport(rows);
  }
  for (const n of runs('import') ? sizes : []) {
    console.error(`generating and importing ${fmt(n)} articles…`);
    const imported = await benchImport(n);
    if (n === Math.max(...sizes)) {
      // The generated corpus (some 250 MB of strings in this process, which the app never holds) is collected
      // first: V8 would otherwise collect it in background threads during the searches, on the cores they rank on.
      collectGarbage();
      // The app starts them with the first search of a large project and uses them once they run.
      benchSearch(imported.ctx, imported.baseline, n, await startSearchWorkers(imported.ctx));
      benchLibrary(rows, imported.ctx, n);
    }
    closeAll(imported);
  }
  if (runs('comparison')) {
    console.error('comparison…');
    await benchComparison(rows);
  }
  if (runs('reliability')) {
    console.error('reliability report…');
    benchReliability(rows);
  }
  console.log(`\nFramebench benchmarks (node ${process.version}, ${os.cpus().length} cores)\n`);
  printTable(rows);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
