// Percent agreement and per-coder-pair figures.
import { describe, expect, it } from 'vitest';
import { cohensKappa, krippendorffAlpha, pairwise, percentAgreement } from '../../shared/stats';
import type { ReliabilityData } from '../../shared/stats';

const _ = null;

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C (see stats-alpha.test.ts), units × coders.
const krippendorff2011: ReliabilityData = {
  coders: ['A', 'B', 'C', 'D'],
  units: [
    [1, 1, _, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
    [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [_, 5, 5, 5], [_, _, 1, 1], [_, 3, _, _],
  ],
};

describe('percent agreement', () => {
  it('pools the agreeing pairs of values over all pairable units', () => {
    // By hand: units with 4 values have 6 pairs, with 3 values 3, with 2 values 1 → 8·6 + 2·3 + 1 = 55 pairs.
    // Agreeing: unit 1: 3, unit 2: 3, units 3–5, 7, 9: 6 each, unit 6: 0, unit 8: 3, unit 10: 3, unit 11: 1 → 43.
    const result = percentAgreement(krippendorff2011);
    expect(result).toEqual({ agreement: 43 / 55, reason: null, units: 11, pairs: 55, agreeingPairs: 43 });
  });

  it('matches the Wikipedia Cohen example: 35 of 50 pairs agree', () => {
    const units = [
      ...Array.from({ length: 20 }, () => ['yes', 'yes']),
      ...Array.from({ length: 5 }, () => ['yes', 'no']),
      ...Array.from({ length: 10 }, () => ['no', 'yes']),
      ...Array.from({ length: 15 }, () => ['no', 'no']),
    ];
    expect(percentAgreement({ coders: ['A', 'B'], units }).agreement).toBeCloseTo(0.7, 12);
  });

  it('has no figure without a pair', () => {
    expect(percentAgreement({ coders: ['A'], units: [['x']] })).toMatchObject({ agreement: null, reason: 'fewer than two coders', pairs: 0 });
    expect(percentAgreement({ coders: ['A', 'B'], units: [['x', _], [_, _]] })).toMatchObject({ agreement: null, units: 0, pairs: 0 });
  });
});

describe('pairwise', () => {
  it('computes figures for every pair of coders, in coder order', () => {
    const result = pairwise(krippendorff2011, (d) => ({
      agreement: percentAgreement(d).agreement,
      alpha: krippendorffAlpha(d, 'nominal').alpha,
      kappa: cohensKappa(d).kappa,
      units: percentAgreement(d).units,
    }));
    expect(result.map((p) => p.coders.join('-'))).toEqual(['A-B', 'A-C', 'A-D', 'B-C', 'B-D', 'C-D']);
    expect(result.map((p) => p.indices)).toEqual([[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]);
    const ab = result[0].result;
    // A and B code units 1–9 together and differ only on unit 6 (1 vs 2).
    expect(ab.units).toBe(9);
    expect(ab.agreement).toBeCloseTo(8 / 9, 12);
    // A-D: units 1–9 (D's units 10 and 11 have no A value), differing on unit 6 (1 vs 4): n.. = 18, o_14 = o_41 = 1,
    // marginals n_1..n_4 = 5, 6, 4, 3; nominal α = 1 − (n.. − 1) Σ_{c≠k} o_ck / Σ_{c≠k} n_c n_k = 1 − 17 · 2 / (324 − 86).
    const ad = result[2].result;
    const n = [5, 6, 4, 3];
    const offDiagonal = 18 * 18 - n.reduce((s, x) => s + x * x, 0);
    expect(ad.alpha).toBeCloseTo(1 - (17 * 2) / offDiagonal, 12);
  });

  it('carries the ordinal order to each pair and keeps every unit', () => {
    const data: ReliabilityData = { coders: ['A', 'B', 'C'], units: [['lo', 'hi', 'lo'], ['hi', 'hi', _]], order: ['lo', 'hi'] };
    const seen = pairwise(data, (d) => d);
    expect(seen[0].result).toEqual({ coders: ['A', 'B'], units: [['lo', 'hi'], ['hi', 'hi']], order: ['lo', 'hi'] });
    expect(seen[1].result.units).toEqual([['lo', 'lo'], ['hi', null]]);
    expect(pairwise({ coders: ['A'], units: [['x']] }, () => 1)).toEqual([]);
  });
});
