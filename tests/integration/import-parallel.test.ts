// The worker-thread import writes exactly what the in-thread import writes, keeps the search index whole, and
// reports bad files the same way.
import { describe, expect, it } from 'vitest';
import { importSources, importSourcesInParallel } from '../../electron/core/corpus/import-service';
import { preparedInOrder, warmImportPool } from '../../electron/core/import/prepare-pool';
import { generateCorpus } from '../bench/corpus-generator';
import { source, tempProject } from '../helpers/temp-project';
import type { ProjectContext } from '../../electron/core/project/context';

// Enough bytes that the pool starts (below its threshold a batch is prepared in the main thread).
const corpus = generateCorpus(1200);
const files = [
  ...Array.from({ length: 4 }, (_, i) => source(`batch-${i}.json`, JSON.stringify(corpus.slice(i * 300, (i + 1) * 300)))),
  source('broken.json', '[{"title": "x"'),
  source('again.json', JSON.stringify(corpus.slice(0, 2))),
];

function contents(ctx: ProjectContext) {
  return {
    articles: ctx.db.prepare('SELECT id, title, outlet_id, published_at, body, content_hash, word_count, source_file FROM articles ORDER BY id').all(),
    sentences: ctx.db.prepare('SELECT * FROM sentences ORDER BY article_id, idx').all(),
    outlets: ctx.db.prepare('SELECT * FROM outlets ORDER BY id').all(),
  };
}

const ftsIntact = (ctx: ProjectContext) => ctx.db.exec("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)");

describe('import in worker threads', () => {
  it('prepares the files in worker threads, in order', async () => {
    expect(await warmImportPool()).toBeGreaterThan(0);
    const seen: number[] = [];
    for await (const prepared of preparedInOrder(files.slice(0, 4))) seen.push(prepared.ok ? prepared.articles.length : -1);
    expect(seen).toEqual([300, 300, 300, 300]);
  });

  it('prepares a file in this thread when handing it to a worker fails', async () => {
    // A function cannot be posted to a worker; the pool falls back for that file only.
    const unpostable = { ...files[1], onProgress: () => undefined };
    const seen: number[] = [];
    for await (const prepared of preparedInOrder([files[0], unpostable, files[2]])) seen.push(prepared.ok ? prepared.articles.length : -1);
    expect(seen).toEqual([300, 300, 300]);
  });

  it('writes the same rows and report as the in-thread import', async () => {
    const serial = tempProject();
    const parallel = tempProject();
    const expected = importSources(serial, files, { story: 'Bench' });
    const report = await importSourcesInParallel(parallel, files, { story: 'Bench' });
    const withoutTimes = (r: typeof report) => JSON.stringify(r);
    expect(withoutTimes(report)).toBe(withoutTimes(expected));
    expect(report.files.map((f) => f.status)).toEqual(['imported', 'imported', 'imported', 'imported', 'failed', 'duplicate']);
    expect(report.files[4].message).toMatch(/^\S[^\n]*$/);
    expect(contents(parallel)).toEqual(contents(serial));
    expect(() => ftsIntact(parallel)).not.toThrow();
    // The per-article sums the tone aggregates read agree with the sentences they sum.
    const mismatched = parallel.db
      .prepare(
        `SELECT count(*) FROM article_sentences p JOIN (
           SELECT article_id, count(*) AS n, total(afinn_score) AS score, total(afinn_comparative) AS comparative FROM sentences GROUP BY article_id
         ) s USING (article_id)
         WHERE p.sentences <> s.n OR p.afinn_score <> s.score OR abs(p.afinn_comparative_sum - s.comparative) > 1e-9`,
      )
      .pluck()
      .get();
    expect(mismatched).toBe(0);
    expect(parallel.db.prepare('SELECT count(*) FROM article_sentences').pluck().get()).toBe(1200);
  });

  it('keeps the search index in step through deletes and edits, also of an article it never indexed', async () => {
    const ctx = tempProject();
    await importSourcesInParallel(ctx, files.slice(0, 4));
    ctx.db.exec("DELETE FROM articles WHERE id % 7 = 0; UPDATE articles SET title = 'Renamed ' || id WHERE id % 5 = 0");
    ctx.db.exec("INSERT INTO articles (title, outlet_id, body, content_hash, imported_at) VALUES ('Raw', 1, 'Inserted by hand.', 'raw', 'now')");
    ctx.db.exec("UPDATE articles SET body = 'Edited by hand.' WHERE content_hash = 'raw'");
    ctx.db.exec("DELETE FROM articles WHERE content_hash = 'raw'");
    expect(() => ftsIntact(ctx)).not.toThrow();
    const renamed = ctx.db.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'title:renamed'").pluck().get();
    expect(renamed).toBe(ctx.db.prepare("SELECT count(*) FROM articles WHERE title LIKE 'Renamed %'").pluck().get());
  });
});
