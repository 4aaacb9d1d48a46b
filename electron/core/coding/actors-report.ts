// The actor report behind `framebench actors`: mention counts per actor, and attributed quotes per article.
import type { ProjectContext } from '../project/context';
import { listActors } from './actors';
import { analyzeArticle, mentionCounts } from './analysis';

export interface ActorsReport {
  actors: { id: number; name: string; kind: string; affiliation: string | null; aliases: string[]; mentions: number }[];
  quotes: {
    articleId: number;
    kind: 'direct' | 'reported';
    start: number;
    end: number;
    text: string;
    speaker: string | null;
    speakerActorId: number | null;
    afinn: { score: number; comparative: number; words: { word: string; score: number }[] };
    status: string;
  }[];
}

export function actorsReport(ctx: ProjectContext, articleId?: number): ActorsReport {
  const counts = mentionCounts(ctx, articleId);
  const actors = listActors(ctx).map((a) => ({ ...a, mentions: counts.get(a.id) ?? 0 }));
  const articleIds = articleId ? [articleId] : (ctx.db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[]);
  const quotes = articleIds.flatMap((id) =>
    analyzeArticle(ctx, id).quotes.map((q) => ({
      articleId: id,
      kind: q.kind,
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: q.speaker?.text ?? null,
      speakerActorId: q.speaker?.actorId ?? null,
      afinn: { score: q.tone.score, comparative: q.tone.comparative, words: q.tone.words },
      status: q.status,
    })),
  );
  return { actors: actors.map(({ guid: _guid, ...a }) => a), quotes };
}
