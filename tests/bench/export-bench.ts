// Export benchmark: streams n coded segments to CSV and measures time and peak RSS, beside a baseline measured
// in the same run (the same SELECT iterated into a file as plain joined lines, no CSV library, no article lookups).
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEGMENTS_SQL } from '../../electron/core/exchange/codings-csv';
import { exportFile } from '../../electron/core/exchange/export';
import { getCodebook } from '../../electron/core/coding/codebook';
import { loadTemplate } from '../../electron/core/coding/templates';
import { closeProject, openProject, type ProjectContext } from '../../electron/core/project/context';
import { generateCorpus } from './corpus-generator';
import { collectGarbage, type Row } from './measure';

const MB = 1024 * 1024;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** n codings on n/100 generated articles by three coders: 80% spans (some with memos), 20% article-level values. */
export function seed(ctx: ProjectContext, n: number) {
  loadTemplate(ctx, 'policy-frames');
  const variables = getCodebook(ctx);
  const span = variables.filter((v) => v.unit === 'span');
  const whole = variables.filter((v) => v.unit === 'article');
  const articles = generateCorpus(Math.max(1, Math.ceil(n / 100)));
  const now = new Date().toISOString();
  ctx.db.transaction(() => {
    const outlet = ctx.db.prepare('INSERT OR IGNORE INTO outlets (name) VALUES (?)');
    const outletId = ctx.db.prepare('SELECT id FROM outlets WHERE name = ?').pluck();
    const article = ctx.db.prepare(
      "INSERT INTO articles (title, outlet_id, published_at, body, content_hash, imported_at) VALUES (?, ?, ?, ?, lower(hex(randomblob(32))), ?)",
    );
    const coder = ctx.db.prepare('INSERT INTO coders (name, color, created_at) VALUES (?, ?, ?)');
    for (const name of ['Ana', 'Ben', 'Chen']) coder.run(name, '#4e79a7', now);
    const ids = articles.map((a) => {
      outlet.run(a.outlet);
      return { id: Number(article.run(a.title, outletId.get(a.outlet), a.date, a.body, now).lastInsertRowid), length: a.body.length };
    });
    const coding = ctx.db.prepare(
      `INSERT INTO codings (guid, article_id, coder_id, variable_id, code_id, start, end, memo, created_at, updated_at)
       VALUES (lower(hex(randomblob(16))), ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < n; i++) {
      const a = ids[Math.floor(i / 100) % ids.length];
      const coderId = 1 + (i % 3);
      if (i % 5 === 4) {
        const v = whole[i % whole.length];
        coding.run(a.id, coderId, v.id, v.codes[i % v.codes.length].id, null, null, '', now, now);
      } else {
        const v = span[i % span.length];
        const start = (i * 37) % Math.max(1, a.length - 120);
        coding.run(a.id, coderId, v.id, v.codes[i % v.codes.length].id, start, start + 40 + (i % 80), i % 10 === 0 ? `memo ${i}, "quoted"` : '', now, now);
      }
    }
  })();
  ctx.db.pragma('wal_checkpoint(TRUNCATE)');
}

/** Runs `work` while sampling RSS every 50 ms; returns seconds and the sampled peak in bytes. */
async function measured(work: () => Promise<unknown>): Promise<{ seconds: number; peak: number }> {
  collectGarbage();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const start = process.hrtime.bigint();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, peak: Math.max(peak, process.memoryUsage().rss) };
}

/** The baseline: the same rows, joined with commas and written with backpressure; no quoting, guard or lookups. */
async function plainExport(ctx: ProjectContext, file: string) {
  const out = fs.createWriteStream(file);
  for (const row of ctx.db.prepare(SEGMENTS_SQL).raw().iterate() as IterableIterator<unknown[]>) {
    if (!out.write(`${row.join(',')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
}

export async function benchExport(rows: Row[], n = 1_000_000) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'framebench-export-bench-'));
  const ctx = openProject(path.join(dir, 'export.framebench'));
  try {
    console.error(`seeding ${fmt(n)} codings…`);
    seed(ctx, n);
    const base = await measured(() => plainExport(ctx, path.join(dir, 'baseline.txt')));
    const maxBefore = process.resourceUsage().maxRSS * 1024;
    const file = path.join(dir, 'segments.csv');
    const ours = await measured(() => exportFile(ctx, 'segments', file));
    const maxAfter = process.resourceUsage().maxRSS * 1024;
    // maxRSS is the process's lifetime peak: when seeding or the baseline peaked higher, the export did not raise it.
    const peak = Math.max(ours.peak, maxAfter > maxBefore ? maxAfter : 0);
    const size = fs.statSync(file).size / MB;
    console.error(`export: ${fmt(ours.seconds, 2)} s, ${fmt(size, 1)} MB, sampled peak RSS ${fmt(ours.peak / MB)} MB, process maxRSS ${fmt(maxBefore / MB)} → ${fmt(maxAfter / MB)} MB`);
    rows.push({
      benchmark: `export ${fmt(n)} segments (CSV, ${fmt(size)} MB)`,
      value: `${fmt(ours.seconds, 1)} s, peak RSS ${fmt(peak / MB)} MB`,
      baseline: `${fmt(base.seconds, 1)} s, peak RSS ${fmt(base.peak / MB)} MB`,
      ratio: `${(ours.seconds / base.seconds).toFixed(2)}x time`,
      target: 'peak RSS < 300 MB',
      met: peak < 300 * MB,
    });
  } finally {
    closeProject(ctx);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
