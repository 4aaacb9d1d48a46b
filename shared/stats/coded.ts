// Reliability data in coded form, for large reports: each value replaced by its index into a list of distinct values,
// all cells in one Int32Array. The coefficients here give exactly the results of their counterparts on plain
// reliability data (percent-agreement.ts, kappa.ts, krippendorff-alpha.ts, pairwise.ts) — the same integer counts and
// the same floating-point operations in the same order; tests/unit/stats-coded.test.ts compares them on random data —
// without a Value or a Map lookup per cell.

import { checkData, compareValues } from './data';
import type { CohensKappaResult, FleissKappaOptions, FleissKappaResult } from './kappa';
import {
  alphaFromSums,
  alphaOfPrepared,
  disagreement,
  levelAccepts,
  midRanks,
  prepareAlpha,
  preparedAlpha,
  ranks,
  type AlphaOptions,
  type AlphaResult,
  type PreparedAlpha,
} from './krippendorff-alpha';
import type { CoderPair } from './pairwise';
import type { PercentAgreementResult } from './percent-agreement';
import type { Level, ReliabilityData, Value } from './types';

export interface CodedData {
  coders: readonly string[];
  units: number;
  /** Distinct values (=== never holds between two of them); values no cell refers to are allowed. */
  values: readonly Value[];
  /** cells[u * coders.length + c] = index into `values` of coder c's value for unit u, or MISSING. */
  cells: Int32Array;
  /** Ordinal categories from lowest to highest, as in ReliabilityData. */
  order?: readonly Value[];
}

export const MISSING = -1;

export function encodeData(data: ReliabilityData): CodedData {
  checkData(data);
  const m = data.coders.length;
  const index = new Map<Value, number>();
  const values: Value[] = [];
  const cells = new Int32Array(data.units.length * m);
  data.units.forEach((row, u) => {
    for (let c = 0; c < m; c++) {
      const v = row[c];
      let i = MISSING;
      if (v !== null) {
        i = index.get(v) ?? values.push(v) - 1;
        index.set(v, i);
      }
      cells[u * m + c] = i;
    }
  });
  return { coders: data.coders, units: data.units.length, values, cells, ...(data.order ? { order: data.order } : {}) };
}

export function decodeData(coded: CodedData): ReliabilityData {
  const m = coded.coders.length;
  const units = Array.from({ length: coded.units }, (_u, u) => {
    const row: (Value | null)[] = [];
    for (let c = 0; c < m; c++) {
      const i = coded.cells[u * m + c];
      row.push(i === MISSING ? null : coded.values[i]);
    }
    return row;
  });
  return { coders: coded.coders, units, ...(coded.order ? { order: coded.order } : {}) };
}

/** The indices of the values marked in `keep`, ordered by their values. */
function sortedIndices(values: readonly Value[], keep: ArrayLike<number>, compare: (a: Value, b: Value) => number = compareValues): number[] {
  const kept: number[] = [];
  for (let i = 0; i < values.length; i++) if (keep[i]) kept.push(i);
  return kept.sort((a, b) => compare(values[a], values[b]));
}

export function percentAgreementCoded(coded: CodedData): PercentAgreementResult {
  const m = coded.coders.length;
  const { cells } = coded;
  const counts = new Int32Array(coded.values.length);
  let units = 0;
  let pairs = 0;
  let agreeingPairs = 0;
  for (let base = 0; base < coded.units * m; base += m) {
    let k = 0;
    let agreeing = 0; // Σ_v n_v(n_v − 1)/2, added up one value at a time
    for (let c = base; c < base + m; c++) {
      if (cells[c] === MISSING) continue;
      agreeing += counts[cells[c]]++;
      k++;
    }
    for (let c = base; c < base + m; c++) if (cells[c] !== MISSING) counts[cells[c]] = 0;
    if (k < 2) continue;
    units++;
    pairs += (k * (k - 1)) / 2;
    agreeingPairs += agreeing;
  }
  if (pairs === 0) {
    const reason = m < 2 ? 'fewer than two coders' : 'no unit was coded by two or more coders';
    return { agreement: null, reason, units, pairs, agreeingPairs };
  }
  return { agreement: agreeingPairs / pairs, reason: null, units, pairs, agreeingPairs };
}

