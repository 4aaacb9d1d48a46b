// Outlet comparison on the sample corpus, against resources/sample/expectations.json and the sample README:
// story suggestion, quote alignment, the coverage matrix's omissions, and the wire-copy near-duplicates.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareStory } from '../../electron/core/comparison/compare-story';
import { suggestStories } from '../../electron/core/comparison/suggest-stories';
import { importSources } from '../../electron/core/corpus/import-service';
import { createStory, deleteStory } from '../../electron/core/corpus/stories';
import { resourcesDir } from '../../electron/core/paths';
import type { ProjectContext } from '../../electron/core/project/context';
import { quoteWords } from '../../shared/compare/text';
import { source, tempProject } from '../helpers/temp-project';

// Until migration 6 is registered in electron/core/db/migrations.ts, add it here (a no-op once it is).
interface ExpectedQuote {
  id: string;
  text: string;
  articles: string[];
}

const expectations = JSON.parse(fs.readFileSync(path.join(resourcesDir, 'sample', 'expectations.json'), 'utf8')) as { quotes: ExpectedQuote[] };

/** Four articles on other topics, dated inside the sample story's window; two of them are about one Rhine event. */
const UNRELATED = [
  `---\ntitle: "Rhine shipping halted as water levels hit record low near Kaub"\noutlet: "Meridian Wire"\ndate: 2025-03-05\n---\nFRANKFURT, March 5 (Meridian Wire) - Barge traffic on the Rhine came to a near standstill on Wednesday after the water level at the Kaub gauge fell to 31 centimetres, the lowest March reading on record, the German waterways agency said.\n\nCargo operators said vessels were sailing at a quarter of their capacity, pushing freight rates for coal, grain and chemicals to their highest level since 2022. "We are loading barges with a teaspoon," said Henrik Vogt, a dispatcher at a Duisburg shipping firm.\n\nMeteorologists blamed the dry winter across the Alps, where snowfall was 40 percent below average. Chemical maker Rheinwerk said it had cut output at its Ludwigshafen plant because it could not ship enough raw materials by river.`,
  `---\ntitle: "Low Rhine chokes German industry as barges sit idle"\noutlet: "Continental Observer"\ndate: 2025-03-06\n---\nThe Rhine, Europe's busiest inland waterway, has become an obstacle course. At the Kaub gauge, the bottleneck between Mainz and Koblenz, the water level dropped to 31 centimetres this week, and barges that normally carry 3,000 tonnes are setting off with a few hundred.\n\nFreight rates have jumped to their highest since 2022. Rheinwerk, the chemical group, has reduced production at Ludwigshafen, and steelmakers in Duisburg are trucking in ore at great expense. "We are loading barges with a teaspoon," one dispatcher, Henrik Vogt, told the Observer.\n\nClimate scientists say dry winters in the Alps, with snowfall 40 percent below normal this year, will make such episodes more frequent.`,
  `---\ntitle: "Qatar signs 27-year LNG supply deal with Japanese utility"\noutlet: "Gulf Horizon"\ndate: 2025-03-05\n---\nQatarEnergy signed a 27-year agreement on Wednesday to supply liquefied natural gas to a Japanese utility, officials said in Doha, the latest in a string of long-term contracts as the emirate expands its North Field output.\n\nThe deal covers 3 million tonnes a year from 2028. Energy minister Saad al-Kaabi said Qatar remained a reliable partner for Asian buyers.\n\nThe White House has encouraged allies to diversify gas supplies, and American producers compete with Qatar for the same Asian customers.`,
  `---\ntitle: "Poll: Centrist bloc gains ground ahead of Knesset vote"\noutlet: "Jerusalem Morning Star"\ndate: 2025-03-06\n---\nA new poll published on Thursday shows the centrist bloc gaining four seats, its best result since the autumn. Voters named the cost of living as their main concern, ahead of security and the war with Hamas.\n\nThe survey of 1,200 adults gives the governing coalition 52 of the Knesset's 120 seats. Pollster Dana Levi said younger voters were shifting fastest.`,
];

function sampleProject() {
  const ctx = tempProject({ sample: true });
  const storyId = ctx.db.prepare('SELECT id FROM stories').pluck().get() as number;
  const files = new Map((ctx.db.prepare('SELECT id, source_file AS file FROM articles').all() as { id: number; file: string }[]).map((a) => [a.file, a.id]));
  const outlets = new Map((ctx.db.prepare('SELECT a.id, o.name FROM articles a JOIN outlets o ON o.id = a.outlet_id').all() as { id: number; name: string }[]).map((a) => [a.id, a.name]));
  return { ctx, storyId, idOf: (file: string) => files.get(file)!, outletOf: (id: number) => outlets.get(id)! };
}

function addUnrelated(ctx: ProjectContext): number[] {
  return importSources(ctx, UNRELATED.map((text, i) => source(`unrelated-${i}.md`, text))).files.flatMap((f) => f.articleIds);
}

