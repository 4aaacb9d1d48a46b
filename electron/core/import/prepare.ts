// Everything an import computes before it writes: parse the file, then per article its duplicate key, word
// count and scored sentences. Pure computation, no database, so it can run in a worker thread.
import { countWords } from '../../../shared/text/words';
import { contentHash } from '../corpus/content-hash';
import { scoreSentences } from '../corpus/tone';
import { parseSource } from './parse-source';
import { ImportError, type ImportSource, type ParsedArticle } from './types';

export interface PreparedArticle extends ParsedArticle {
  hash: string;
  wordCount: number;
  /** The scored sentences as stored: JSON of [[start, end, AFINN score, tokens, words], …]. */
  sentences: string;
  tone: { sentences: number; score: number; comparativeSum: number };
}

export type PreparedFile = { ok: true; articles: PreparedArticle[] } | { ok: false; message: string };

export function prepareArticle(article: ParsedArticle): PreparedArticle {
  const scored = scoreSentences(article.body);
  return {
    ...article,
    hash: contentHash(article.body),
    wordCount: countWords(article.body),
    sentences: JSON.stringify(scored.map((s) => [s.start, s.end, s.score, s.tokens, s.words])),
    tone: {
      sentences: scored.length,
      score: scored.reduce((sum, s) => sum + s.score, 0),
      comparativeSum: scored.reduce((sum, s) => sum + s.comparative, 0),
    },
  };
}

export function oneLine(error: unknown): string {
  if (error instanceof ImportError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `could not import: ${message.split('\n')[0]}`;
}

export function prepareParsed(parse: () => ParsedArticle[]): PreparedFile {
  try {
    return { ok: true, articles: parse().map(prepareArticle) };
  } catch (error) {
    return { ok: false, message: oneLine(error) };
  }
}

export const prepareSource = (source: ImportSource): PreparedFile => prepareParsed(() => parseSource(source));