export function cohensKappaCoded(coded: CodedData): CohensKappaResult {
  const m = coded.coders.length;
  if (m !== 2) throw new RangeError(`Cohen's kappa needs exactly two coders, got ${m}; use Fleiss' kappa or Krippendorff's alpha for more`);
  const { cells } = coded;
  const seen = new Uint8Array(coded.values.length);
  let n = 0;
  for (let u = 0; u < coded.units; u++) {
    const a = cells[2 * u];
    const b = cells[2 * u + 1];
    if (a === MISSING || b === MISSING) continue;
    n++;
    seen[a] = seen[b] = 1;
  }
  const order = sortedIndices(coded.values, seen);
  const position = new Int32Array(coded.values.length);
  order.forEach((i, p) => (position[i] = p));
  const values = order.map((i) => coded.values[i]);
  const matrix = values.map(() => values.map(() => 0));
  for (let u = 0; u < coded.units; u++) {
    const a = cells[2 * u];
    const b = cells[2 * u + 1];
    if (a !== MISSING && b !== MISSING) matrix[position[a]][position[b]]++;
  }
  const base = { n, skippedUnits: coded.units - n, table: { values, matrix } };
  if (n === 0) return { kappa: null, reason: 'no unit was coded by both coders', observed: null, expected: null, ...base };

  let agreeing = 0;
  let expectedCount = 0;
  for (let c = 0; c < values.length; c++) {
    agreeing += matrix[c][c];
    let row = 0;
    let column = 0;
    for (let k = 0; k < values.length; k++) {
      row += matrix[c][k];
      column += matrix[k][c];
    }
    expectedCount += row * column;
  }
  const observed = agreeing / n;
  const expected = expectedCount / (n * n);
  if (expectedCount === n * n) {
    return { kappa: null, reason: 'expected agreement is 1: both coders used one and the same category', observed, expected, ...base };
  }
  return { kappa: (observed - expected) / (1 - expected), reason: null, observed, expected, ...base };
}

export function fleissKappaCoded(coded: CodedData, options: FleissKappaOptions = {}): FleissKappaResult {
  if (options.m !== undefined && !(Number.isInteger(options.m) && options.m >= 2)) {
    throw new RangeError(`Fleiss' kappa: m must be an integer ≥ 2, got ${options.m}`);
  }
  const coders = coded.coders.length;
  const { cells } = coded;
  const present = new Int32Array(coded.units);
  const frequency = new Int32Array(coders + 1); // units by their number of values
  for (let u = 0; u < coded.units; u++) {
    for (let c = u * coders; c < (u + 1) * coders; c++) if (cells[c] !== MISSING) present[u]++;
    frequency[present[u]]++;
  }
  let modal: number | null = null; // the most common count ≥ 2, ties to the larger
  for (let k = 2; k <= coders; k++) if (frequency[k] > 0 && (modal === null || frequency[k] >= frequency[modal])) modal = k;
  const m = options.m ?? modal;
  const empty = { values: [] as Value[], proportions: [] as number[] };
  if (m === null) {
    const reason = coders < 2 ? 'fewer than two coders' : 'no unit was coded by two or more coders';
    return { kappa: null, reason, observed: null, expected: null, units: 0, m: null, skippedUnits: coded.units, categories: empty };
  }

  const totals = new Float64Array(coded.values.length);
  const counts = new Int32Array(coded.values.length);
  let units = 0;
  let sumSquares = 0;
  for (let u = 0; u < coded.units; u++) {
    if (present[u] !== m) continue;
    units++;
    for (let c = u * coders; c < (u + 1) * coders; c++) if (cells[c] !== MISSING) counts[cells[c]]++;
    for (let c = u * coders; c < (u + 1) * coders; c++) {
      const i = cells[c];
      if (i === MISSING || counts[i] === 0) continue; // each value once
      sumSquares += counts[i] * counts[i];
      totals[i] += counts[i];
      counts[i] = 0;
    }
  }
  const skippedUnits = coded.units - units;
  if (units === 0) {
    return { kappa: null, reason: `no unit carries exactly ${m} values`, observed: null, expected: null, units, m, skippedUnits, categories: empty };
  }

  const order = sortedIndices(coded.values, totals);
  const all = units * m;
  let expectedCount = 0;
  for (const i of order) expectedCount += totals[i] ** 2;
  const categories = { values: order.map((i) => coded.values[i]), proportions: order.map((i) => totals[i] / all) };
  const observed = (sumSquares - all) / (all * (m - 1));
  const expected = expectedCount / (all * all);
  if (expectedCount === all * all) {
    return { kappa: null, reason: 'expected agreement is 1: every value is the same category', observed, expected, units, m, skippedUnits, categories };
  }
  return { kappa: (observed - expected) / (1 - expected), reason: null, observed, expected, units, m, skippedUnits, categories };
}

/** The ordinal ranks, if any; throws krippendorffAlpha's error when a value in the cells does not fit the level. */
function levelRank(coded: CodedData, level: Level, options: AlphaOptions): Map<Value, number> | null {
  const order = options.order ?? coded.order;
  const rank = level === 'ordinal' && order ? ranks(order) : null;
  const used = new Uint8Array(coded.values.length);
  for (let c = 0; c < coded.cells.length; c++) if (coded.cells[c] !== MISSING) used[coded.cells[c]] = 1;
  for (let i = 0; i < used.length; i++) {
    if (used[i] && !levelAccepts(coded.values[i], level, rank)) prepareAlpha(decodeData(coded), level, options); // throws the descriptive error
  }
  return rank;
}

