// Reliability samples: a set of articles every coder codes, picked by hand or drawn at random with a seed,
// so the same seed and filter redraw exactly the same sample.
import type { ReliabilitySample } from '../../../shared/domain/reliability';
import { UserError } from '../../../shared/api/errors';
import type { ArticleFilter } from '../../../shared/domain/types';
import { shuffled } from '../../../shared/stats/prng';
import { filterConditions } from '../corpus/filter-sql';
import type { ProjectContext } from '../project/context';


interface SampleRow {
  id: number;
  name: string;
  seed: number | null;
  filter: string | null;
  size: number | null;
}

export function listSamples(ctx: ProjectContext): ReliabilitySample[] {
  const rows = ctx.db.prepare('SELECT id, name, seed, filter, size FROM reliability_samples ORDER BY name COLLATE NOCASE').all() as SampleRow[];
  const members = ctx.db.prepare('SELECT article_id FROM reliability_sample_articles WHERE sample_id = ? ORDER BY article_id').pluck();
  return rows.map((r) => ({ ...r, filter: r.filter ? (JSON.parse(r.filter) as ArticleFilter) : null, articleIds: members.all(r.id) as number[] }));
}

export function getSample(ctx: ProjectContext, idOrName: number | string): ReliabilitySample {
  const found = listSamples(ctx).find((s) => s.id === idOrName || (typeof idOrName === 'string' && s.name.toLowerCase() === idOrName.toLowerCase()));
  if (!found) throw new UserError(`no reliability sample ${typeof idOrName === 'string' ? `named "${idOrName}"` : `with id ${idOrName}`}`);
  return found;
}

/** Article ids matching the filter, in id order, shuffled with the seed, first n. */
export function drawSample(ctx: ProjectContext, filter: ArticleFilter, n: number, seed: number): number[] {
  const { sql, params } = filterConditions(filter);
  const ids = ctx.db.prepare(`SELECT a.id FROM articles a ${sql.length ? `WHERE ${sql.join(' AND ')}` : ''} ORDER BY a.id`).pluck().all(...params) as number[];
  if (n > ids.length) throw new UserError(`the filter matches ${ids.length} articles; a sample of ${n} is not possible`);
  return shuffled(ids, seed).slice(0, n).sort((a, b) => a - b);
}

export function createSample(
  ctx: ProjectContext,
  input: { name: string; articleIds?: number[]; draw?: { filter: ArticleFilter; n: number; seed: number } },
): ReliabilitySample {
  if (!input.articleIds?.length && !input.draw) throw new UserError('a sample needs articles: pick them, or draw n at random');
  const articleIds = input.draw ? drawSample(ctx, input.draw.filter, input.draw.n, input.draw.seed) : [...new Set(input.articleIds)];
  const id = ctx.db.transaction(() => {
    if (ctx.db.prepare('SELECT 1 FROM reliability_samples WHERE name = ?').get(input.name)) throw new UserError(`a sample named "${input.name}" already exists`);
    const missing = articleIds.filter((a) => !ctx.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(a));
    if (missing.length) throw new UserError(`no article with id ${missing.join(', ')}`);
    const sampleId = Number(
      ctx.db
        .prepare('INSERT INTO reliability_samples (name, seed, filter, size, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(input.name, input.draw?.seed ?? null, input.draw ? JSON.stringify(input.draw.filter) : null, input.draw?.n ?? null, ctx.now().toISOString())
        .lastInsertRowid,
    );
    const add = ctx.db.prepare('INSERT INTO reliability_sample_articles (sample_id, article_id) VALUES (?, ?)');
    for (const articleId of articleIds) add.run(sampleId, articleId);
    return sampleId;
  })();
  return getSample(ctx, id);
}

export function deleteSample(ctx: ProjectContext, id: number): { deleted: number } {
  getSample(ctx, id);
  ctx.db.prepare('DELETE FROM reliability_samples WHERE id = ?').run(id);
  return { deleted: id };
}
