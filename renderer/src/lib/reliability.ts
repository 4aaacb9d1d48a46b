// Display helpers for the reliability report: coefficient formatting, Krippendorff's thresholds, the consensus coder.
import type { Coder } from '../../../shared/domain/coding';

/**
 * The coder consensus codings are kept under (electron/core/reliability/team.ts, CONSENSUS_CODER). The report leaves
 * it out; the API does not flag it on Coder, so the renderer knows it by name.
 */
export const CONSENSUS_CODER = 'Consensus';

export const isConsensus = (coder: Pick<Coder, 'name'>) => coder.name === CONSENSUS_CODER;

/** Krippendorff (2004, p. 241): rely on α ≥ .800; .667 ≤ α < .800 only for tentative conclusions; below, discard. */
export const ALPHA_GOOD = 0.8;
export const ALPHA_TENTATIVE = 0.667;

export type AlphaBand = 'good' | 'tentative' | 'poor' | 'none';

export function alphaBand(alpha: number | null): AlphaBand {
  if (alpha === null) return 'none';
  if (alpha >= ALPHA_GOOD) return 'good';
  if (alpha >= ALPHA_TENTATIVE) return 'tentative';
  return 'poor';
}

export const BAND_LABEL: Record<AlphaBand, string> = {
  good: 'good (α ≥ 0.800)',
  tentative: 'tentative (0.667 ≤ α < 0.800)',
  poor: 'poor (α < 0.667)',
  none: 'not defined',
};

/** A coefficient to three decimals with a real minus sign; null as an em dash. */
export function coef(value: number | null): string {
  if (value === null) return '—';
  const fixed = value.toFixed(3);
  return fixed.startsWith('-') ? `−${fixed.slice(1)}` : fixed;
}

export function percent(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

/** A coincidence count: whole numbers plain, fractions (units with three or more values) to two decimals. */
export function count(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, '');
}

/** A seed for a new random draw: a positive integer the user can note down. */
export function newSeed(): number {
  return 1 + Math.floor(Math.random() * 999_999);
}

/** Every unordered pair of names, in order: [a, b], [a, c], [b, c]. */
export function pairsOf(names: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) pairs.push([names[i]!, names[j]!]);
  return pairs;
}
