// Search ranked in worker threads, each over its own stretch of rowids, gives exactly what the search in the main
// thread gives: the same totals, hits, ranks, order, pages and errors, and it sees later writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSources } from '../../electron/core/corpus/import-service';
import { search } from '../../electron/core/corpus/search';
import { startSearchWorkers } from '../../electron/core/corpus/search-workers';
import { createStory } from '../../electron/core/corpus/stories';
import type { ArticleFilter } from '../../shared/domain/types';
import { generateCorpus, storyTerm, TOPIC_WORDS } from '../bench/corpus-generator';
import { source, tempProject } from '../helpers/temp-project';

const queries = [TOPIC_WORDS[9], TOPIC_WORDS[300], `${TOPIC_WORDS[9]} ${TOPIC_WORDS[59]}`, '"American lives"', 'hostag*', 'Boehler OR Leavitt', `"${storyTerm(3, 'Gaza')} ${storyTerm(3, 'ceasefire')}"`];

function project() {
  const ctx = tempProject();
  importSources(ctx, [source('corpus.json', JSON.stringify(generateCorpus(1500)))]);
  // A story of articles at both ends of the id range and in the middle, so that it spans every thread's stretch.
  const story = createStory(ctx, 'Spread', undefined, [1, 2, 3, 700, 701, 1499, 1500]).id;
  const filters: ArticleFilter[] = [
    {},
    { outletIds: [1, 2, 3] },
    { dateFrom: '2025-03-01', dateTo: '2025-06-30' },
    { storyId: story },
    { outletIds: [2], dateFrom: '2025-01-01', dateTo: '2025-12-31' },
    { storyId: createStory(ctx, 'Empty').id },
  ];
  return { ctx, filters };
}

const pages = [
  [0, 50],
  [20, 10],
  [1490, 50],
] as const;

describe('search in worker threads', () => {
  const threads = process.env.FRAMEBENCH_SEARCH_THREADS;
  // Three threads on any machine, so that the stretches are uneven in size.
  beforeAll(() => void (process.env.FRAMEBENCH_SEARCH_THREADS = '3'));
  afterAll(() => void (threads === undefined ? delete process.env.FRAMEBENCH_SEARCH_THREADS : (process.env.FRAMEBENCH_SEARCH_THREADS = threads)));

  it('finds, counts, ranks and pages exactly as the search in the main thread', async () => {
    const { ctx, filters } = project();
    const cases = queries.flatMap((q) => filters.flatMap((filter) => pages.map(([offset, limit]) => ({ q, filter, offset, limit }))));
    const inMain = cases.map(({ q, filter, offset, limit }) => search(ctx, q, filter, offset, limit));
    expect(inMain.some((r) => r.total > 100 && r.hits.length === 50)).toBe(true);

    expect(await startSearchWorkers(ctx, { minArticles: 0 })).toBe(3);
    const inWorkers = cases.map(({ q, filter, offset, limit }) => search(ctx, q, filter, offset, limit));
    for (let i = 0; i < cases.length; i++) expect({ ...cases[i], result: inWorkers[i] }).toEqual({ ...cases[i], result: inMain[i] });
  });

  it('explains a query FTS5 cannot parse as the main thread does', async () => {
    const { ctx } = project();
    expect(await startSearchWorkers(ctx, { minArticles: 0 })).toBe(3);
    expect(() => search(ctx, '(Hamas OR', {}, 0, 10)).toThrow(/^cannot search for "\(Hamas OR".*check quotes and brackets/);
    expect(search(ctx, TOPIC_WORDS[9], {}, 0, 10).hits).toHaveLength(10);
  });

  it('sees articles imported and linked after the workers started', async () => {
    const { ctx } = project();
    expect(await startSearchWorkers(ctx, { minArticles: 0 })).toBe(3);
    const story = createStory(ctx, 'Later').id;
    expect(search(ctx, 'zanzibarian', { storyId: story }, 0, 10).total).toBe(0);
    const article = { title: 'A zanzibarian envoy', outlet: 'Late Outlet', date: '2025-05-02', body: 'The zanzibarian envoy spoke.' };
    importSources(ctx, [source('late.json', JSON.stringify([article]))], { story: 'Later' });
    const { total, hits } = search(ctx, 'zanzibarian', { storyId: story }, 0, 10);
    expect(total).toBe(1);
    expect(hits[0]).toMatchObject({ title: 'A zanzibarian envoy', outlet: 'Late Outlet' });
  });
});
