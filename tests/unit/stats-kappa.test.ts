// Cohen's and Fleiss' kappa against published worked examples, and their degenerate cases.
// Each test states the value computed here to four decimals, checks it to four decimals (toBeCloseTo(x, 4)) and that
// it rounds to the published figure.
import { describe, expect, it } from 'vitest';
import { cohensKappa, fleissKappa } from '../../shared/stats';
import type { ReliabilityData, Value } from '../../shared/stats';

const _ = null;

/** A two-coder cross table (rows: coder A, columns: coder B) → one unit per counted pair. */
function fromCrossTable(labels: Value[], table: number[][]): ReliabilityData {
  const units: Value[][] = [];
  table.forEach((row, r) => row.forEach((n, c) => { for (let i = 0; i < n; i++) units.push([labels[r], labels[c]]); }));
  return { coders: ['A', 'B'], units };
}

/** Fleiss' layout (per subject, how many raters chose each category 1..k) → one unit per subject, one value per rater. */
function fromCategoryCounts(counts: number[][]): ReliabilityData {
  const m = counts[0].reduce((a, b) => a + b, 0);
  return {
    coders: Array.from({ length: m }, (_c, i) => `rater ${i + 1}`),
    units: counts.map((row) => row.flatMap((n, j) => Array<Value>(n).fill(j + 1))),
  };
}

describe("Cohen's kappa", () => {
  it('Wikipedia, "Cohen\'s kappa", worked example: 50 proposals, yes/yes 20, yes/no 5, no/yes 10, no/no 15 → κ = 0.4', () => {
    // p_o = 35/50 = 0.7; A says yes to 25/50, B to 30/50: p_e = 0.5 · 0.6 + 0.5 · 0.4 = 0.5; κ = 0.2/0.5 = 0.4.
    const result = cohensKappa(fromCrossTable(['yes', 'no'], [[20, 5], [10, 15]]));
    expect(result.kappa).toBeCloseTo(0.4, 12);
    expect(result.observed).toBeCloseTo(0.7, 12);
    expect(result.expected).toBeCloseTo(0.5, 12);
    expect(result.n).toBe(50);
    expect(result.table).toEqual({ values: ['no', 'yes'], matrix: [[15, 10], [5, 20]] });
  });

  it('Cohen (1960), "A coefficient of agreement for nominal scales", 200 cases in three categories: κ = 0.4915, published .492', () => {
    // Cohen, J. (1960), Educational and Psychological Measurement 20(1), 37–46: the worked example with
    // p_o = .70 and p_c = .41 (cell counts as transcribed in DKPro Statistics' Cohen1960Test).
    // Row totals 120, 60, 20; column totals 100, 60, 40: p_e = (12000 + 3600 + 800)/40000 = .41; κ = .29/.59.
    const result = cohensKappa(fromCrossTable([1, 2, 3], [[88, 14, 18], [10, 40, 10], [2, 6, 12]]));
    expect(result.observed).toBeCloseTo(0.7, 12);
    expect(result.expected).toBeCloseTo(0.41, 12);
    expect(result.kappa).toBeCloseTo(0.4915, 4);
    expect(result.kappa).toBeCloseTo(0.29 / 0.59, 12);
    expect(result.kappa!.toFixed(3)).toBe('0.492');
  });

  it('throws unless there are exactly two coders', () => {
    expect(() => cohensKappa({ coders: ['A'], units: [[1]] })).toThrow(/exactly two coders, got 1/);
    expect(() => cohensKappa({ coders: ['A', 'B', 'C'], units: [[1, 1, 1]] })).toThrow(/exactly two coders, got 3/);
  });

  it('uses only units both coders coded', () => {
    const result = cohensKappa({ coders: ['A', 'B'], units: [['x', 'x'], ['y', 'y'], ['x', _], [_, 'y'], [_, _], ['x', 'y']] });
    expect(result.n).toBe(3);
    expect(result.skippedUnits).toBe(3);
    // p_o = 2/3; A: x 2, y 1; B: x 1, y 2 → p_e = (2 + 2)/9 = 4/9; κ = (2/3 − 4/9)/(5/9) = 0.4.
    expect(result.kappa).toBeCloseTo(0.4, 12);
  });

  it('degenerate: expected agreement 1 (one shared category) or no common unit → kappa null with a reason', () => {
    const single = cohensKappa({ coders: ['A', 'B'], units: [['x', 'x'], ['x', 'x']] });
    expect(single.kappa).toBeNull();
    expect(single.reason).toMatch(/expected agreement is 1/);
    expect(single.observed).toBe(1);
    expect(single.expected).toBe(1);
    const none = cohensKappa({ coders: ['A', 'B'], units: [['x', _], [_, 'y'], [_, _]] });
    expect(none.kappa).toBeNull();
    expect(none.reason).toMatch(/no unit was coded by both/);
    expect(none.observed).toBeNull();
  });

  it('total disagreement on a balanced table is κ = −1', () => {
    // p_o = 0, p_e = 0.5 · 0.5 + 0.5 · 0.5 = 0.5: κ = −0.5/0.5.
    expect(cohensKappa(fromCrossTable(['a', 'b'], [[0, 3], [3, 0]])).kappa).toBeCloseTo(-1, 12);
  });
});

