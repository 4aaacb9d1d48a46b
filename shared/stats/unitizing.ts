// Krippendorff's alpha for unitizing (ᵤα): agreement on WHERE coders marked a category in a text, for character spans.
//
// References: Krippendorff, K. (1995). On the reliability of unitizing continuous data. Sociological Methodology 25,
//             47–76. Krippendorff, K. (2004). Content Analysis: An Introduction to Its Methodology (2nd ed.), §12.4
//             (unitizing, worked example p. 254); and Krippendorff, K. (2004). Measuring the reliability of
//             qualitative text analysis data. Quality & Quantity 38, 787–800.
//
// Implemented: the binary coefficient ᵤα_k of Krippendorff (2004), one category k at a time — "coded k" versus "not
// coded k" — in its discrete form (integer lengths, as for characters); `unitizingAlphaByCategory` runs it for every
// category. NOT implemented: a pooled coefficient over categories, and the later family of Krippendorff, Mathet,
// Bouvry & Widlöcher (2016, Quality & Quantity 50, 2347–2364: |ᵤα, ᵤα, cᵤα, (k)ᵤα), which also scores disagreement
// between categories. To ask "any code versus none", map every value to one category (segments must then not overlap).
//
// Input: a continuum of L = `length` characters (positions 0..L) and, per coder, segments {start, end, value}:
//   - half-open [start, end) with integer 0 ≤ start < end ≤ L;
//   - segments of the SAME value must not overlap within a coder (checked: throws); segments of different values may
//     overlap, since each category is evaluated on its own;
//   - abutting segments of the same value (end = next start) stay two units: ᵤα compares units, not covered characters;
//   - every coder read the whole continuum: an empty list means "marked nothing", not a missing coder.
//
// For category k each coder's continuum splits into sections: the coder's k-segments (w = 1) and the gaps between
// them (w = 0). For a section g of coder i (begin b, length l, end e = b + l) and h of coder j, the squared distance:
//   δ²(g, h) = (b_g − b_h)² + (e_g − e_h)²   if both are segments and they overlap
//            = l_g²                          if g is a segment lying wholly inside gap h (and symmetrically l_h²)
//            = 0                             otherwise (including gap against gap)
//   ᵤDo_k = Σ_{i≠j} Σ_g Σ_h δ²(g, h) / (m(m − 1) L²)                     m coders
//   ᵤDe_k = (2/L) Σ_{segments g} [ (N_k − 1)(2l_g³ − 3l_g² + l_g)/3 + l_g² Σ_{gaps h: l_h ≥ l_g} (l_h − l_g + 1) ]
//           / [ mL(mL − 1) − Σ_{segments g} l_g(l_g − 1) ]                 N_k segments of k, all coders; the gaps
//                                                                          are those of all coders
//   ᵤα_k = 1 − ᵤDo_k / ᵤDe_k
// ᵤDo_k can exceed ᵤDe_k, and ᵤα_k can be well below zero (Krippendorff 1995's example B: −0.926). No segment of k
// anywhere (ᵤDe_k = 0) or fewer than two coders: alpha is null with a reason.

import { checkValue, compareValues, formatValue } from './data';
import type { Value } from './types';

export interface Segment {
  start: number;
  end: number;
  value: Value;
}

export interface UnitizingData {
  /** Length L of the continuum in characters. */
  length: number;
  coders: readonly string[];
  /** segments[c] = coder c's segments, in any order. */
  segments: readonly (readonly Segment[])[];
}

export interface UnitizingAlphaResult {
  value: Value;
  alpha: number | null;
  reason: string | null;
  /** ᵤDo_k */
  observedDisagreement: number;
  /** ᵤDe_k */
  expectedDisagreement: number;
  /** N_k, segments of the category over all coders. */
  segments: number;
}

interface Section {
  start: number;
  end: number;
  coded: boolean;
}

function checkUnitizing(data: UnitizingData): void {
  const L = data.length;
  if (!Number.isInteger(L) || L < 1) throw new RangeError(`unitizing: length must be a positive integer, got ${L}`);
  if (data.segments.length !== data.coders.length) {
    throw new RangeError(`unitizing: ${data.segments.length} segment lists for ${data.coders.length} coders`);
  }
  data.segments.forEach((list, c) => {
    for (const s of list) {
      checkValue(s.value, `unitizing: coder ${c}`);
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > L || s.start >= s.end) {
        throw new RangeError(`unitizing: coder ${c} has segment [${s.start}, ${s.end}); need integers 0 ≤ start < end ≤ ${L}`);
      }
    }
  });
}

