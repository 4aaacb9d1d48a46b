// Property tests (fast-check) of the agreement statistics.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrapAlpha, cohensKappa, krippendorffAlpha, percentAgreement } from '../../shared/stats';
import type { Level, ReliabilityData, Value } from '../../shared/stats';

const LEVELS: Level[] = ['nominal', 'ordinal', 'interval', 'ratio'];

/** Reliability data: 2–5 coders, 1–30 units, values 0..4, some missing. */
const reliabilityData = fc.integer({ min: 2, max: 5 }).chain((m) =>
  fc.record({
    coders: fc.constant(Array.from({ length: m }, (_c, i) => `c${i}`)),
    units: fc.array(fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: null, freq: 4 }), { minLength: m, maxLength: m }), {
      minLength: 1,
      maxLength: 30,
    }),
  }),
);

/**
 * Alpha the textbook way (Krippendorff 2011): the full coincidence matrix o_ck, marginals n_c, and δ²_ck from the
 * definitions, including the ordinal sum Σ_{g=c..k} n_g − (n_c + n_k)/2 over ranks. An independent oracle for the
 * library's regrouped sums. Values are numbers; returns null where alpha is undefined.
 */
function naiveAlpha(data: ReliabilityData, level: Level): number | null {
  const values = [...new Set(data.units.filter((r) => r.filter((v) => v !== null).length >= 2).flat().filter((v) => v !== null))].sort(
    (a, b) => (a as number) - (b as number),
  ) as number[];
  const V = values.length;
  const o = values.map(() => values.map(() => 0));
  for (const row of data.units) {
    const present = row.filter((v) => v !== null) as number[];
    if (present.length < 2) continue;
    present.forEach((a, i) => present.forEach((b, j) => { if (i !== j) o[values.indexOf(a)][values.indexOf(b)] += 1 / (present.length - 1); }));
  }
  const n = o.map((row) => row.reduce((s, x) => s + x, 0));
  const total = n.reduce((s, x) => s + x, 0);
  const delta = (c: number, k: number): number => {
    const [a, b] = [values[c], values[k]];
    switch (level) {
      case 'nominal': return c === k ? 0 : 1;
      case 'interval': return (a - b) ** 2;
      case 'ratio': return a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2;
      case 'ordinal': {
        const [lo, hi] = c < k ? [c, k] : [k, c];
        let sum = 0;
        for (let g = lo; g <= hi; g++) sum += n[g];
        return (sum - (n[c] + n[k]) / 2) ** 2;
      }
    }
  };
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < V; c++) {
    for (let k = 0; k < V; k++) {
      observed += o[c][k] * delta(c, k);
      expected += n[c] * n[k] * delta(c, k);
    }
  }
  if (total === 0 || expected === 0) return null;
  return 1 - ((total - 1) * observed) / expected;
}

function sameOrBothNull(a: number | null, b: number | null) {
  if (a === null || b === null) expect(a).toBe(b);
  else expect(a).toBeCloseTo(b, 10);
}

describe('properties', () => {
  it('coders who always agree have alpha 1 at every level, whenever there is variation', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 })), { minLength: 2, maxLength: 40 }),
        (m, rows) => {
          // Each unit has one true value; a coder either gives it or leaves the unit empty.
          const units = rows.map(([value, present]) => present.slice(0, m).map((p) => (p ? value : null)));
          const pairable = units.filter((row) => row.filter((v) => v !== null).length >= 2);
          fc.pre(new Set(pairable.map((row) => row.find((v) => v !== null))).size >= 2);
          const data = { coders: Array.from({ length: m }, (_c, i) => `c${i}`), units };
          for (const level of LEVELS) expect(krippendorffAlpha(data, level).alpha).toBe(1);
        },
      ),
    );
  });

  it('agrees with a naive computation from the full coincidence matrix, at every level', () => {
    fc.assert(
      fc.property(reliabilityData, fc.constantFrom(...LEVELS), fc.constantFrom([0, 1, 2, 3, 4], [0, 0.5, 2, 7.25, 100]), (data, level, scale) => {
        const scaled = { coders: data.coders, units: data.units.map((row) => row.map((v) => (v === null ? null : scale[v]))) };
        sameOrBothNull(krippendorffAlpha(scaled, level).alpha, naiveAlpha(scaled, level));
      }),
      { numRuns: 300 },
    );
  });

  it('relabelling nominal categories by any bijection leaves alpha, percent agreement and kappa unchanged', () => {
    fc.assert(
      fc.property(reliabilityData, fc.uniqueArray(fc.oneof(fc.string(), fc.integer()), { minLength: 5, maxLength: 5 }), (data, labels) => {
        const relabelled: ReliabilityData = {
          coders: data.coders,
          units: data.units.map((row) => row.map((v) => (v === null ? null : labels[v]))),
        };
        const before = krippendorffAlpha(data, 'nominal');
        const after = krippendorffAlpha(relabelled, 'nominal');
        sameOrBothNull(before.alpha, after.alpha);
        expect(after.reason).toBe(before.reason);
        expect(after.pairableValues).toBe(before.pairableValues);
        expect(percentAgreement(relabelled)).toEqual(percentAgreement(data));
        if (data.coders.length === 2) sameOrBothNull(cohensKappa(data).kappa, cohensKappa(relabelled).kappa);
      }),
    );
  });

  it('alpha does not depend on the order of coders or units, and never exceeds 1', () => {
    fc.assert(
      fc.property(reliabilityData, fc.constantFrom(...LEVELS), (data, level) => {
        const reversed: ReliabilityData = { coders: [...data.coders].reverse(), units: [...data.units].reverse().map((row) => [...row].reverse()) };
        const a = krippendorffAlpha(data, level);
        const b = krippendorffAlpha(reversed, level);
        sameOrBothNull(a.alpha, b.alpha);
        if (a.alpha !== null) expect(a.alpha).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it('ordinal alpha is invariant under any order-preserving recoding of the values', () => {
    fc.assert(
      fc.property(reliabilityData, fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 5, maxLength: 5 }), (data, codes) => {
        const increasing = [...codes].sort((x, y) => x - y);
        const recoded = { coders: data.coders, units: data.units.map((row) => row.map((v) => (v === null ? null : increasing[v]))) };
        sameOrBothNull(krippendorffAlpha(data, 'ordinal').alpha, krippendorffAlpha(recoded, 'ordinal').alpha);
      }),
    );
  });

  it('with two coders and no missing values, nominal 1 − Do equals percent agreement', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 40 }), (pairs) => {
        const data = { coders: ['A', 'B'], units: pairs as Value[][] };
        expect(1 - krippendorffAlpha(data, 'nominal').observedDisagreement!).toBeCloseTo(percentAgreement(data).agreement!, 12);
      }),
    );
  });

  it('the bootstrap with the same seed gives an identical result', () => {
    fc.assert(
      fc.property(reliabilityData, fc.constantFrom(...LEVELS), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (data, level, seed) => {
        const first = bootstrapAlpha(data, level, { samples: 50, seed });
        expect(bootstrapAlpha(data, level, { samples: 50, seed })).toEqual(first);
        if (first.lower !== null) expect(first.lower).toBeLessThanOrEqual(first.upper!);
      }),
      { numRuns: 50 },
    );
  });
});
