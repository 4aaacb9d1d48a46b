// Reliability data in coded form, for large reports: each value replaced by its index into a list of distinct values,
// all cells in one Int32Array. agreementCoded() gives every coefficient of the reliability report from one pass over
// the cells, exactly as the functions on plain reliability data (percent-agreement.ts, kappa.ts, krippendorff-alpha.ts,
// pairwise.ts) give them: the same integer counts, and the same floating-point operations in the same order
// (tests/unit/stats-coded.test.ts compares them on random data).

import { checkData, compareValues } from './data';
import { cohensKappa, type CohensKappaResult, type FleissKappaResult } from './kappa';
import {
  alphaFromSums,
  coincidenceMatrix,
  disagreement,
  levelAccepts,
  midRanks,
  prepareAlpha,
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

function valueOrder(rank: Map<Value, number> | null): (a: Value, b: Value) => number {
  return rank ? (a, b) => rank.get(a)! - rank.get(b)! : compareValues;
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

export interface PairFigures {
  /** percentAgreement(pair).agreement */
  percentAgreement: number | null;
  /** krippendorffAlpha(pair, level, options).alpha */
  alpha: number | null;
  /** Units both coders coded: percentAgreement(pair).units. */
  units: number;
}

export interface AgreementFigures {
  percentAgreement: PercentAgreementResult;
  /** With exactly two coders; else null. */
  cohensKappa: CohensKappaResult | null;
  fleissKappa: FleissKappaResult;
  alpha: AlphaResult;
  /** pairwise(data, (pair) => PairFigures). */
  pairs: CoderPair<PairFigures>[];
}

/**
 * percentAgreement, cohensKappa (two coders), fleissKappa, krippendorffAlpha and per pair of coders the pair's percent
 * agreement and alpha, of decodeData(coded): the counts from one pass over the cells, then the disagreements (which
 * at the ordinal level depend on the marginals) from a second.
 */
export function agreementCoded(coded: CodedData, level: Level, options: AlphaOptions = {}): AgreementFigures {
  const m = coded.coders.length;
  const V = coded.values.length;
  const { cells, values } = coded;
  const compare = valueOrder(levelRank(coded, level, options));
  const pairs: [number, number][] = [];
  for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) pairs.push([i, j]);
  const first = Int32Array.from(pairs, ([i]) => i);
  const second = Int32Array.from(pairs, ([, j]) => j);

  let agreementUnits = 0;
  let agreementPairs = 0;
  let agreeingPairs = 0;
  // Fleiss' kappa by the number k of values in a unit: which k it uses is known only at the end.
  const unitsByK = new Int32Array(m + 1);
  const squaresByK = new Float64Array(m + 1);
  const totalsByK = new Float64Array((m + 1) * V);
  // Alpha: the pairable units' values in coder order (as prepareAlpha lists them) and their counts.
  const indices = new Int32Array(cells.length);
  const offsets = new Int32Array(coded.units + 1);
  let pairable = 0;
  const marginals = new Float64Array(V);
  const pairUnits = new Int32Array(pairs.length);
  const pairAgreeing = new Int32Array(pairs.length);
  const pairMarginals = new Float64Array(pairs.length * V); // pair p's count of value v at p * V + v

  const counts = new Int32Array(V);
  let end = 0;
  for (let base = 0; base < coded.units * m; base += m) {
    const start = end;
    let agreeing = 0; // Σ_v n_v(n_v − 1)/2, added up one value at a time
    for (let c = base; c < base + m; c++) {
      if (cells[c] === MISSING) continue;
      agreeing += counts[cells[c]]++;
      indices[end++] = cells[c];
    }
    const k = end - start;
    unitsByK[k]++;
    for (let q = start; q < end; q++) {
      const v = indices[q];
      if (counts[v] === 0) continue; // each value once
      squaresByK[k] += counts[v] * counts[v];
      totalsByK[k * V + v] += counts[v];
      counts[v] = 0;
    }
    if (k < 2) {
      end = start;
      continue;
    }
    agreementUnits++;
    agreementPairs += (k * (k - 1)) / 2;
    agreeingPairs += agreeing;
    offsets[++pairable] = end;
    for (let q = start; q < end; q++) marginals[indices[q]]++;
    for (let p = 0; p < pairs.length; p++) {
      const a = cells[base + first[p]];
      const b = cells[base + second[p]];
      if (a === MISSING || b === MISSING) continue;
      pairUnits[p]++;
      if (a === b) pairAgreeing[p]++;
      pairMarginals[p * V + a]++;
      pairMarginals[p * V + b]++;
    }
  }

  // Values in order with their counts and positions (the numbers, or ordinal mid-ranks), for alpha and for each pair.
  const ordered = (counted: Float64Array) => {
    const sorted = sortedIndices(values, counted, compare);
    const n = Float64Array.from(sorted, (v) => counted[v]);
    const x = level === 'ordinal' ? midRanks(n) : Float64Array.from(sorted, (v) => (level === 'nominal' ? 0 : (values[v] as number)));
    return { sorted, n, x };
  };
  const all = ordered(marginals);
  const byPair = pairs.map((_pair, p) => ordered(pairMarginals.subarray(p * V, (p + 1) * V)));

  // Σ of the units' disagreements, unit by unit in order as krippendorffAlpha adds them up, over the values' ranks in
  // `all.sorted` (prepareAlpha's indices); for a pair at nominal level, it is 2 for each unit whose two values differ.
  const rankOf = new Int32Array(V);
  all.sorted.forEach((v, i) => (rankOf[v] = i));
  for (let q = 0; q < end; q++) indices[q] = rankOf[indices[q]];
  const prepared = { values: all.sorted.map((v) => values[v]), indices: indices.subarray(0, end), offsets: offsets.subarray(0, pairable + 1) };
  let observed = 0;
  for (let u = 0; u < pairable; u++) observed += disagreement(level, indices, offsets[u], offsets[u + 1], all.x);
  const pairObserved = Float64Array.from(pairs, (_pair, p) => (level === 'nominal' ? 2 * (pairUnits[p] - pairAgreeing[p]) : 0));
  if (level !== 'nominal') {
    const both = new Int32Array(2);
    const pairX = new Float64Array(pairs.length * V);
    byPair.forEach((pair, p) => pair.sorted.forEach((v, i) => (pairX[p * V + v] = pair.x[i])));
    for (let base = 0; base < coded.units * m; base += m) {
      for (let p = 0; p < pairs.length; p++) {
        const a = cells[base + first[p]];
        const b = cells[base + second[p]];
        if (a === MISSING || b === MISSING) continue;
        both[0] = p * V + a;
        both[1] = p * V + b;
        pairObserved[p] += disagreement(level, both, 0, 2, pairX);
      }
    }
  }

  return {
    percentAgreement:
      agreementPairs === 0
        ? { agreement: null, reason: m < 2 ? 'fewer than two coders' : 'no unit was coded by two or more coders', units: agreementUnits, pairs: 0, agreeingPairs }
        : { agreement: agreeingPairs / agreementPairs, reason: null, units: agreementUnits, pairs: agreementPairs, agreeingPairs },
    cohensKappa: m === 2 ? cohensKappa(decodeData(coded)) : null,
    fleissKappa: fleiss(values, m, coded.units, unitsByK, squaresByK, totalsByK),
    alpha: alphaResult(level, m, prepared, all.n, all.x, observed, options),
    pairs: pairs.map(([i, j], p) => ({
      coders: [coded.coders[i], coded.coders[j]],
      indices: [i, j],
      result: {
        percentAgreement: pairUnits[p] ? pairAgreeing[p] / pairUnits[p] : null,
        alpha: alphaFromSums(level, pairObserved[p], byPair[p].n, byPair[p].x).alpha,
        units: pairUnits[p],
      },
    })),
  };
}

function fleiss(all: readonly Value[], coders: number, units: number, unitsByK: Int32Array, squaresByK: Float64Array, totalsByK: Float64Array): FleissKappaResult {
  let m: number | null = null; // the most common number of values ≥ 2, ties to the larger
  for (let k = 2; k <= coders; k++) if (unitsByK[k] > 0 && (m === null || unitsByK[k] >= unitsByK[m])) m = k;
  if (m === null) {
    const reason = coders < 2 ? 'fewer than two coders' : 'no unit was coded by two or more coders';
    return { kappa: null, reason, observed: null, expected: null, units: 0, m: null, skippedUnits: units, categories: { values: [], proportions: [] } };
  }
  const used = unitsByK[m];
  const totals = totalsByK.subarray(m * all.length, (m + 1) * all.length);
  const sorted = sortedIndices(all, totals);
  const count = used * m;
  let expectedCount = 0; // Σ_j total_j², an integer; P̄e = expectedCount / (N m)²
  for (const v of sorted) expectedCount += totals[v] ** 2;
  const categories = { values: sorted.map((v) => all[v]), proportions: sorted.map((v) => totals[v] / count) };
  const observed = (squaresByK[m] - count) / (count * (m - 1));
  const expected = expectedCount / (count * count);
  const base = { observed, expected, units: used, m, skippedUnits: units - used, categories };
  if (expectedCount === count * count) return { kappa: null, reason: 'expected agreement is 1: every value is the same category', ...base };
  return { kappa: (observed - expected) / (1 - expected), reason: null, ...base };
}

function alphaResult(
  level: Level,
  coders: number,
  prepared: Pick<PreparedAlpha, 'values' | 'indices' | 'offsets'>,
  marginals: Float64Array,
  x: Float64Array,
  observed: number,
  options: AlphaOptions,
): AlphaResult {
  const figures = alphaFromSums(level, observed, marginals, x);
  return {
    alpha: figures.alpha,
    reason: figures.reason && coders < 2 ? 'fewer than two coders' : figures.reason,
    level,
    units: prepared.offsets.length - 1,
    pairableValues: prepared.indices.length,
    observedDisagreement: figures.observedDisagreement,
    expectedDisagreement: figures.expectedDisagreement,
    coincidence: { values: prepared.values, matrix: prepared.values.length <= (options.maxCoincidenceValues ?? 200) ? coincidenceMatrix(prepared) : null },
    marginals: Array.from(marginals),
  };
}
