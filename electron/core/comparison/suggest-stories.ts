// Story suggestion over the whole project: articles from several outlets that report the same event.
import { emitStoryTerms, storyFeatures, type StoryFeatures } from '../../../shared/compare/story-features';
import { DEFAULT_GROUPING, groupDocuments, type DocGroup, type GroupingDoc, type GroupingOptions } from '../../../shared/compare/story-grouping';
import { countTerms, Vocabulary } from '../../../shared/compare/tfidf';
import type { StorySuggestion } from '../../../shared/compare/types';
import type { ProjectContext } from '../project/context';

export interface SuggestOptions {
  windowDays?: number;
  dateFrom?: string;
  dateTo?: string;
  /** Also return groups identical to an existing story. */
  includeExisting?: boolean;
  minScore?: number;
}

interface ArticleMeta {
  id: number;
  title: string;
  outletId: number;
  outlet: string;
  publishedAt: string | null;
}

const DAY_MS = 86_400_000;

export function dayNumber(date: string | null): number | null {
  if (!date) return null;
  const ms = Date.parse(date.slice(0, 10));
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
}

/** Reads every article once, streaming: only its metadata and term counts are kept, never 10,000 bodies. */
function readArticles(ctx: ProjectContext, options: SuggestOptions, vocabulary: Vocabulary): { meta: ArticleMeta[]; docs: GroupingDoc[] } {
  const where: string[] = [];
  const params: string[] = [];
  if (options.dateFrom) {
    where.push('a.published_at >= ?');
    params.push(options.dateFrom);
  }
  if (options.dateTo) {
    // Padded past any time of day, so the last day's timestamps are included.
    where.push('a.published_at <= ?');
    params.push(`${options.dateTo}T99`);
  }
  const rows = ctx.db
    .prepare(
      `SELECT a.id, a.title, a.body, a.outlet_id AS outletId, o.name AS outlet, a.published_at AS publishedAt
       FROM articles a JOIN outlets o ON o.id = a.outlet_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.id`,
    )
    .iterate(...params) as IterableIterator<ArticleMeta & { body: string }>;
  const meta: ArticleMeta[] = [];
  const docs: GroupingDoc[] = [];
  const scratch = new Map<number, number>();
  for (const { body, ...row } of rows) {
    meta.push(row);
    docs.push({ id: row.id, outletId: row.outletId, day: dayNumber(row.publishedAt), terms: countTerms(vocabulary, (emit) => emitStoryTerms(row.title, body, emit), scratch) });
  }
  return { meta, docs };
}

/** How many members carry each value; values carried by fewer than two members are dropped. */
function shared(lists: string[][], limit: number): { text: string; articles: number }[] {
  const counts = new Map<string, number>();
  for (const list of lists) for (const value of new Set(list)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)
    .slice(0, limit)
    .map(([text, articles]) => ({ text, articles }));
}

/** Quotations of one member that reappear (as the same words, or inside a longer quotation) in other members. */
function sharedQuotes(features: StoryFeatures[]): { text: string; articles: number }[] {
  const all = features.map((f) => f.quotes.join(' | '));
  const candidates = [...new Set(features.flatMap((f) => f.quotes))].sort((a, b) => a.length - b.length);
  const kept: { text: string; articles: number }[] = [];
  for (const quote of candidates) {
    const articles = all.filter((text) => text.includes(quote)).length;
    if (articles >= 2 && !kept.some((k) => quote.includes(k.text))) kept.push({ text: quote, articles });
  }
  return kept.sort((a, b) => b.articles - a.articles).slice(0, 10);
}

function topTerms(group: DocGroup, vocabulary: Vocabulary, limit = 12): string[] {
  const order = Array.from(group.centroid.ids.keys()).sort((a, b) => group.centroid.weights[b] - group.centroid.weights[a]);
  const terms: string[] = [];
  for (const i of order) {
    const term = vocabulary.terms[group.centroid.ids[i]];
    if (!term.includes(':')) terms.push(term);
    else if (term.startsWith('e:')) terms.push(term.slice(2));
    if (terms.length === limit) break;
  }
  return terms;
}

