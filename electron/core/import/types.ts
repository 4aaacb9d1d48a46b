// What every import parser produces, and the one error type whose message is shown to the user as is.

export interface ParsedArticle {
  body: string;
  title?: string;
  outlet?: string;
  author?: string;
  /** YYYY-MM-DD */
  publishedAt?: string;
  url?: string;
  language?: string;
}

export interface ImportSource {
  /** File name (no folder); its extension picks the parser. */
  name: string;
  bytes: Uint8Array;
}

/** A user-facing, one-line reason why a whole file was refused. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
