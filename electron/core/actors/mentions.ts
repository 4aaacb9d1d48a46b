// Finds every occurrence of known actors' names and aliases in an article body; longest match wins on overlap.
import { aliasPattern, namesOf } from './alias-patterns';
import type { ActorRef, Mention } from './types';

/** One of an actor's names or aliases that can be found in a text. */
export interface ActorName {
  actorId: number;
  name: string;
}

export function actorNames(actors: ActorRef[]): ActorName[] {
  return actors.flatMap((actor) => namesOf(actor).flatMap((name) => (aliasPattern(name) ? [{ actorId: actor.id, name }] : [])));
}

/** Non-overlapping mentions sorted by start; on overlap the longer match wins, then the earlier one. */
export function findMentions(body: string, actors: ActorRef[]): Mention[] {
  return findNames(body, actorNames(actors));
}

/** findMentions for names already listed, in the same order. */
export function findNames(body: string, names: ActorName[]): Mention[] {
  const found: Mention[] = [];
  for (const { actorId, name } of names) {
    for (const match of body.matchAll(aliasPattern(name)!)) {
      found.push({ actorId, start: match.index, end: match.index + match[0].length, text: match[0] });
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
