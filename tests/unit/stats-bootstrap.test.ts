// Bootstrap interval for alpha and the seeded PRNG behind it.
import { describe, expect, it } from 'vitest';
import { bootstrapAlpha, krippendorffAlpha, mulberry32, shuffled } from '../../shared/stats';
import type { ReliabilityData } from '../../shared/stats';

const _ = null;

// Hayes & Krippendorff (2007), ordinal example, 5 observers × 40 units (see stats-alpha.test.ts).
const hayesKrippendorff: ReliabilityData = {
  coders: ['1', '2', '3', '4', '5'],
  units: [
    [1, 1, 2, _, 2], [1, 1, 0, 1, _], [2, 3, 3, 3, _], [_, 0, 0, _, 0], [0, 0, 0, _, 0],
    [0, 0, 0, _, 0], [1, 0, 2, _, 1], [1, _, 2, 0, _], [2, 2, 2, _, 2], [2, 1, 1, 1, _],
    [_, 1, 0, 0, _], [0, 0, 0, 0, _], [1, 2, 2, 2, _], [3, 3, 2, 2, 3], [1, 1, 1, _, 1],
    [1, 1, 1, _, 1], [2, 1, 2, _, 2], [1, 2, 3, 3, _], [1, 1, 0, 1, _], [0, 0, 0, _, 0],
    [0, 0, 1, 1, _], [0, 0, _, 0, 0], [2, 3, 3, 3, _], [0, 0, 0, 0, _], [1, 2, _, 2, 2],
    [0, 1, 1, 1, _], [0, 0, 0, 1, 0], [1, 2, 1, 2, _], [1, 1, 2, 2, _], [1, 1, 2, _, 2],
    [1, 1, 0, _, 0], [2, 1, 2, 1, _], [2, 2, _, 2, 2], [3, 2, 2, 2, _], [2, 2, 2, _, 2],
    [2, 2, 3, _, 2], [2, 2, 2, _, 2], [2, 2, _, 1, 2], [2, 2, 2, 2, _], [1, 1, 1, _, 1],
  ],
};

describe('bootstrapAlpha', () => {
  it('is deterministic for a seed and brackets the point estimate', () => {
    const first = bootstrapAlpha(hayesKrippendorff, 'ordinal', { samples: 2000, seed: 2007 });
    const again = bootstrapAlpha(hayesKrippendorff, 'ordinal', { samples: 2000, seed: 2007 });
    expect(again).toEqual(first);
    expect(first.alpha).toBeCloseTo(0.7598, 4);
    expect(first.lower!).toBeLessThan(first.alpha!);
    expect(first.upper!).toBeGreaterThan(first.alpha!);
    expect(first.upper! - first.lower!).toBeGreaterThan(0.1);
    expect(first.upper! - first.lower!).toBeLessThan(0.35);
    expect(first).toMatchObject({ samples: 2000, seed: 2007, confidence: 0.95, undefinedSamples: 0, level: 'ordinal' });
    const [below667, below800] = first.q;
    expect(below667.minimum).toBe(0.667);
    expect(below800.minimum).toBe(0.8);
    expect(below667.probability!).toBeLessThanOrEqual(below800.probability!);
    expect(below800.probability!).toBeGreaterThan(0.5); // α = .76 is more likely below .8 than above
    expect(first.standardError!).toBeGreaterThan(0);

    const other = bootstrapAlpha(hayesKrippendorff, 'ordinal', { samples: 2000, seed: 2008 });
    expect(other.lower).not.toBe(first.lower);
  });

  it('narrows with the confidence level and uses 1000 samples and seed 1 by default', () => {
    const wide = bootstrapAlpha(hayesKrippendorff, 'interval', { seed: 5, confidence: 0.99 });
    const narrow = bootstrapAlpha(hayesKrippendorff, 'interval', { seed: 5, confidence: 0.8 });
    expect(narrow.lower!).toBeGreaterThan(wide.lower!);
    expect(narrow.upper!).toBeLessThan(wide.upper!);
    const defaults = bootstrapAlpha(hayesKrippendorff, 'interval');
    expect(defaults).toMatchObject({ samples: 1000, seed: 1, confidence: 0.95 });
    expect(defaults).toEqual(bootstrapAlpha(hayesKrippendorff, 'interval', { samples: 1000, seed: 1 }));
  });

  it('has no interval when alpha itself is undefined', () => {
    const result = bootstrapAlpha({ coders: ['A', 'B'], units: [['x', 'x'], ['x', 'x']] }, 'nominal', { samples: 10 });
    expect(result).toMatchObject({ alpha: null, reason: 'no variation', lower: null, upper: null });
    expect(result.q.every((q) => q.probability === null)).toBe(true);
  });

  it('counts replicates without variation and leaves them out', () => {
    // Two units, one of which has no variation on its own: about a quarter of the replicates draw it twice.
    const data: ReliabilityData = { coders: ['A', 'B'], units: [['x', 'x'], ['y', 'y']] };
    expect(krippendorffAlpha(data, 'nominal').alpha).toBe(1);
    const result = bootstrapAlpha(data, 'nominal', { samples: 400, seed: 3 });
    expect(result.undefinedSamples).toBeGreaterThan(100);
    expect(result.undefinedSamples).toBeLessThan(300);
    expect(result).toMatchObject({ lower: 1, upper: 1 });
  });

  it('rejects nonsense options', () => {
    expect(() => bootstrapAlpha(hayesKrippendorff, 'ordinal', { samples: 0 })).toThrow(/positive integer/);
    expect(() => bootstrapAlpha(hayesKrippendorff, 'ordinal', { confidence: 1 })).toThrow(/confidence/);
  });
});

describe('mulberry32 and shuffled', () => {
  it('repeats its sequence for a seed, stays in [0, 1) and looks uniform', () => {
    const draw = (seed: number) => {
      const random = mulberry32(seed);
      return Array.from({ length: 20000 }, () => random());
    };
    const xs = draw(42);
    expect(draw(42)).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });

  it('shuffles a copy deterministically', () => {
    const items = Array.from({ length: 50 }, (_v, i) => i);
    const once = shuffled(items, 7);
    expect(shuffled(items, 7)).toEqual(once);
    expect(once).not.toEqual(items);
    expect([...once].sort((x, y) => x - y)).toEqual(items);
    expect(items[0]).toBe(0);
  });
});