describe('story suggestion on the sample corpus', () => {
  it('groups the 11 sample articles and nothing else; the unrelated Rhine pair is a story of its own', () => {
    const { ctx, storyId } = sampleProject();
    const unrelated = addUnrelated(ctx);
    const sampleIds = (ctx.db.prepare('SELECT article_id FROM story_articles ORDER BY article_id').pluck().all() as number[]);
    expect(suggestStories(ctx).map((s) => s.articleIds)).toEqual([unrelated.slice(0, 2)]);
    expect(suggestStories(ctx, { includeExisting: true })[0]).toMatchObject({ articleIds: sampleIds, existingStories: [{ id: storyId, shared: 11 }], newArticleIds: [] });

    deleteStory(ctx, storyId);
    const suggested = suggestStories(ctx);
    expect(suggested.map((s) => s.articleIds)).toEqual([sampleIds, unrelated.slice(0, 2)]);
    expect(suggested[0].outlets).toHaveLength(9);
    expect(suggested[0].evidence.quotes.map((q) => q.text)).toContain('there are american lives on the line');
    expect(suggested[0].evidence.entities.map((e) => e.text)).toEqual(expect.arrayContaining(['adam boehler', 'karoline leavitt']));
    expect(suggested[0].evidence.numbers.map((n) => n.text)).toEqual(expect.arrayContaining(['59', '1997', '42']));
  });

  it('answers again from the same grouping after a story is made, and groups anew after an import', () => {
    const { ctx, storyId } = sampleProject();
    deleteStory(ctx, storyId);
    const [rhineA, rhineB, ...others] = addUnrelated(ctx);
    expect(suggestStories(ctx).map((s) => s.articleIds)).toHaveLength(2);

    const rhine = createStory(ctx, 'Rhine low water', undefined, [rhineA, rhineB]);
    expect(suggestStories(ctx).map((s) => s.articleIds)).not.toContainEqual([rhineA, rhineB]);
    expect(suggestStories(ctx, { includeExisting: true }).find((s) => s.articleIds.includes(rhineA))).toMatchObject({
      existingStories: [{ id: rhine.id, shared: 2, articleCount: 2 }],
      newArticleIds: [],
    });

    const [third] = importSources(ctx, [source('rhine-3.md', UNRELATED[1].replace('Continental Observer', 'Harbour Gazette').replace('The Rhine, Europe', 'The river Rhine, Europe'))]).files[0].articleIds;
    const grown = suggestStories(ctx).find((s) => s.articleIds.includes(rhineA));
    expect(grown).toMatchObject({ articleIds: [rhineA, rhineB, third], existingStories: [{ id: rhine.id, shared: 2 }], newArticleIds: [third] });
    expect(others).toHaveLength(2);
  });

  it('pairs articles only within the date window', () => {
    const { ctx, storyId } = sampleProject();
    deleteStory(ctx, storyId);
    ctx.db.prepare("UPDATE articles SET published_at = '2025-04-01' WHERE source_file = '11-liberty-ledger-critics.md'").run();
    const ids = suggestStories(ctx)[0].articleIds;
    expect(ids).toHaveLength(10);
    expect(suggestStories(ctx, { windowDays: 30 })[0].articleIds).toHaveLength(11);
  });
});

describe('alignment on the sample corpus', () => {
  it('links every tracked quote across exactly the articles (and outlets) that carry it', () => {
    const { ctx, storyId, idOf, outletOf } = sampleProject();
    const { groups } = compareStory(ctx, storyId);
    const aligned = expectations.quotes.filter((quote) => {
      const words = quoteWords(quote.text).join(' ');
      const holding = groups.filter((g) => g.reason === 'quote' && g.members.some((m) => ` ${quoteWords(m.text).join(' ')} `.includes(` ${words} `)));
      expect(holding, quote.id).toHaveLength(1);
      const expected = quote.articles.map(idOf).sort((a, b) => a - b);
      expect([...holding[0].articleIds].sort((a, b) => a - b), quote.id).toEqual(expected);
      expect(new Set(holding[0].members.map((m) => outletOf(m.articleId))), quote.id).toEqual(new Set(expected.map(outletOf)));
      return true;
    });
    expect(aligned).toHaveLength(14);
  });

  it('gives every member its article and character span, and aligns facts by number', () => {
    const { ctx, storyId } = sampleProject();
    const { groups } = compareStory(ctx, storyId);
    const bodies = new Map((ctx.db.prepare('SELECT id, body FROM articles').all() as { id: number; body: string }[]).map((a) => [a.id, a.body]));
    for (const g of groups) {
      for (const m of g.members) {
        expect(m.end).toBeGreaterThan(m.start);
        if (m.quoteStart !== undefined) expect(bodies.get(m.articleId)!.slice(m.quoteStart, m.quoteEnd)).toBe(m.text);
        expect(m.start).toBeLessThanOrEqual(m.quoteStart ?? m.start);
      }
    }
    const numbers = groups.filter((g) => g.reason === 'number');
    expect(numbers.find((g) => g.fact === '59')).toMatchObject({ label: '59 hostages', articleIds: expect.any(Array) });
    expect(numbers.find((g) => g.fact === '59')!.articleIds).toHaveLength(11);
    expect(numbers.find((g) => g.fact === '1997')!.articleIds).toHaveLength(11);
    expect(numbers.find((g) => g.fact === '42')!.label).toBe('42-day ceasefire');
    expect(groups.some((g) => g.reason === 'paraphrase' && g.articleIds.length === 11 && /Boehler/.test(g.label))).toBe(true);
  });
});
