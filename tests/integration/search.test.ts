import { describe, expect, it } from 'vitest';
import { importSources } from '../../electron/core/corpus/import-service';
import { listOutlets } from '../../electron/core/corpus/outlets';
import { search } from '../../electron/core/corpus/search';
import { createStory, listStories } from '../../electron/core/corpus/stories';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../shared/domain/types';
import { source, tempProject } from '../helpers/temp-project';

const article = (title: string, outlet: string, date: string, body: string) =>
  source(`${title}.md`, `---\ntitle: "${title}"\noutlet: "${outlet}"\ndate: ${date}\n---\n${body}\n`);

function corpus() {
  const ctx = tempProject();
  importSources(ctx, [
    article('Envoy in Doha', 'Alpha', '2025-03-05', 'The U.S. envoy held direct talks with Hamas in Doha. Hostages were discussed.'),
    article('Hostage families wait', 'Beta', '2025-03-06', 'Families of hostages waited for news. The talks in Doha were direct.'),
    article('Qatar mediation', 'Alpha', '2025-03-07', 'Qatar has mediated before. Talks with Iran and the Taliban were hosted in Doha.'),
    article('Unrelated', 'Gamma', '2025-04-01', 'A story about the economy and inflation, nothing else.'),
  ]);
  importSources(ctx, [article('Direct talks analysis', 'Beta', '2025-03-08', 'Analysts call the direct talks a break with policy.')], { story: 'Talks' });
  return ctx;
}

const titles = (hits: { title: string }[]) => hits.map((h) => h.title);

describe('full-text search', () => {
  it('ranks title matches first and highlights matches in snippets', () => {
    const ctx = corpus();
    const { total, hits } = search(ctx, 'hostage*', {}, 0, 10);
    expect(total).toBe(2);
    expect(hits[0].title).toBe('Hostage families wait');
    expect(hits[0].titleHighlighted).toBe(`${HIGHLIGHT_START}Hostage${HIGHLIGHT_END} families wait`);
    expect(hits[0].snippet).toContain(`${HIGHLIGHT_START}hostages${HIGHLIGHT_END}`);
    expect(hits[0].rank).toBeLessThan(hits[1].rank);
  });

  it('matches phrases exactly and words anywhere', () => {
    const ctx = corpus();
    expect(titles(search(ctx, '"direct talks"', {}, 0, 10).hits).sort()).toEqual(['Direct talks analysis', 'Envoy in Doha']);
    expect(search(ctx, 'direct talks', {}, 0, 10).total).toBe(3);
    expect(search(ctx, 'Iran OR inflation', {}, 0, 10).total).toBe(2);
    expect(search(ctx, 'Doha NOT Qatar', {}, 0, 10).total).toBe(2);
  });

  it('searches words FTS5 would reject as typed (U.S., possessives)', () => {
    const ctx = corpus();
    expect(titles(search(ctx, 'U.S. envoy', {}, 0, 10).hits)).toEqual(['Envoy in Doha']);
  });

  it('filters by outlet, story and date range', () => {
    const ctx = corpus();
    const alpha = listOutlets(ctx).find((o) => o.name === 'Alpha')!.id;
    const story = listStories(ctx)[0].id;
    expect(titles(search(ctx, 'Doha', { outletIds: [alpha] }, 0, 10).hits).sort()).toEqual(['Envoy in Doha', 'Qatar mediation']);
    expect(titles(search(ctx, 'talks', { storyId: story }, 0, 10).hits)).toEqual(['Direct talks analysis']);
    expect(titles(search(ctx, 'Doha', { dateFrom: '2025-03-06', dateTo: '2025-03-06' }, 0, 10).hits)).toEqual(['Hostage families wait']);
    expect(search(ctx, 'economy', { dateTo: '2025-03-31' }, 0, 10).total).toBe(0);
    expect(search(ctx, 'Doha', { storyId: createStory(ctx, 'Empty').id }, 0, 10)).toEqual({ total: 0, hits: [] });
  });

  it("finds hits at both ends of a filter's id range and none between that it leaves out", () => {
    const ctx = corpus();
    const doha = search(ctx, 'Doha', {}, 0, 10).hits.map((h) => h.id).sort((a, b) => a - b);
    const ends = [doha[0], doha[doha.length - 1]];
    const story = createStory(ctx, 'Ends', undefined, ends).id;
    expect(search(ctx, 'Doha', { storyId: story }, 0, 10).hits.map((h) => h.id).sort((a, b) => a - b)).toEqual(ends);
  });

  it('pages through hits', () => {
    const ctx = corpus();
    const all = titles(search(ctx, 'Doha', {}, 0, 10).hits);
    expect(all).toHaveLength(3);
    expect([...titles(search(ctx, 'Doha', {}, 0, 2).hits), ...titles(search(ctx, 'Doha', {}, 2, 2).hits)]).toEqual(all);
  });

  it('counts and pages filtered hits, also past the last page', () => {
    const ctx = corpus();
    const beta = listOutlets(ctx).find((o) => o.name === 'Beta')!.id;
    const filter = { outletIds: [beta], dateFrom: '2025-03-01', dateTo: '2025-03-31' };
    const all = search(ctx, 'talks', filter, 0, 10);
    expect(all.total).toBe(2);
    expect([...titles(search(ctx, 'talks', filter, 0, 1).hits), ...titles(search(ctx, 'talks', filter, 1, 1).hits)]).toEqual(titles(all.hits));
    expect(search(ctx, 'talks', filter, 5, 10)).toEqual({ total: 2, hits: [] });
    expect(search(ctx, 'Doha', {}, 5, 10)).toEqual({ total: 3, hits: [] });
    const story = listStories(ctx)[0].id;
    expect(titles(search(ctx, 'talks', { ...filter, storyId: story }, 0, 10).hits)).toEqual(['Direct talks analysis']);
  });

  it('highlights each search on its own page of snippets', () => {
    const ctx = corpus();
    expect(search(ctx, 'Doha', {}, 0, 10).hits.every((h) => h.snippet.includes(`${HIGHLIGHT_START}Doha${HIGHLIGHT_END}`))).toBe(true);
    const [economy] = search(ctx, 'economy', {}, 0, 10).hits;
    expect(economy.snippet).toContain(`${HIGHLIGHT_START}economy${HIGHLIGHT_END}`);
    expect(search(ctx, 'Qatar', {}, 0, 10).hits.map((h) => h.titleHighlighted)).toEqual([`${HIGHLIGHT_START}Qatar${HIGHLIGHT_END} mediation`]);
  });

  it('explains a query FTS5 cannot parse in one line, and returns nothing for an empty query', () => {
    const ctx = corpus();
    for (const bad of ['"unclosed phrase', 'Doha AND', '(Hamas OR']) {
      expect(() => search(ctx, bad, {}, 0, 10)).toThrow(/^cannot search for .*check quotes and brackets/);
    }
    expect(search(ctx, '   ', {}, 0, 10)).toEqual({ total: 0, hits: [] });
  });
});

describe('search filters over time', () => {
  it('sees articles imported and story links made after an earlier filtered search', () => {
    const ctx = corpus();
    const story = listStories(ctx)[0].id;
    expect(search(ctx, 'Doha', { storyId: story }, 0, 10).total).toBe(0);
    expect(search(ctx, 'Doha', { storyId: story }, 0, 10).total).toBe(0);
    importSources(ctx, [article('Later Doha report', 'Delta', '2025-03-09', 'A later report from Doha.')], { story: 'Talks' });
    expect(titles(search(ctx, 'Doha', { storyId: story }, 0, 10).hits)).toEqual(['Later Doha report']);
  });
});
