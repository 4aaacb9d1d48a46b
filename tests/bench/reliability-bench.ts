// Benchmark of the full reliability report: 10,000 units × 4 coders × 20 variables, beside a baseline that only
// reads the same codings out of the project file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { reliabilityReport } from '../../electron/core/reliability/report';
import { closeProject, openProject } from '../../electron/core/project/context';
import { time, type Row } from './measure';

export function benchReliability(rows: Row[], units = 10_000, coders = 4, variables = 20) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'framebench-bench-rel-'));
  const ctx = openProject(path.join(dir, 'rel.framebench'));
  try {
    const now = new Date().toISOString();
    let seed = 1;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    ctx.db.transaction(() => {
      ctx.db.prepare("INSERT INTO outlets (name) VALUES ('Bench')").run();
      const article = ctx.db.prepare("INSERT INTO articles (title, outlet_id, body, content_hash, imported_at) VALUES (?, 1, 'Body.', ?, ?)");
      for (let i = 1; i <= units; i++) article.run(`Article ${i}`, `h${i}`, now);
      const coder = ctx.db.prepare('INSERT INTO coders (name, color, created_at) VALUES (?, ?, ?)');
      for (let c = 1; c <= coders; c++) coder.run(`Coder ${c}`, '#444444', now);
      const variable = ctx.db.prepare("INSERT INTO variables (guid, name, unit, level, position) VALUES (?, ?, 'article', ?, ?)");
      const code = ctx.db.prepare('INSERT INTO codes (guid, variable_id, label, numeric_code, color, position) VALUES (?, ?, ?, ?, ?, ?)');
      const coding = ctx.db.prepare(
        'INSERT INTO codings (guid, article_id, coder_id, variable_id, code_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      for (let v = 1; v <= variables; v++) {
        variable.run(randomUUID(), `Variable ${v}`, v % 2 ? 'nominal' : 'ordinal', v);
        for (let k = 1; k <= 5; k++) code.run(randomUUID(), v, `Value ${k}`, k, '#888888', k);
        for (let a = 1; a <= units; a++) {
          const truth = 1 + Math.floor(random() * 5);
          for (let c = 1; c <= coders; c++) {
            const value = random() < 0.8 ? truth : 1 + Math.floor(random() * 5);
            coding.run(randomUUID(), a, c, v, (v - 1) * 5 + value, now, now);
          }
        }
      }
    })();
    const read = ctx.db.prepare('SELECT article_id, coder_id, variable_id, code_id FROM codings');
    const baseline = Math.min(time(() => read.all()).ms, time(() => read.all()).ms);
    const report = time(() => reliabilityReport(ctx, { bootstrapSamples: 0 }));
    const withBootstrap = time(() => reliabilityReport(ctx, { bootstrapSamples: 1000 }));
    const label = `${units.toLocaleString('en-US')} units × ${coders} coders × ${variables} variables`;
    rows.push({
      benchmark: `reliability report, ${label}`,
      value: `${report.ms.toFixed(0)} ms`,
      baseline: `${baseline.toFixed(0)} ms (read the codings)`,
      ratio: `${(report.ms / baseline).toFixed(2)}x`,
      target: '< 500 ms',
      met: report.ms < 500,
    });
    rows.push({
      benchmark: '  … with 1,000-sample bootstrap CIs',
      value: `${withBootstrap.ms.toFixed(0)} ms`,
      baseline: `${baseline.toFixed(0)} ms`,
      ratio: `${(withBootstrap.ms / baseline).toFixed(2)}x`,
      target: '(reported)',
      met: true,
    });
  } finally {
    closeProject(ctx);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
