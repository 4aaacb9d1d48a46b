// Shapes the actor/quote text engine takes and returns: pure data, no database ids beyond the actor's.

export type ActorKind = 'person' | 'government' | 'organization' | 'group' | 'country';

export interface ActorRef {
  id: number;
  name: string;
  kind: ActorKind;
  aliases: string[];
  affiliation?: string | null;
}

/** One occurrence of an actor's name or alias; `body.slice(start, end) === text`. */
export interface Mention {
  actorId: number;
  start: number;
  end: number;
  text: string;
}

export interface EntityProposal {
  text: string;
  kind: 'person' | 'organization' | 'place';
  count: number;
  first: { start: number; end: number };
}

export interface QuoteSpeaker {
  text: string;
  start: number;
  end: number;
  actorId: number | null;
}

export interface QuoteSuggestion {
  /** Stable: `${start}-${end}` of the quote span. */
  key: string;
  kind: 'direct' | 'reported';
  /** Direct: the quoted words without the quote marks. Reported: the reported clause. */
  start: number;
  end: number;
  text: string;
  speaker: QuoteSpeaker | null;
  verb: string | null;
  /** One short human-readable line: why this speaker. */
  evidence: string;
  /** Machine id of the rule that fired, e.g. 'after-quote', 'pronoun-before-quote', 'reported'. */
  rule: string;
}
