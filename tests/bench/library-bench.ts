// The library list scrolled through a large project: a page of 100 article summaries at offsets across the whole
// list, beside the same page read by joining every article before skipping to the offset.
import { listArticles } from '../../electron/core/corpus/articles';
import { SUMMARY_COLUMNS } from '../../electron/core/corpus/filter-sql';
import type { ProjectContext } from '../../electron/core/project/context';
import { percentile, time, type Row } from './measure';

const PAGE = 100;
const OFFSETS = 20;

export function benchLibrary(rows: Row[], ctx: ProjectContext, n: number) {
  const joinThenSkip = ctx.db.prepare(
    `SELECT ${SUMMARY_COLUMNS} FROM articles a JOIN outlets o ON o.id = a.outlet_id ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?`,
  );
  const offsets = Array.from({ length: OFFSETS }, (_, i) => Math.floor(((i + 0.5) * (n - PAGE)) / OFFSETS));
  const ours = offsets.map((offset) => time(() => listArticles(ctx, {}, offset, PAGE)).ms).sort((a, b) => a - b);
  const base = offsets.map((offset) => time(() => joinThenSkip.all(PAGE, offset)).ms).sort((a, b) => a - b);
  const value = percentile(ours, 95);
  rows.push({
    benchmark: `library page of ${PAGE} anywhere in ${n.toLocaleString('en-US')} articles (${OFFSETS} offsets, p95)`,
    value: `${value.toFixed(2)} ms`,
    baseline: `${percentile(base, 95).toFixed(2)} ms (join, then skip)`,
    ratio: `${(value / percentile(base, 95)).toFixed(2)}x`,
    target: '< 16 ms (a frame)',
    met: value < 16,
  });
}
