// The per-article tone summary: mean AFINN comparative score over its sentences.
import type { Sentence } from '../../../shared/domain/types';

export interface ToneSummary {
  mean: number;
  sentences: number;
  label: 'negative' | 'neutral' | 'positive';
}

// AFINN comparative is score per word; sentence means rarely leave ±0.5, so ±0.05 is a useful neutral band.
const NEUTRAL_BAND = 0.05;

export function toneSummary(sentences: Sentence[]): ToneSummary | null {
  if (!sentences.length) return null;
  const mean = sentences.reduce((sum, s) => sum + s.afinnComparative, 0) / sentences.length;
  const label = mean > NEUTRAL_BAND ? 'positive' : mean < -NEUTRAL_BAND ? 'negative' : 'neutral';
  return { mean, sentences: sentences.length, label };
}
