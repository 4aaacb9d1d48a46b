// AFINN tone of each sentence, from the sentiment package; computed once at import and stored.
import Sentiment from 'sentiment';
import { splitSentences } from '../../../shared/text/sentences';

const analyzer = new Sentiment();

export interface ScoredSentence {
  start: number;
  end: number;
  score: number;
  comparative: number;
  words: { word: string; score: number }[];
}

export function scoreSentences(body: string): ScoredSentence[] {
  return splitSentences(body).map(({ start, end }) => {
    const result = analyzer.analyze(body.slice(start, end));
    const words = result.calculation.flatMap((entry) => Object.entries(entry).map(([word, score]) => ({ word, score })));
    return { start, end, score: result.score, comparative: result.comparative, words };
  });
}