describe("Fleiss' kappa", () => {
  it('Wikipedia, "Fleiss\' kappa", worked example: 10 subjects × 14 raters × 5 categories → κ = 0.2099, published 0.210', () => {
    // P̄ = 0.378 and P̄e = 0.213 in the article; exactly P̄ = 688/1820 and P̄e = 4170/19600.
    const data = fromCategoryCounts([
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ]);
    const result = fleissKappa(data);
    expect(result.kappa).toBeCloseTo(0.2099, 4);
    expect(result.kappa!.toFixed(3)).toBe('0.210');
    expect(result.observed).toBeCloseTo(688 / 1820, 12);
    expect(result.expected).toBeCloseTo(4170 / 19600, 12);
    expect(result.observed!.toFixed(3)).toBe('0.378');
    expect(result.expected!.toFixed(3)).toBe('0.213');
    expect(result.categories.proportions.map((p) => p.toFixed(3))).toEqual(['0.143', '0.200', '0.279', '0.150', '0.229']);
    expect(result).toMatchObject({ units: 10, m: 14, skippedUnits: 0 });
  });

  it('Fleiss (1971), Table 1: 30 patients × 6 psychiatrists × 5 diagnoses → κ = 0.4302, published .430', () => {
    // Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological Bulletin 76(5), 378–382,
    // p. 379 (data as in DKPro Statistics' Fleiss1971Test; the same data are R irr's `diagnoses`). Published
    // P̄ = .556 and P̄e = .2201; the paper squares p_j rounded to three decimals, the exact P̄e is 0.21994.
    // 1 depression, 2 personality disorder, 3 schizophrenia, 4 neurosis, 5 other.
    const units = [
      [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5], [2, 2, 2, 4, 4, 4],
      [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4], [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5],
      [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4], [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5],
      [3, 3, 3, 3, 3, 5], [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
      [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4], [1, 4, 4, 4, 4, 5],
      [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4], [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
    ];
    const result = fleissKappa({ coders: ['1', '2', '3', '4', '5', '6'], units });
    expect(result.kappa).toBeCloseTo(0.4302, 4);
    expect(result.kappa!.toFixed(3)).toBe('0.430');
    expect(result.observed).toBeCloseTo(0.5556, 4);
    expect(result.expected).toBeCloseTo(0.2199, 4);
  });

  it('skips units with another number of values and counts them', () => {
    const data: ReliabilityData = {
      coders: ['A', 'B', 'C'],
      units: [['x', 'x', 'x'], ['x', 'y', 'y'], ['y', 'y', 'y'], ['x', _, 'x'], [_, _, 'y'], [_, _, _]],
    };
    const result = fleissKappa(data);
    expect(result).toMatchObject({ units: 3, m: 3, skippedUnits: 3 });
    // P_i = 1, 1/3, 1 → P̄ = 7/9; p_x = 4/9, p_y = 5/9 → P̄e = 41/81; κ = (63/81 − 41/81)/(40/81) = 22/40.
    expect(result.kappa).toBeCloseTo(0.55, 12);
    // m can be forced: only the unit with two values is then used (a single category: undefined).
    const two = fleissKappa(data, { m: 2 });
    expect(two).toMatchObject({ units: 1, m: 2, skippedUnits: 5, kappa: null });
    expect(two.reason).toMatch(/expected agreement is 1/);
    expect(() => fleissKappa(data, { m: 1 })).toThrow(/integer ≥ 2/);
  });

  it('chooses the most common number of values, ties to the larger', () => {
    const data: ReliabilityData = { coders: ['A', 'B', 'C'], units: [['x', 'y', _], ['x', 'x', _], ['x', 'y', 'y'], ['y', 'y', 'x']] };
    expect(fleissKappa(data).m).toBe(3);
    expect(fleissKappa({ ...data, units: [...data.units, ['x', _, 'x']] }).m).toBe(2);
  });

  it('degenerate: one coder, nothing coded, a single category → kappa null with a reason', () => {
    expect(fleissKappa({ coders: ['A'], units: [['x'], ['y']] })).toMatchObject({ kappa: null, reason: 'fewer than two coders', m: null });
    expect(fleissKappa({ coders: ['A', 'B'], units: [[_, _]] })).toMatchObject({ kappa: null, m: null, skippedUnits: 1 });
    const single = fleissKappa({ coders: ['A', 'B', 'C'], units: [['x', 'x', 'x'], ['x', 'x', 'x']] });
    expect(single).toMatchObject({ kappa: null, observed: 1, expected: 1 });
  });
});