function valueOrder(rank: Map<Value, number> | null): (a: Value, b: Value) => number {
  return rank ? (a, b) => rank.get(a)! - rank.get(b)! : compareValues;
}

/** prepareAlpha on coded data: the same PreparedAlpha (pairable units in order, values sorted the same way). */
export function prepareAlphaCoded(coded: CodedData, level: Level, options: AlphaOptions = {}): PreparedAlpha {
  const m = coded.coders.length;
  const { cells } = coded;
  const rank = levelRank(coded, level, options);
  const indices = new Int32Array(cells.length);
  const offsets = new Int32Array(coded.units + 1);
  let units = 0;
  let p = 0;
  for (let base = 0; base < coded.units * m; base += m) {
    const start = p;
    for (let c = base; c < base + m; c++) if (cells[c] !== MISSING) indices[p++] = cells[c];
    if (p - start < 2) p = start;
    else offsets[++units] = p;
  }
  const pairable = new Uint8Array(coded.values.length);
  for (let q = 0; q < p; q++) pairable[indices[q]] = 1;
  const sorted = sortedIndices(coded.values, pairable, valueOrder(rank));
  const position = new Int32Array(coded.values.length);
  sorted.forEach((i, k) => (position[i] = k));
  const kept = indices.subarray(0, p);
  for (let q = 0; q < p; q++) kept[q] = position[kept[q]];
  return preparedAlpha(level, sorted.map((i) => coded.values[i]), kept, offsets.subarray(0, units + 1));
}

export function krippendorffAlphaCoded(coded: CodedData, level: Level, options: AlphaOptions = {}): AlphaResult {
  return alphaOfPrepared(prepareAlphaCoded(coded, level, options), coded.coders.length, options);
}

export interface PairFigures {
  /** percentAgreement(pair).agreement */
  percentAgreement: number | null;
  /** krippendorffAlpha(pair, level, options).alpha */
  alpha: number | null;
  /** Units both coders coded: percentAgreement(pair).units. */
  units: number;
}

/**
 * For every pair of coders (i < j, in coder order), percent agreement and alpha exactly as pairwise() with
 * percentAgreement() and krippendorffAlpha() gives them on the decoded data, straight from the cells: no two-coder
 * data set and no coincidence matrix per pair.
 */
export function pairwiseFiguresCoded(coded: CodedData, level: Level, options: AlphaOptions = {}): CoderPair<PairFigures>[] {
  const rank = levelRank(coded, level, options);
  const m = coded.coders.length;
  const result: CoderPair<PairFigures>[] = [];
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) result.push({ coders: [coded.coders[i], coded.coders[j]], indices: [i, j], result: pairFigures(coded, i, j, level, rank) });
  }
  return result;
}

function pairFigures(coded: CodedData, i: number, j: number, level: Level, rank: Map<Value, number> | null): PairFigures {
  const m = coded.coders.length;
  const end = coded.units * m;
  const { cells, values } = coded;
  let units = 0;
  let agreeing = 0;
  const marginals = new Float64Array(values.length);
  for (let base = 0; base < end; base += m) {
    const a = cells[base + i];
    const b = cells[base + j];
    if (a === MISSING || b === MISSING) continue;
    units++;
    if (a === b) agreeing++;
    marginals[a]++;
    marginals[b]++;
  }
  // The pair's values in order, with their counts and positions (the numbers, or the pair's ordinal mid-ranks).
  const sorted = sortedIndices(values, marginals, valueOrder(rank));
  const counts = Float64Array.from(sorted, (v) => marginals[v]);
  const positions = level === 'ordinal' ? midRanks(counts) : Float64Array.from(sorted, (v) => (level === 'nominal' ? 0 : (values[v] as number)));
  let observed = 2 * (units - agreeing); // nominal: each unit contributes δ² = 1 twice when its two values differ
  if (level !== 'nominal') {
    const x = new Float64Array(values.length);
    sorted.forEach((v, k) => (x[v] = positions[k]));
    const both = new Int32Array(2);
    observed = 0;
    for (let base = 0; base < end; base += m) {
      both[0] = cells[base + i];
      both[1] = cells[base + j];
      if (both[0] !== MISSING && both[1] !== MISSING) observed += disagreement(level, both, 0, 2, x);
    }
  }
  return { percentAgreement: units ? agreeing / units : null, alpha: alphaFromSums(level, observed, counts, positions).alpha, units };
}
