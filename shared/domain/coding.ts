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

export interface QuoteSuggestion {
  key: string;
  kind: 'direct' | 'reported';
  start: number;
  end: number;
  text: string;
  speaker: { text: string; start: number; end: number; actorId: number | null } | null;
  verb: string | null;
  evidence: string;
  rule: string;
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
