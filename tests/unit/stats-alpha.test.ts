// Krippendorff's alpha against published worked examples, and its degenerate cases.
// Published figures are rounded (mostly to three decimals); each test states the value computed here to four decimals,
// checks it to four decimals (toBeCloseTo(x, 4): |difference| < 0.00005) and checks that it rounds to the published one.
import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from '../../shared/stats';
import type { Level, ReliabilityData, Value } from '../../shared/stats';

const _ = null;

/** Columns given per coder (as the papers print them) → units × coders. */
function byCoder(coders: Record<string, (Value | null)[]>): ReliabilityData {
  const names = Object.keys(coders);
  const n = coders[names[0]].length;
  return { coders: names, units: Array.from({ length: n }, (_u, u) => names.map((c) => coders[c][u])) };
}

// Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for Communication, University
// of Pennsylvania (repository.upenn.edu/asc_papers/43), example C "Nominal data, any number of observers, missing
// data": observers A–D, units 1–12, values 1–5, '.' = missing; the same data are then analysed at the ordinal,
// interval and ratio levels. Published: nominal α = 0.743, ordinal 0.815, interval 0.849, ratio 0.797.
const krippendorff2011 = byCoder({
  A: [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  B: [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  C: [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  D: [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
});

describe("Krippendorff's alpha: Krippendorff (2011), 4 observers × 12 units with missing values", () => {
  // Computed here: nominal 0.7434 (= 1 − 0.2000/0.7795), ordinal 0.8154, interval 0.8491, ratio 0.7974.
  const cases: [Level, number, string][] = [
    ['nominal', 0.7434, '0.743'],
    ['ordinal', 0.8154, '0.815'],
    ['interval', 0.8491, '0.849'],
    ['ratio', 0.7974, '0.797'],
  ];
  for (const [level, computed, published] of cases) {
    it(`${level}: α = ${computed}, published ${published}`, () => {
      const result = krippendorffAlpha(krippendorff2011, level);
      expect(result.reason).toBeNull();
      expect(result.alpha).toBeCloseTo(computed, 4);
      expect(result.alpha!.toFixed(3)).toBe(published);
      // Unit 12 has a single value and is not pairable: 11 units, n.. = 40 pairable values.
      expect(result.units).toBe(11);
      expect(result.pairableValues).toBe(40);
    });
  }

  it('nominal: the coincidence matrix and marginals printed in the paper', () => {
    const result = krippendorffAlpha(krippendorff2011, 'nominal');
    expect(result.coincidence.values).toEqual([1, 2, 3, 4, 5]);
    const expected = [
      [7, 4 / 3, 1 / 3, 1 / 3, 0],
      [4 / 3, 10, 4 / 3, 1 / 3, 0],
      [1 / 3, 4 / 3, 8, 1 / 3, 0],
      [1 / 3, 1 / 3, 1 / 3, 4, 0],
      [0, 0, 0, 0, 3],
    ];
    result.coincidence.matrix!.forEach((row, c) => row.forEach((o, k) => expect(o).toBeCloseTo(expected[c][k], 12)));
    expect(result.marginals).toEqual([9, 13, 10, 5, 3]);
    // Do = 8/40 = 0.2 (the off-diagonal coincidences over n..); De = (40² − Σ n_c²) / (40 · 39) = 1216/1560.
    expect(result.observedDisagreement).toBeCloseTo(0.2, 12);
    expect(result.expectedDisagreement).toBeCloseTo(1216 / 1560, 12);
  });

  it('interval: Do = 13/30 = 0.4333 and De = 112/39 = 2.8718', () => {
    // The same data appear in Krippendorff (2004), Content Analysis 2nd ed., ch. 11; DKPro Statistics'
    // Krippendorff2004Test checks Do = .433 and De = 2.872 for them at the interval level.
    const result = krippendorffAlpha(krippendorff2011, 'interval');
    expect(result.observedDisagreement).toBeCloseTo(13 / 30, 12);
    expect(result.expectedDisagreement).toBeCloseTo(112 / 39, 12);
  });

  it('ordinal with an explicit order of string categories gives the same alpha as the numeric ranks', () => {
    const labels = ['very low', 'low', 'medium', 'high', 'very high'];
    const relabelled: ReliabilityData = {
      coders: krippendorff2011.coders,
      units: krippendorff2011.units.map((row) => row.map((v) => (v === null ? null : labels[(v as number) - 1]))),
      order: labels,
    };
    expect(krippendorffAlpha(relabelled, 'ordinal').alpha).toBeCloseTo(krippendorffAlpha(krippendorff2011, 'ordinal').alpha!, 12);
    // The order can also be passed as an option, and it must name every value.
    expect(krippendorffAlpha({ ...relabelled, order: undefined }, 'ordinal', { order: labels }).alpha).toBeCloseTo(0.8154, 4);
    expect(() => krippendorffAlpha({ ...relabelled, order: labels.slice(1) }, 'ordinal')).toThrow(/not in the given order/);
    expect(() => krippendorffAlpha({ ...relabelled, order: undefined }, 'ordinal')).toThrow(/must be numbers/);
  });
});

describe("Krippendorff's alpha: two observers, published examples", () => {
  it('binary data, 10 units (Krippendorff 2011, example A; Krippendorff 2004, p. 224): α = 0.0952, published 0.095', () => {
    // 10 units, two observers, no missing data. Krippendorff (2004, p. 224) prints the same counts in another unit
    // order (DKPro Statistics' transcription): 4 disagreements, one 1–1 and five 0–0 agreements, so
    // n_0 = 14, n_1 = 6, n.. = 20, α = 1 − (n.. − 1) o_01 / (n_0 n_1) = 1 − 19 · 4 / 84 = 2/21.
    const data = byCoder({
      A: [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      B: [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    });
    const result = krippendorffAlpha(data, 'nominal');
    expect(result.alpha).toBeCloseTo(0.0952, 4);
    expect(result.alpha).toBeCloseTo(2 / 21, 12);
    expect(result.alpha!.toFixed(3)).toBe('0.095');
    expect(result.coincidence.matrix).toEqual([
      [10, 4],
      [4, 2],
    ]);
    expect(result.observedDisagreement).toBeCloseTo(0.4, 12);
    expect(result.expectedDisagreement).toBeCloseTo(0.4421, 4); // published .442 (Krippendorff 2004, p. 224)
  });

  it('nominal data, 12 units (Krippendorff 2011, example B): α = 0.6920, published 0.692', () => {
    // n.. = 24, 3 disagreeing units, Σ n_c² = 128: α = 1 − 23 · 6 / (576 − 128) = 1 − 138/448.
    const data = byCoder({
      A: ['a', 'a', 'b', 'b', 'd', 'c', 'c', 'c', 'e', 'd', 'd', 'a'],
      B: ['b', 'a', 'b', 'b', 'b', 'c', 'c', 'c', 'e', 'd', 'd', 'd'],
    });
    const result = krippendorffAlpha(data, 'nominal');
    expect(result.alpha).toBeCloseTo(0.692, 4);
    expect(result.alpha).toBeCloseTo(1 - 138 / 448, 12);
    expect(result.alpha!.toFixed(3)).toBe('0.692');
  });

  it('nominal data, 12 units, three categories (Krippendorff 2004, Content Analysis 2nd ed., p. 227): α = 0.7341, published 0.734', () => {
    // Data and published figures as transcribed in DKPro Statistics' Krippendorff2004Test.
    // n_a = 3, n_b = 10, n_c = 11, n.. = 24, two disagreeing units: α = 1 − 23 · 4 / (576 − 230) = 1 − 92/346.
    const data = byCoder({
      A: ['a', 'a', 'b', 'b', 'b', 'b', 'b', 'c', 'c', 'c', 'c', 'c'],
      B: ['a', 'b', 'b', 'b', 'b', 'b', 'c', 'c', 'c', 'c', 'c', 'c'],
    });
    const result = krippendorffAlpha(data, 'nominal');
    expect(result.alpha).toBeCloseTo(0.7341, 4);
    expect(result.alpha!.toFixed(3)).toBe('0.734');
    expect(result.observedDisagreement).toBeCloseTo(0.1667, 4); // published .1667
    expect(result.expectedDisagreement).toBeCloseTo(0.6268, 4); // published .6268
  });
});

describe("Krippendorff's alpha: Hayes & Krippendorff (2007)", () => {
  it('ordinal data, 5 observers × 40 units with missing values: α = 0.7598, published .7598', () => {
    // Hayes, A. F. & Krippendorff, K. (2007). Answering the call for a standard reliability measure for coding data.
    // Communication Methods and Measures 1(1), 77–89; the example data (p. 84) and the KALPHA output, ordinal α = .7598
    // (data as transcribed in DKPro Statistics' HayesKrippendorff2007Test). Rows are units, columns observers 1–5.
    const units = [
      [1, 1, 2, _, 2], [1, 1, 0, 1, _], [2, 3, 3, 3, _], [_, 0, 0, _, 0], [0, 0, 0, _, 0],
      [0, 0, 0, _, 0], [1, 0, 2, _, 1], [1, _, 2, 0, _], [2, 2, 2, _, 2], [2, 1, 1, 1, _],
      [_, 1, 0, 0, _], [0, 0, 0, 0, _], [1, 2, 2, 2, _], [3, 3, 2, 2, 3], [1, 1, 1, _, 1],
      [1, 1, 1, _, 1], [2, 1, 2, _, 2], [1, 2, 3, 3, _], [1, 1, 0, 1, _], [0, 0, 0, _, 0],
      [0, 0, 1, 1, _], [0, 0, _, 0, 0], [2, 3, 3, 3, _], [0, 0, 0, 0, _], [1, 2, _, 2, 2],
      [0, 1, 1, 1, _], [0, 0, 0, 1, 0], [1, 2, 1, 2, _], [1, 1, 2, 2, _], [1, 1, 2, _, 2],
      [1, 1, 0, _, 0], [2, 1, 2, 1, _], [2, 2, _, 2, 2], [3, 2, 2, 2, _], [2, 2, 2, _, 2],
      [2, 2, 3, _, 2], [2, 2, 2, _, 2], [2, 2, _, 1, 2], [2, 2, 2, 2, _], [1, 1, 1, _, 1],
    ];
    const result = krippendorffAlpha({ coders: ['1', '2', '3', '4', '5'], units }, 'ordinal');
    expect(result.alpha).toBeCloseTo(0.7598, 4);
    expect(result.units).toBe(40);
    expect(result.pairableValues).toBe(159);
  });
});

describe("Krippendorff's alpha: degenerate and boundary cases", () => {
  it('one coder: no pairable unit, alpha null with a reason', () => {
    const result = krippendorffAlpha({ coders: ['A'], units: [[1], [2], [3]] }, 'nominal');
    expect(result.alpha).toBeNull();
    expect(result.reason).toBe('fewer than two coders');
    expect(result.units).toBe(0);
    expect(result.observedDisagreement).toBeNull();
  });

  it('all values missing, or no unit with two values: alpha null with a reason', () => {
    const empty = krippendorffAlpha({ coders: ['A', 'B'], units: [[_, _], [_, _]] }, 'interval');
    expect(empty.alpha).toBeNull();
    expect(empty.reason).toMatch(/no pairable unit/);
    const lonely = krippendorffAlpha({ coders: ['A', 'B'], units: [[1, _], [_, 2]] }, 'nominal');
    expect(lonely.alpha).toBeNull();
    expect(lonely.reason).toMatch(/no pairable unit/);
    expect(krippendorffAlpha({ coders: ['A', 'B'], units: [] }, 'nominal').alpha).toBeNull();
  });

  it("a single category among the pairable values: De = 0, alpha null, reason 'no variation'", () => {
    for (const level of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
      const result = krippendorffAlpha({ coders: ['A', 'B', 'C'], units: [[3, 3, 3], [3, _, 3], [_, 3, _], [_, 7, _]] }, level);
      expect(result.alpha).toBeNull();
      expect(result.reason).toBe('no variation');
      expect(result.observedDisagreement).toBe(0);
      expect(result.expectedDisagreement).toBe(0);
      // The lone 7 is in a unit with one value: not pairable, so not variation.
      expect(result.coincidence.values).toEqual([3]);
    }
  });

  it('perfect agreement: alpha 1 at every level, missing values or not', () => {
    const data = { coders: ['A', 'B', 'C'], units: [[1, 1, 1], [2, 2, _], [5, _, 5], [0, 0, 0], [_, _, 9]] };
    for (const level of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
      expect(krippendorffAlpha(data, level).alpha).toBe(1);
    }
  });

  it('systematic disagreement is below zero: a b a b against b a b a gives exactly −0.75', () => {
    // By hand: every unit pairs a with b, so o_ab = o_ba = 4, o_aa = o_bb = 0, n_a = n_b = 4, n.. = 8.
    // Do = 8/8 = 1; De = (n_a n_b + n_b n_a) / (n.. (n.. − 1)) = 32/56 = 4/7; α = 1 − 1/(4/7) = −3/4.
    const data = byCoder({ A: ['a', 'b', 'a', 'b'], B: ['b', 'a', 'b', 'a'] });
    const result = krippendorffAlpha(data, 'nominal');
    expect(result.alpha).toBeCloseTo(-0.75, 12);
    expect(result.observedDisagreement).toBe(1);
    expect(result.expectedDisagreement).toBeCloseTo(4 / 7, 12);
    // Interval, 1 2 1 2 against 2 1 2 1: Do = 8 · 1 / 8 = 1, De = 32 · 1 / 56: the same −0.75.
    expect(krippendorffAlpha(byCoder({ A: [1, 2, 1, 2], B: [2, 1, 2, 1] }), 'interval').alpha).toBeCloseTo(-0.75, 12);
  });

  it('ratio: δ² = ((c − k)/(c + k))², with 0 against 0 at no distance', () => {
    // Units (0, 0) and (1, 3): n.. = 4; o_13 = o_31 = 1 with δ² = (2/4)² = 1/4, so Do = 2 · 1/4 / 4 = 1/8.
    // De: pairs of distinct values n_c n_k δ²: (0,1) 2·1·1 twice, (0,3) 2·1·1 twice, (1,3) 1·1·1/4 twice = 8.5; / (4·3).
    const result = krippendorffAlpha({ coders: ['A', 'B'], units: [[0, 0], [1, 3]] }, 'ratio');
    expect(result.observedDisagreement).toBeCloseTo(1 / 8, 12);
    expect(result.expectedDisagreement).toBeCloseTo(8.5 / 12, 12);
    expect(result.alpha).toBeCloseTo(1 - (1 / 8) / (8.5 / 12), 12);
  });

  it('rejects malformed data and values the level cannot take', () => {
    expect(() => krippendorffAlpha({ coders: ['A', 'B'], units: [[1, 2], [1]] }, 'nominal')).toThrow(/unit 1 has 1 entries, expected 2/);
    expect(() => krippendorffAlpha({ coders: ['A', 'B'], units: [[1, Number.NaN]] }, 'nominal')).toThrow(/finite number/);
    expect(() => krippendorffAlpha({ coders: ['A', 'B'], units: [['1', 2]] }, 'interval')).toThrow(/interval values must be numbers/);
    expect(() => krippendorffAlpha({ coders: ['A', 'B'], units: [[-1, 2]] }, 'ratio')).toThrow(/non-negative/);
    expect(() => krippendorffAlpha({ coders: ['A', 'B'], units: [[1, 2]], order: [1, 2, 1] }, 'ordinal')).toThrow(/twice/);
  });

  it('computes alpha for continuous data without building a table over every distinct value', () => {
    // 3000 units, 2 coders, the second off by a small amount: 6000 distinct values.
    const units = Array.from({ length: 3000 }, (_u, i) => [i, i + 0.5 + ((i * 7919) % 13) / 100]);
    const result = krippendorffAlpha({ coders: ['A', 'B'], units }, 'interval');
    expect(result.coincidence.values).toHaveLength(6000);
    expect(result.coincidence.matrix).toBeNull();
    expect(result.alpha!).toBeGreaterThan(0.99);
    expect(krippendorffAlpha({ coders: ['A', 'B'], units: units.slice(0, 50) }, 'interval').coincidence.matrix).toHaveLength(100);
    expect(krippendorffAlpha({ coders: ['A', 'B'], units: units.slice(0, 50) }, 'interval', { maxCoincidenceValues: 10 }).coincidence.matrix).toBeNull();
  });

  it('treats 1 and "1" as different nominal values', () => {
    const result = krippendorffAlpha({ coders: ['A', 'B'], units: [[1, '1'], [2, 2]] }, 'nominal');
    expect(result.coincidence.values).toEqual([1, 2, '1']);
    expect(result.observedDisagreement).toBe(0.5);
  });
});
