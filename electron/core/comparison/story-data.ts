// Loads a story's articles with their stored sentences and attributed quotes: the input of alignment and sourcing.
import type { AlignArticle } from '../../../shared/compare/alignment';
import type { QuoteAttribution } from '../../../shared/domain/coding';
import { attributeQuotes } from '../actors/quotes';
import type { ActorRef } from '../actors/types';
import { actorRefs } from '../coding/actors';
import { articlesWithBodies, type ArticleWithBody } from '../corpus/articles';
import { getStory } from '../corpus/stories';
import type { ProjectContext } from '../project/context';

export interface StoryArticle extends ArticleWithBody {
  sentences: { idx: number; start: number; end: number }[];
  /** attributeQuotes' suggestions, minus the ones the analyst rejected, with accepted corrections applied. */
  quotes: QuoteAttribution[];
}

export interface StoryData {
  story: { id: number; name: string };
  articles: StoryArticle[];
  actors: ActorRef[];
}


/** The analyst's decisions win over the machine: rejected quotes drop out, accepted ones take the coded speaker and span. */
function decidedQuotes(ctx: ProjectContext, articleId: number, body: string, actors: ActorRef[]): QuoteAttribution[] {
  const decisions = ctx.db
    .prepare(
      `SELECT d.quote_key AS key, d.status, c.actor_id AS actorId, c.start, c.end FROM quote_decisions d
       LEFT JOIN codings c ON c.id = d.coding_id WHERE d.article_id = ?`,
    )
    .all(articleId) as { key: string; status: string; actorId: number | null; start: number | null; end: number | null }[];
  const byKey = new Map(decisions.map((d) => [d.key, d]));
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return attributeQuotes(body, actors).flatMap((q) => {
    const d = byKey.get(q.key);
    if (d?.status === 'rejected') return [];
    if (d?.status !== 'accepted' || d.start === null || d.end === null) return [q];
    const speaker = d.actorId === null ? q.speaker : { text: q.speaker?.text ?? names.get(d.actorId) ?? '', start: q.speaker?.start ?? 0, end: q.speaker?.end ?? 0, actorId: d.actorId };
    return [{ ...q, start: d.start, end: d.end, text: body.slice(d.start, d.end), speaker }];
  });
}

export function loadStory(ctx: ProjectContext, storyId: number): StoryData {
  const story = getStory(ctx, storyId);
  const actors = actorRefs(ctx);
  const rows = articlesWithBodies(ctx, storyId, 'date');
  const sentences = ctx.db.prepare('SELECT idx, start, end FROM sentences WHERE article_id = ? ORDER BY idx');
  return {
    story: { id: story.id, name: story.name },
    actors,
    articles: rows.map((r) => ({
      ...r,
      sentences: sentences.all(r.id) as StoryArticle['sentences'],
      quotes: decidedQuotes(ctx, r.id, r.body, actors),
    })),
  };
}

export function alignInput(articles: StoryArticle[]): AlignArticle[] {
  return articles.map((a) => ({
    id: a.id,
    outletId: a.outletId,
    title: a.title,
    body: a.body,
    sentences: a.sentences,
    quotes: a.quotes
      .filter((q) => q.kind === 'direct')
      .map((q) => ({ start: q.start, end: q.end, speaker: q.speaker?.text ?? null, speakerActorId: q.speaker?.actorId ?? null })),
  }));
}
