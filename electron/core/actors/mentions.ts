// Finds every occurrence of known actors' names and aliases in an article body; longest match wins on overlap.
import { aliasPattern, namesOf } from './alias-patterns';
import type { ActorRef, Mention } from './types';

/** Non-overlapping mentions sorted by start; on overlap the longer match wins, then the earlier one. */
export function findMentions(body: string, actors: ActorRef[]): Mention[] {
  const found: Mention[] = [];
  for (const actor of actors) {
    for (const name of namesOf(actor)) {
      const pattern = aliasPattern(name);
      if (!pattern) continue;
      for (const match of body.matchAll(pattern)) {
        found.push({ actorId: actor.id, start: match.index, end: match.index + match[0].length, text: match[0] });
      }
    }
  }
  return keepLongest(found);
}

/** Greedy longest-first selection of non-overlapping spans, returned in text order. */
export function keepLongest<T extends { start: number; end: number }>(spans: T[]): T[] {
  const byLength = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const span of byLength) {
    if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
