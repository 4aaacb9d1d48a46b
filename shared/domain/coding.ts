// Codebook, actors, targets, codings and suggestions as they cross the API boundary.

export type Unit = 'span' | 'article';
export type Level = 'nominal' | 'ordinal' | 'interval' | 'ratio';
/** stance: applied with an actor and a target; tone: a valence scale; quote: an attributed quotation. */
export type VariableKind = 'category' | 'stance' | 'tone' | 'quote';
export type ActorKind = 'person' | 'government' | 'organization' | 'group' | 'country';

export interface Code {
  id: number;
  guid: string;
  variableId: number;
  parentId: number | null;
  label: string;
  description: string;
  numericCode: number | null;
  color: string;
  shortcut: string | null;
  position: number;
  archived: boolean;
  /** Codings that use this code (all coders). */
  usage: number;
}

export interface Variable {
  id: number;
  guid: string;
  name: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
  unit: Unit;
  level: Level;
  kind: VariableKind;
  template: string | null;
  position: number;
  archived: boolean;
  /** In display order; nesting through parentId. */
  codes: Code[];
}

export interface TemplateInfo {
  id: string;
  name: string;
  description: string;
  source: string;
  variables: number;
  loaded: boolean;
}

export interface Actor {
  id: number;
  guid: string;
  name: string;
  kind: ActorKind;
  affiliation: string | null;
  aliases: string[];
}

export interface Target {
  id: number;
  guid: string;
  name: string;
  description: string;
}

export interface Coder {
  id: number;
  name: string;
  color: string;
  /** The coder consensus values are settled under; left out of the reliability report. */
  isConsensus: boolean;
}

export interface Coding {
  id: number;
  guid: string;
  articleId: number;
  coderId: number;
  variableId: number;
  codeId: number | null;
  /** Null for article-level codings. */
  start: number | null;
  end: number | null;
  actorId: number | null;
  targetId: number | null;
  memo: string;
  createdAt: string;
  updatedAt: string;
}

export interface ToneWord {
  word: string;
  score: number;
}

export interface ToneHint {
  /** Sum of the AFINN scores of the stored sentences the span touches. */
  score: number;
  /** Mean comparative score (score per token) of those sentences. */
  comparative: number;
  words: ToneWord[];
  sentences: { index: number; start: number; end: number; score: number; comparative: number; words: ToneWord[] }[];
  /** Where the hint falls on the -2..+2 tone scale, and the rule that put it there. */
  suggested: { value: number; rule: string };
}

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

/** A quotation or reported speech found in an article, with the speaker the rules settled on. */
export interface QuoteAttribution {
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
  /**
   * Machine id of the rule that fired: where the speaker was found - 'after-quote', 'before-quote', 'next-sentence',
   * 'previous-sentence', 'previous-sentence-colon', 'reported', 'according-to' - prefixed with 'title-' or 'pronoun-'
   * when the speaker is named only by a title or a pronoun (e.g. 'pronoun-after-quote'); or 'continuation' (same
   * speaker as the quote just before) or 'none' (no speaker found).
   */
  rule: string;
}

/** An attribution as the analyst reviews it: with its tone hint and the decision taken on it. */
export interface QuoteSuggestion extends QuoteAttribution {
  tone: ToneHint;
  status: 'pending' | 'accepted' | 'rejected';
  codingId: number | null;
}

export interface ArticleAnalysis {
  mentions: Mention[];
  proposals: EntityProposal[];
  quotes: QuoteSuggestion[];
  articleTone: ToneHint;
}

export interface HistoryState {
  /** Label of the action Undo would revert, or null. */
  undoLabel: string | null;
  redoLabel: string | null;
}
