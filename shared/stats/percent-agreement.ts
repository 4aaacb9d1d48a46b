// Pairwise percent agreement over reliability data (types.ts), the uncorrected baseline reported beside the
// chance-corrected coefficients.
//
// Every unit with m_u ≥ 2 values contributes its m_u(m_u − 1)/2 unordered pairs of values (pairs of coders who both
// coded it); a pair agrees when the two values are identical (===, whatever the level of measurement). The figure is
// pooled over pairs, not averaged over units:
//
//   agreement = Σ_u Σ_v n_uv(n_uv − 1)/2 / Σ_u m_u(m_u − 1)/2      (n_uv = how many coders gave unit u value v)
//
// so a unit coded by four coders weighs six times as much as one coded by two (it holds six comparisons). Note that
// this differs from 1 − Do of nominal alpha, where each unit's pairs are weighted 1/(m_u − 1) (Krippendorff 2011).
// Units with fewer than two values have no pairs and are not counted.

import { checkData } from './data';
import type { ReliabilityData, Value } from './types';

export interface PercentAgreementResult {
  /** Share of agreeing pairs, 0..1; null when there is no pair. */
  agreement: number | null;
  reason: string | null;
  /** Units with at least two values. */
  units: number;
  /** Pairs of values compared. */
  pairs: number;
  agreeingPairs: number;
}

export function percentAgreement(data: ReliabilityData): PercentAgreementResult {
  checkData(data);
  let units = 0;
  let pairs = 0;
  let agreeingPairs = 0;
  const counts = new Map<Value, number>();
  for (const row of data.units) {
    counts.clear();
    let m = 0;
    for (const v of row) {
      if (v === null) continue;
      m++;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    if (m < 2) continue;
    units++;
    pairs += (m * (m - 1)) / 2;
    for (const n of counts.values()) agreeingPairs += (n * (n - 1)) / 2;
  }
  if (pairs === 0) {
    return {
      agreement: null,
      reason: data.coders.length < 2 ? 'fewer than two coders' : 'no unit was coded by two or more coders',
      units,
      pairs,
      agreeingPairs,
    };
  }
  return { agreement: agreeingPairs / pairs, reason: null, units, pairs, agreeingPairs };
}
