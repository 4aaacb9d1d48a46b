// Sourcing per outlet for a story: who is quoted, how much, how directly, and where (attributeQuotes on stored bodies).
import { sourcingTable } from '../../../shared/compare/sourcing-table';
import type { SourcingTable } from '../../../shared/compare/types';
import type { StoryData } from './story-data';

export function storySourcing(data: StoryData): SourcingTable {
  const names = new Map(data.actors.map((a) => [a.id, a.name]));
  return sourcingTable(
    data.articles.map((a) => ({
      id: a.id,
      outletId: a.outletId,
      outlet: a.outlet,
      title: a.title,
      body: a.body,
      sentences: a.sentences,
      quotes: a.quotes.map((q) => ({ kind: q.kind, start: q.start, end: q.end, speaker: q.speaker ? { text: q.speaker.text, actorId: q.speaker.actorId } : null })),
    })),
    names,
  );
}