/** Coder's k-segments and the gaps between them, tiling [0, L); throws on overlapping k-segments. */
function sections(list: readonly Segment[], value: Value, L: number, coder: number): Section[] {
  const coded = list.filter((s) => s.value === value).sort((a, b) => a.start - b.start);
  const result: Section[] = [];
  let position = 0;
  for (const s of coded) {
    if (s.start < position) {
      throw new RangeError(`unitizing: coder ${coder} has overlapping ${formatValue(value)} segments at ${s.start}; merge or split them`);
    }
    if (s.start > position) result.push({ start: position, end: s.start, coded: false });
    result.push({ start: s.start, end: s.end, coded: true });
    position = s.end;
  }
  if (position < L) result.push({ start: position, end: L, coded: false });
  return result;
}

function distance(g: Section, h: Section): number {
  if (g.coded && h.coded) return (g.start - h.start) ** 2 + (g.end - h.end) ** 2; // called for overlapping sections only
  if (g.coded && !h.coded) return h.start <= g.start && g.end <= h.end ? (g.end - g.start) ** 2 : 0;
  if (!g.coded && h.coded) return g.start <= h.start && h.end <= g.end ? (h.end - h.start) ** 2 : 0;
  return 0;
}

/** Σ_g Σ_h δ²(g, h) over two coders' tilings; only overlapping sections can be at a distance, so a sweep suffices. */
function pairDistance(a: readonly Section[], b: readonly Section[]): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    sum += distance(a[i], b[j]);
    if (a[i].end < b[j].end) i++;
    else if (a[i].end > b[j].end) j++;
    else {
      i++;
      j++;
    }
  }
  return sum;
}

/** ᵤα_k for one category `value` ("coded value" versus "not coded value"). */
export function unitizingAlpha(data: UnitizingData, value: Value): UnitizingAlphaResult {
  checkUnitizing(data);
  checkValue(value, 'unitizing: category');
  const L = data.length;
  const m = data.coders.length;
  const tilings = data.segments.map((list, c) => sections(list, value, L, c));

  let observedSum = 0;
  for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) observedSum += pairDistance(tilings[i], tilings[j]);
  const observed = m < 2 ? 0 : (2 * observedSum) / (m * (m - 1) * L * L);

  const lengths: number[] = [];
  const gaps: number[] = [];
  for (const tiling of tilings) for (const s of tiling) (s.coded ? lengths : gaps).push(s.end - s.start);
  const N = lengths.length;
  gaps.sort((x, y) => x - y);
  const suffix = new Float64Array(gaps.length + 1); // suffix[t] = Σ_{t' ≥ t} gaps[t']
  for (let t = gaps.length - 1; t >= 0; t--) suffix[t] = suffix[t + 1] + gaps[t];
  let numerator = 0;
  let selfPairs = 0;
  for (const l of lengths) {
    let lo = 0; // first gap ≥ l
    let hi = gaps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (gaps[mid] < l) lo = mid + 1;
      else hi = mid;
    }
    const fitting = suffix[lo] - (gaps.length - lo) * (l - 1); // Σ_{gaps ≥ l} (gap − l + 1)
    numerator += ((N - 1) * l * (l - 1) * (2 * l - 1)) / 3 + l * l * fitting;
    selfPairs += l * (l - 1);
  }
  const expected = m < 2 ? 0 : ((2 / L) * numerator) / (m * L * (m * L - 1) - selfPairs);

  const base = { value, observedDisagreement: observed, expectedDisagreement: expected, segments: N };
  if (m < 2) return { ...base, alpha: null, reason: 'fewer than two coders' };
  if (N === 0) return { ...base, alpha: null, reason: `no coder marked ${formatValue(value)}` };
  if (!(expected > 0)) return { ...base, alpha: null, reason: 'no variation' };
  return { ...base, alpha: 1 - observed / expected, reason: null };
}

/** ᵤα_k for every category that occurs in the segments, in sorted order. */
export function unitizingAlphaByCategory(data: UnitizingData): UnitizingAlphaResult[] {
  checkUnitizing(data);
  const values = new Set<Value>();
  for (const list of data.segments) for (const s of list) values.add(s.value);
  return [...values].sort(compareValues).map((v) => unitizingAlpha(data, v));
}
