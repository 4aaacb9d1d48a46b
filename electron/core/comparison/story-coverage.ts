// A story's alignment and coverage matrix, computed on demand with the analyst's stored row edits applied.
import { alignArticles, memberAt, type AlignArticle } from '../../../shared/compare/alignment';
import { coverageMatrix } from '../../../shared/compare/coverage-matrix';
import { applyAnalystRows, type AnalystPassage, type AnalystRow, type EditKind, type ResolvedRow } from '../../../shared/compare/coverage-rows';
import { trackedOnlyGroups, type TrackedQuote } from '../../../shared/compare/tracked-quotes';
import type { AlignedGroup, CoverageMatrix, CoverageReason } from '../../../shared/compare/types';
import type { ProjectContext } from '../project/context';
import { alignInput, loadStory, type StoryData } from './story-data';

export interface StoryAnalysis {
  data: StoryData;
  align: AlignArticle[];
  groups: AlignedGroup[];
  tracked: TrackedQuote[];
  rows: ResolvedRow[];
  matrix: CoverageMatrix;
}

interface PassageRow {
  rowId: number;
  label: string | null;
  kind: EditKind;
  articleId: number | null;
  start: number;
  end: number;
  quoteStart: number | null;
  quoteEnd: number | null;
  mode: AnalystPassage['mode'];
  reason: CoverageReason | null;
  fact: string | null;
}

export function loadAnalystRows(ctx: ProjectContext, storyId: number): AnalystRow[] {
  const found = ctx.db
    .prepare(
      `SELECT r.id AS rowId, r.label, r.kind, p.article_id AS articleId, p.start, p.end, p.quote_start AS quoteStart, p.quote_end AS quoteEnd,
         p.mode, p.reason, p.fact
       FROM coverage_rows r LEFT JOIN coverage_passages p ON p.row_id = r.id WHERE r.story_id = ? ORDER BY r.id, p.id`,
    )
    .all(storyId) as PassageRow[];
  const rows = new Map<number, AnalystRow>();
  for (const f of found) {
    const row = rows.get(f.rowId) ?? rows.set(f.rowId, { id: f.rowId, label: f.label, kind: f.kind, passages: [] }).get(f.rowId)!;
    if (f.articleId !== null) {
      const { articleId, start, end, quoteStart, quoteEnd, mode, reason, fact } = f;
      row.passages.push({ articleId, start, end, quoteStart, quoteEnd, mode, reason, fact });
    }
  }
  return [...rows.values()];
}

/** Accepted quotations (codings of quote-kind variables) in the story's articles. */
function trackedQuotes(ctx: ProjectContext, storyId: number): TrackedQuote[] {
  return ctx.db
    .prepare(
      `SELECT c.id AS codingId, c.article_id AS articleId, c.start, c.end, c.actor_id AS actorId, a.name AS speaker
       FROM codings c JOIN variables v ON v.id = c.variable_id LEFT JOIN actors a ON a.id = c.actor_id
       WHERE v.kind = 'quote' AND c.start IS NOT NULL AND c.article_id IN (SELECT article_id FROM story_articles WHERE story_id = ?)
       ORDER BY c.article_id, c.start`,
    )
    .all(storyId) as TrackedQuote[];
}

export function locator(align: AlignArticle[]) {
  const byId = new Map(align.map((a) => [a.id, a]));
  return (p: AnalystPassage) => {
    const article = byId.get(p.articleId);
    if (!article || p.end > article.body.length) return null;
    const quote = p.quoteStart !== null && p.quoteEnd !== null ? { start: p.quoteStart, end: p.quoteEnd } : undefined;
    return memberAt(article, p.start, p.end, quote);
  };
}

export function analyzeStory(ctx: ProjectContext, storyId: number): StoryAnalysis {
  const data = loadStory(ctx, storyId);
  const align = alignInput(data.articles);
  return withAnalystRows(ctx, storyId, { data, align, groups: alignArticles(align), tracked: trackedQuotes(ctx, storyId) });
}

/**
 * The analyst's stored rows applied to an alignment, and the matrix. An edit changes only those rows, so after one
 * the alignment of the analysis taken before it is reused rather than computed again.
 */
export function withAnalystRows(ctx: ProjectContext, storyId: number, analysis: Omit<StoryAnalysis, 'rows' | 'matrix'>): StoryAnalysis {
  const { data, align, groups: aligned, tracked } = analysis;
  const groups = [...aligned, ...trackedOnlyGroups(align, aligned, tracked)];
  const rows = applyAnalystRows(groups, loadAnalystRows(ctx, storyId), locator(align));
  const articles = data.articles.map(({ id, outletId, outlet, title, publishedAt }) => ({ id, outletId, outlet, title, publishedAt }));
  return { data, align, groups: aligned, tracked, rows, matrix: coverageMatrix(storyId, articles, rows, tracked) };
}
