// Shapes the actor/quote text engine takes and returns: pure data, no database ids beyond the actor's.
import type { ActorKind } from '../../../shared/domain/coding';

export type { ActorKind, EntityProposal, Mention, QuoteSpeaker } from '../../../shared/domain/coding';
/** What the engine returns; the analyst-facing QuoteSuggestion adds a tone hint and the decision. */
export type { QuoteAttribution as QuoteSuggestion } from '../../../shared/domain/coding';

export interface ActorRef {
  id: number;
  name: string;
  kind: ActorKind;
  aliases: string[];
  affiliation?: string | null;
}
