// Comparison results as they cross the API boundary: story suggestions, near-duplicates, alignment, coverage, sourcing.

export interface StorySuggestion {
  /** Mean cosine (0..1) of the members' TF-IDF vectors with the group's centroid. */
  score: number;
  articleIds: number[];
  articles: { id: number; title: string; outletId: number; outlet: string; publishedAt: string | null; score: number }[];
  outlets: { id: number; name: string }[];
  dateFrom: string | null;
  dateTo: string | null;
  evidence: {
    /** Quotations found in at least two members, with how many members carry them. */
    quotes: { text: string; articles: number }[];
    entities: { text: string; articles: number }[];
    numbers: { text: string; articles: number }[];
    /** The heaviest terms of the group's centroid. */
    topTerms: string[];
  };
  /** Stories that already hold some of these articles (a group equal to a story is never suggested). */
  existingStories: { id: number; name: string; shared: number; articleCount: number }[];
  /** Members not yet in any of those stories. */
  newArticleIds: number[];
}

export interface WordEdit {
  kind: 'replace' | 'insert' | 'delete';
  /** Text in the base version (empty for an insert) and in this version (empty for a delete). */
  before: string;
  after: string;
  /** Character offsets in the base body and in this body. */
  baseStart: number;
  baseEnd: number;
  start: number;
  end: number;
}

export interface DuplicateMember {
  articleId: number;
  outletId: number;
  outlet: string;
  title: string;
  publishedAt: string | null;
  wordCount: number;
  isBase: boolean;
  /** Against the base: Jaccard of 5-word shingles, and the share of the smaller text's shingles found in the larger. */
  jaccard: number;
  containment: number;
  titleChanged: boolean;
  edits: WordEdit[];
  wordsAdded: number;
  wordsRemoved: number;
}

export interface DuplicateGroup {
  baseArticleId: number;
  /** Why that article is the base. */
  baseRule: string;
  members: DuplicateMember[];
}

export type AlignReason = 'quote' | 'number' | 'paraphrase';
export type Position = 'headline' | 'lead' | 'body';

export interface Passage {
  articleId: number;
  /** Character span in the article body: the stored sentence(s) holding the passage. */
  start: number;
  end: number;
  /** For quotes: the quoted words themselves. */
  quoteStart?: number;
  quoteEnd?: number;
}

export interface AlignedMember extends Passage {
  outletId: number;
  /** Indexes of the stored sentences the passage covers. */
  sentences: number[];
  /** Lead or body; see AlignedGroup.headlineArticleIds for headlines. */
  position: Position;
  /** The passage: the quoted words for a quote, the sentence(s) otherwise. */
  text: string;
  /** For quotes: who the article says is speaking (text as written, actor when resolved). */
  speaker?: string | null;
  speakerActorId?: number | null;
}

export interface AlignedGroup {
  /** Stable while the articles do not change: reason, fact, first member's article id and start. */
  key: string;
  reason: AlignReason;
  /** For number groups, the number ("59", "42"); null otherwise. */
  fact: string | null;
  /**
   * Quote: the share of the longer quotation the common words cover (1 = identical), averaged over matched pairs;
   * number: mean Jaccard of the sentences' content words; paraphrase: mean TF-IDF cosine of the linked sentences.
   */
  score: number;
  label: string;
  articleIds: number[];
  /** Articles whose headline also carries it. */
  headlineArticleIds: number[];
  members: AlignedMember[];
}

export type CoverageReason = AlignReason | 'tracked' | 'analyst';

export interface CoverageArticleCell {
  articleId: number;
  included: boolean;
  position: Position | null;
  passages: Passage[];
}

export interface CoverageCell {
  outletId: number;
  included: boolean;
  /** The most prominent place any of the outlet's articles gives it: headline, then lead, then body. */
  position: Position | null;
  /** Where to jump: the most prominent passage. */
  passage: Passage | null;
  articles: CoverageArticleCell[];
}

export interface CoverageRow {
  /** Computed rows: the alignment group's key; analyst rows: "analyst:<id>"; tracked quotes found nowhere else: "tracked:<coding id>". */
  key: string;
  label: string;
  reason: CoverageReason;
  /** The analyst row behind it (rename, merge, split, add, or passages attached or detached: edit), or null for a row as computed. */
  analystRowId: number | null;
  edit: 'rename' | 'merge' | 'split' | 'add' | 'edit' | null;
  /** An analyst row none of whose passages are found any more. */
  stale: boolean;
  /** Holds an accepted (coded) quotation. */
  tracked: boolean;
  trackedCodingIds: number[];
  speakers: { text: string; actorId: number | null }[];
  score: number | null;
  outletsIncluded: number;
  outletsOmitted: number;
  articlesIncluded: number;
  cells: CoverageCell[];
}

export interface CoverageMatrix {
  storyId: number;
  outlets: { id: number; name: string; articleIds: number[]; rowsIncluded: number; rowsOmitted: number }[];
  articles: { id: number; outletId: number; title: string; publishedAt: string | null }[];
  rows: CoverageRow[];
  /** How analyst edits survive a recomputed alignment. */
  editRule: string;
}

export interface SourcingQuote {
  articleId: number;
  outletId: number;
  speakerKey: string;
  kind: 'direct' | 'reported';
  start: number;
  end: number;
  words: number;
  /** Lead (first two sentences or first paragraph) or body. */
  position: Position;
  /** The quoted words also appear in the headline. */
  inHeadline: boolean;
  third: 'first' | 'second' | 'last';
  text: string;
}

export interface SourcingCell {
  outletId: number;
  quotes: number;
  words: number;
  direct: number;
  reported: number;
  /** This speaker's share of the outlet's quotes and quoted words (0..1). */
  quoteShare: number;
  wordShare: number;
  /** lead + body = quotes; headline counts those whose words the headline repeats. */
  positions: Record<Position, number>;
  thirds: { first: number; second: number; last: number };
}

export interface SourcingSpeaker {
  /** "actor:<id>" for a resolved actor, else "text:<name>"; "(unattributed)" when no speaker was found. */
  key: string;
  name: string;
  actorId: number | null;
  quotes: number;
  words: number;
  outlets: number;
  cells: SourcingCell[];
}

export interface SourcingTable {
  outlets: { id: number; name: string; articleIds: number[]; quotes: number; words: number }[];
  /** Most quoted first. */
  speakers: SourcingSpeaker[];
  quotes: SourcingQuote[];
}

export interface StoryComparison {
  story: { id: number; name: string };
  articles: { id: number; title: string; outletId: number; outlet: string; publishedAt: string | null; wordCount: number }[];
  groups: AlignedGroup[];
  coverage: CoverageMatrix;
  sourcing: SourcingTable;
}

/** One coding behind an aggregate cell (aggregate.cellCodings), enough to open its span. */
export interface CellCoding {
  id: number;
  articleId: number;
  start: number | null;
  end: number | null;
  codeId: number | null;
  actorId: number | null;
  targetId: number | null;
  coderId: number;
}
