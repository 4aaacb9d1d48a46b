// Domain records as they cross the API boundary (plain JSON, no Node or DOM types).

export interface Outlet {
  id: number;
  name: string;
  country: string | null;
  notes: string | null;
  articleCount: number;
}

export interface Story {
  id: number;
  name: string;
  description: string | null;
  articleCount: number;
}

export interface ArticleSummary {
  id: number;
  title: string;
  outletId: number;
  outlet: string;
  author: string | null;
  publishedAt: string | null;
  wordCount: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  afinnScore: number;
  afinnComparative: number;
  /** The AFINN words that produced the score, with each word's value. */
  afinnWords: { word: string; score: number }[];
}

export interface Article extends ArticleSummary {
  url: string | null;
  language: string | null;
  body: string;
  sourceFile: string | null;
  contentHash: string;
  importedAt: string;
  stories: { id: number; name: string }[];
  sentences: Sentence[];
}

export interface ArticleFilter {
  outletIds?: number[];
  storyId?: number;
  /** YYYY-MM-DD, inclusive */
  dateFrom?: string;
  /** YYYY-MM-DD, inclusive */
  dateTo?: string;
}

export interface SearchHit extends ArticleSummary {
  rank: number;
  /** Snippet text; matched terms are wrapped in HIGHLIGHT_START / HIGHLIGHT_END. */
  snippet: string;
  titleHighlighted: string;
}

export interface ProjectInfo {
  path: string;
  name: string;
  schemaVersion: number;
  counts: { articles: number; outlets: number; stories: number; sentences: number };
}

export type ImportStatus = 'imported' | 'duplicate' | 'failed';

export interface ImportFileReport {
  file: string;
  status: ImportStatus;
  /** Articles added from this file. */
  imported: number;
  /** Articles skipped because the same content is already in the project. */
  duplicates: number;
  /** One-line reason when status is 'failed'; notes otherwise. */
  message: string;
  articleIds: number[];
}

export interface ImportReport {
  files: ImportFileReport[];
  imported: number;
  duplicates: number;
  failed: number;
}

/** Highlight markers in snippets: private-use characters, so no HTML ever travels in text. */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';
