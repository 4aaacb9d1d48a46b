// Krippendorff's unitizing alpha (binary ᵤα_k per category) against published examples and hand computations.
import { describe, expect, it } from 'vitest';
import { unitizingAlpha, unitizingAlphaByCategory } from '../../shared/stats';
import type { Segment, UnitizingData } from '../../shared/stats';

/** A segment given as Krippendorff prints it: begin b and length l, shifted so the continuum starts at 0. */
function bl(b: number, l: number, value: string, shift = 0): Segment {
  return { start: b - shift, end: b - shift + l, value };
}

describe('unitizing alpha: Krippendorff (2004), Content Analysis 2nd ed., p. 254', () => {
  // Two observers i and j, continuum 150–450 (L = 300), categories c and k; segments as (begin, length).
  // (Data and published figures as transcribed in DKPro Statistics' unitizing Krippendorff2004Test.)
  const data: UnitizingData = {
    length: 300,
    coders: ['i', 'j'],
    segments: [
      [bl(225, 70, 'c', 150), bl(370, 30, 'c', 150), bl(180, 60, 'k', 150), bl(300, 50, 'k', 150)],
      [bl(220, 80, 'c', 150), bl(355, 20, 'c', 150), bl(400, 20, 'c', 150), bl(180, 60, 'k', 150), bl(300, 50, 'k', 150)],
    ],
  };

  it('category c: ᵤDo = 0.0144, ᵤDe = 0.0532, ᵤα = 0.7286 (published .0144, .0532, .7286)', () => {
    const c = unitizingAlpha(data, 'c');
    // ᵤDo by hand: (225,70) against (220,80): 5² + 5² = 50; (370,30) against (355,20): 15² + 25² = 850; j's (400,20)
    // lies inside i's gap 400–450: 20² = 400. Both orders: 2 · 1300 / (2 · 1 · 300²) = 2600/180000.
    expect(c.observedDisagreement).toBeCloseTo(2600 / 180000, 12);
    expect(c.observedDisagreement).toBeCloseTo(0.0144, 4);
    // ᵤDe by hand: Σ over the 5 segments of (N − 1)(2l³ − 3l² + l)/3 + l² Σ_{gaps ≥ l}(gap − l + 1) = 2 767 160;
    // times 2/L, over mL(mL − 1) − Σ l(l − 1) = 359 400 − 12 780.
    expect(c.expectedDisagreement).toBeCloseTo(((2 / 300) * 2767160) / 346620, 12);
    expect(c.expectedDisagreement).toBeCloseTo(0.0532, 4);
    expect(c.alpha).toBeCloseTo(0.7286, 4);
    expect(c.segments).toBe(5);
  });

  it('category k: identical segments, ᵤDo = 0, ᵤDe = 0.0490, ᵤα = 1', () => {
    const k = unitizingAlpha(data, 'k');
    expect(k.observedDisagreement).toBe(0);
    expect(k.expectedDisagreement).toBeCloseTo(0.049, 4);
    expect(k.alpha).toBe(1);
  });

  it('by category, sorted', () => {
    expect(unitizingAlphaByCategory(data).map((r) => [r.value, r.alpha?.toFixed(4)])).toEqual([
      ['c', '0.7286'],
      ['k', '1.0000'],
    ]);
  });
});

describe('unitizing alpha: Krippendorff (1995), "On the reliability of unitizing continuous data", p. 57', () => {
  // Sociological Methodology 25, 47–76: four pairs of observers (A–D) on a continuum of 24 (data as transcribed in
  // DKPro Statistics' Krippendorff1995Test). The 1995 paper treats the continuum as continuous; the discrete
  // formulas here approach it as the continuum is stretched, so ᵤDe and ᵤα are compared at a stretch of 50 000.
  function example(stretch: number): UnitizingData {
    const s = (b: number, l: number, value: string): Segment => ({ start: b * stretch, end: (b + l) * stretch, value });
    return {
      length: 24 * stretch,
      coders: ['first', 'second'],
      segments: [
        [s(2, 8, 'A'), s(14, 6, 'A'), s(0, 18, 'B'), s(2, 6, 'C'), s(10, 2, 'C'), s(14, 4, 'C'), s(20, 2, 'C'),
          s(0, 2, 'D'), s(2, 8, 'D'), s(10, 4, 'D'), s(14, 6, 'D'), s(20, 4, 'D')],
        [s(4, 4, 'A'), s(15, 2, 'A'), s(0, 2, 'B'), s(2, 1, 'B'), s(3, 1, 'B'), s(4, 1, 'B'), s(5, 1, 'B'), s(6, 3, 'B'),
          s(9, 1, 'B'), s(0, 2, 'C'), s(4, 4, 'C'), s(10, 4, 'C'), s(16, 2, 'C'), s(20, 2, 'C'), s(0, 4, 'D'), s(4, 4, 'D'),
          s(8, 7, 'D'), s(15, 2, 'D'), s(17, 7, 'D')],
      ],
    };
  }

  it('ᵤDo per category: 0.0313, 2.2674, 0.0278, 0.3872 (36, 2612, 32 and 446 over 2 · 24²)', () => {
    const results = unitizingAlphaByCategory(example(1));
    expect(results.map((r) => r.value)).toEqual(['A', 'B', 'C', 'D']);
    const expected = [36, 2612, 32, 446].map((x) => x / 1152);
    results.forEach((r, i) => expect(r.observedDisagreement).toBeCloseTo(expected[i], 12));
    // A by hand: (2,8) against (4,4): 2² + 2² = 8; (14,6) against (15,2): 1² + 3² = 10; both orders: 36.
    // B: John's single (0,18) against each of Jill's seven short units: 256 + 229 + 205 + 185 + 169 + 117 + 145 = 1306.
  });

  it('ᵤα in the continuous limit: A 0.5529 and D 0.0659 round to the published .553 and .066', () => {
    const results = unitizingAlphaByCategory(example(50000));
    const [a, b, c, d] = results.map((r) => r.alpha!);
    expect(a).toBeCloseTo(0.5529, 4);
    expect(a.toFixed(3)).toBe('0.553');
    expect(d).toBeCloseTo(0.0659, 4);
    expect(d.toFixed(3)).toBe('0.066');
    // B and C differ from the published −.926 and .679 in the third and second decimal: ᵤDo agrees exactly (above), so
    // the gap is in ᵤDe. DKPro Statistics, implementing the same formulas, sees the same gap (its test allows ±0.02)
    // and suspects a slip in the 1995 paper's computation of ᵤDe.
    expect(b).toBeCloseTo(-0.9284, 4);
    expect(c).toBeCloseTo(0.6931, 4);
    expect(Math.abs(b - -0.926)).toBeLessThan(0.005);
  });
});

