// Turns a speaker candidate into a speaker: actor mentions as they are, pronouns and titles pointed back at an actor.
import { namesOf } from './alias-patterns';
import { sentenceIndexAt, type ArticleContext, type PersonAnchor } from './article-context';
import { isTitleLike, type Candidate } from './candidates';
import type { QuoteSpeaker } from './types';

export type SpeakerForm = 'name' | 'title' | 'pronoun';

export interface ResolvedSpeaker extends QuoteSpeaker {
  form: SpeakerForm;
  /** How a pronoun or title was resolved, for the evidence line; null when the text names the actor. */
  note: string | null;
}

const PRONOUN_LOOKBACK_SENTENCES = 5;

export function resolveSpeaker(ctx: ArticleContext, candidate: Candidate): ResolvedSpeaker {
  const text = ctx.body.slice(candidate.start, candidate.end);
  const base = { text, start: candidate.start, end: candidate.end };
  switch (candidate.kind) {
    case 'mention': {
      const title = isTitleLike(ctx, candidate);
      const actor = ctx.actorsById.get(candidate.actorId ?? -1);
      return { ...base, actorId: candidate.actorId, form: title ? 'title' : 'name', note: title && actor ? `an alias of ${actor.name}` : null };
    }
    case 'pronoun': {
      if (text.toLowerCase() === 'they') return { ...base, actorId: null, form: 'pronoun', note: 'plural pronoun, not resolved' };
      const anchor = antecedent(ctx, candidate.start);
      if (!anchor) return { ...base, actorId: null, form: 'pronoun', note: 'no person named before' };
      const actor = ctx.actorsById.get(anchor.actorId ?? -1);
      const note = actor ? `${text} = ${actor.name}` : `${text} = ${ctx.body.slice(anchor.start, anchor.end)}, not in the actor list`;
      return { ...base, actorId: anchor.actorId, form: 'pronoun', note };
    }
    case 'title':
      return { ...base, ...resolveTitle(ctx, candidate, text), form: 'title' };
    case 'name':
      return { ...base, actorId: null, form: 'name', note: 'not in the actor list' };
  }
}

/**
 * The person a he/she points back to: the first person named earlier in the same sentence, else the first person
 * named in each earlier sentence. First rather than nearest, because the subject is usually named first:
 * in "Leavitt said …: the president, she said, believes …" she is Leavitt, not the president.
 */
function antecedent(ctx: ArticleContext, position: number): PersonAnchor | null {
  const here = sentenceIndexAt(ctx, position);
  for (let s = here; s >= 0 && s >= here - PRONOUN_LOOKBACK_SENTENCES; s--) {
    const sentence = ctx.sentences[s];
    const limit = s === here ? position : sentence.end;
    const anchor = ctx.personAnchors.find((a) => a.start >= sentence.start && a.end <= limit);
    if (anchor) return anchor;
  }
  return null;
}

const KIND_NOUNS: Record<string, string[]> = {
  group: ['group', 'organization'],
  movement: ['group', 'organization'],
  organization: ['organization', 'group'],
  organisation: ['organization', 'group'],
};

/**
 * A title that is not itself an alias: a definite "the office" or "the group" points back to the last actor
 * mentioned whose name or alias ends in the same noun, or (for group words) whose kind fits. Otherwise no actor.
 */
function resolveTitle(ctx: ArticleContext, candidate: Candidate, text: string): { actorId: number | null; note: string } {
  const definite = /^(?:the|this|that)\s/i.test(text);
  const head = (/([\p{L}]+)$/u.exec(text)?.[1] ?? '').toLowerCase();
  if (definite && head) {
    const earlier = ctx.mentions.filter((m) => m.end <= candidate.start);
    for (let i = earlier.length - 1; i >= 0; i--) {
      const actor = ctx.actorsById.get(earlier[i].actorId);
      if (!actor) continue;
      const sameHead = namesOf(actor).some((n) => n.toLowerCase().endsWith(` ${head}`) || n.toLowerCase() === head);
      if (sameHead || KIND_NOUNS[head]?.includes(actor.kind)) {
        return { actorId: actor.id, note: `"${text}" points back to ${actor.name}, mentioned before` };
      }
    }
  }
  return { actorId: null, note: 'title not matched to a known actor' };
}