function existingStories(ctx: ProjectContext, articleIds: number[]) {
  const marks = articleIds.map(() => '?').join(',');
  return ctx.db
    .prepare(
      `SELECT s.id, s.name, count(*) AS shared, (SELECT count(*) FROM story_articles x WHERE x.story_id = s.id) AS articleCount
       FROM story_articles sa JOIN stories s ON s.id = sa.story_id WHERE sa.article_id IN (${marks}) GROUP BY s.id ORDER BY shared DESC`,
    )
    .all(...articleIds) as { id: number; name: string; shared: number; articleCount: number }[];
}

function storyArticleIds(ctx: ProjectContext, storyIds: number[]): Set<number> {
  if (!storyIds.length) return new Set();
  const marks = storyIds.map(() => '?').join(',');
  return new Set(ctx.db.prepare(`SELECT article_id FROM story_articles WHERE story_id IN (${marks})`).pluck().all(...storyIds) as number[]);
}

/** A group as found in the articles alone: everything but what depends on the stories that exist now. */
type FoundGroup = Omit<StorySuggestion, 'existingStories' | 'newArticleIds'>;

function findGroups(ctx: ProjectContext, options: SuggestOptions): FoundGroup[] {
  const vocabulary = new Vocabulary();
  const { meta: rows, docs } = readArticles(ctx, options, vocabulary);
  const body = ctx.db.prepare('SELECT body FROM articles WHERE id = ?').pluck();
  const grouping: GroupingOptions = { ...DEFAULT_GROUPING, windowDays: options.windowDays ?? DEFAULT_GROUPING.windowDays };
  return groupDocuments(docs, vocabulary, grouping).map((group) => {
    const members = group.members.map((m, i) => ({ row: rows[m], f: storyFeatures(rows[m].title, body.get(rows[m].id) as string), score: group.memberScores[i] }));
    const dates = members.map((m) => m.row.publishedAt).filter((d): d is string => !!d).sort();
    const outlets = new Map(members.map((m) => [m.row.outletId, m.row.outlet]));
    return {
      score: Math.round(group.score * 1000) / 1000,
      articleIds: members.map((m) => m.row.id).sort((a, b) => a - b),
      articles: members
        .map(({ row, score }) => ({ id: row.id, title: row.title, outletId: row.outletId, outlet: row.outlet, publishedAt: row.publishedAt, score: Math.round(score * 1000) / 1000 }))
        .sort((a, b) => a.id - b.id),
      outlets: [...outlets].map(([id, name]) => ({ id, name })),
      dateFrom: dates[0] ?? null,
      dateTo: dates[dates.length - 1] ?? null,
      evidence: {
        quotes: sharedQuotes(members.map((m) => m.f)),
        entities: shared(members.map((m) => m.f.entities), 12),
        numbers: shared(members.map((m) => m.f.numbers), 12),
        topTerms: topTerms(group, vocabulary),
      },
    };
  });
}

/**
 * The groups of the last request, kept while the articles stay the same: grouping 10,000 articles takes seconds,
 * and accepting a suggestion as a story asks again. Articles are only ever added (no command edits or deletes
 * one), so their count and highest id tell whether the corpus changed.
 */
const lastGroups = new WeakMap<ProjectContext, { key: string; groups: FoundGroup[] }>();

function groupsFor(ctx: ProjectContext, options: SuggestOptions): FoundGroup[] {
  const corpus = ctx.db.prepare('SELECT count(*) || \':\' || coalesce(max(id), 0) FROM articles').pluck().get() as string;
  const key = JSON.stringify([corpus, options.windowDays ?? DEFAULT_GROUPING.windowDays, options.dateFrom ?? null, options.dateTo ?? null]);
  const cached = lastGroups.get(ctx);
  if (cached?.key === key) return cached.groups;
  const groups = findGroups(ctx, options);
  lastGroups.set(ctx, { key, groups });
  return groups;
}

export function suggestStories(ctx: ProjectContext, options: SuggestOptions = {}): StorySuggestion[] {
  const suggestions: StorySuggestion[] = [];
  for (const group of groupsFor(ctx, options)) {
    if (group.score < (options.minScore ?? 0)) continue;
    const { articleIds } = group;
    const stories = existingStories(ctx, articleIds);
    if (!options.includeExisting && stories.some((s) => s.shared === articleIds.length && s.articleCount === articleIds.length)) continue;
    const inStories = storyArticleIds(
      ctx,
      stories.map((s) => s.id),
    );
    suggestions.push({ ...group, existingStories: stories, newArticleIds: articleIds.filter((id) => !inStories.has(id)) });
  }
  return suggestions;
}