describe('unitizing alpha: hand computations and edge cases', () => {
  it('a segment the other coder left uncoded: L = 10, one coder marks [2, 5) → ᵤα = −0.7', () => {
    // Sections: A = gap 2, segment 3, gap 5; B = gap 10. The segment lies inside B's gap: δ² = 3² = 9, both orders:
    // ᵤDo = 2 · 9 / (2 · 1 · 10²) = 0.09. ᵤDe: N = 1, so only l² Σ_{gaps ≥ 3} (gap − 3 + 1) = 9 · (3 + 8) = 99;
    // 2/10 · 99 = 19.8 over 2·10·19 − 3·2 = 374. ᵤα = 1 − 0.09 · 374 / 19.8 = 1 − 1.7 = −0.7.
    const result = unitizingAlpha({ length: 10, coders: ['A', 'B'], segments: [[{ start: 2, end: 5, value: 'x' }], []] }, 'x');
    expect(result.observedDisagreement).toBeCloseTo(0.09, 12);
    expect(result.expectedDisagreement).toBeCloseTo(19.8 / 374, 12);
    expect(result.alpha).toBeCloseTo(-0.7, 12);
  });

  it('identical segmentations give 1; segments of other categories may overlap and do not interfere', () => {
    const segments = [
      { start: 0, end: 4, value: 'x' },
      { start: 2, end: 9, value: 'y' },
      { start: 10, end: 12, value: 'x' },
    ];
    const results = unitizingAlphaByCategory({ length: 20, coders: ['A', 'B', 'C'], segments: [segments, segments, [...segments].reverse()] });
    expect(results.map((r) => r.alpha)).toEqual([1, 1]);
  });

  it('abutting segments are separate units, not one long one', () => {
    const joined = unitizingAlpha({ length: 10, coders: ['A', 'B'], segments: [[{ start: 2, end: 6, value: 'x' }], [{ start: 2, end: 6, value: 'x' }]] }, 'x');
    const split = unitizingAlpha(
      { length: 10, coders: ['A', 'B'], segments: [[{ start: 2, end: 6, value: 'x' }], [{ start: 2, end: 4, value: 'x' }, { start: 4, end: 6, value: 'x' }]] },
      'x',
    );
    expect(joined.alpha).toBe(1);
    // (2,4) against (2,2): 0 + 2² = 4; against (4,2): 2² + 0 = 4; both orders: 16 / (2 · 100).
    expect(split.observedDisagreement).toBeCloseTo(0.08, 12);
    expect(split.alpha!).toBeLessThan(1);
  });

  it('null with a reason: a category nobody marked, fewer than two coders', () => {
    const data: UnitizingData = { length: 10, coders: ['A', 'B'], segments: [[{ start: 1, end: 3, value: 'x' }], []] };
    expect(unitizingAlpha(data, 'y')).toMatchObject({ alpha: null, reason: 'no coder marked "y"', segments: 0 });
    expect(unitizingAlpha({ length: 10, coders: ['A'], segments: [[{ start: 1, end: 3, value: 'x' }]] }, 'x')).toMatchObject({
      alpha: null,
      reason: 'fewer than two coders',
    });
  });

  it('rejects overlapping segments of one category within a coder, and segments off the continuum', () => {
    const overlapping = [{ start: 0, end: 5, value: 'x' }, { start: 4, end: 8, value: 'x' }];
    expect(() => unitizingAlpha({ length: 10, coders: ['A', 'B'], segments: [overlapping, []] }, 'x')).toThrow(/overlapping "x" segments/);
    expect(() => unitizingAlpha({ length: 10, coders: ['A', 'B'], segments: [[{ start: 5, end: 11, value: 'x' }], []] }, 'x')).toThrow(/0 ≤ start < end ≤ 10/);
    expect(() => unitizingAlpha({ length: 10, coders: ['A', 'B'], segments: [[{ start: 3, end: 3, value: 'x' }], []] }, 'x')).toThrow(/start < end/);
    expect(() => unitizingAlpha({ length: 10.5, coders: ['A', 'B'], segments: [[], []] }, 'x')).toThrow(/positive integer/);
    expect(() => unitizingAlpha({ length: 10, coders: ['A', 'B'], segments: [[]] }, 'x')).toThrow(/1 segment lists for 2 coders/);
  });
});
