// Krippendorff's alpha for reliability data (types.ts) at the nominal, ordinal, interval or ratio level.
//
// References: Krippendorff, K. (2004). Content Analysis: An Introduction to Its Methodology (2nd ed.), ch. 11.
//             Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
//             Communication, University of Pennsylvania (https://repository.upenn.edu/asc_papers/43).
//
// Missing values, as Krippendorff defines them: a unit u with m_u values (non-null entries) contributes m_u(m_u − 1)
// ordered pairs of values, each weighted 1/(m_u − 1), so that every pairable value counts once. Units with m_u < 2 are
// not pairable and are dropped. The coincidence matrix and its marginals:
//
//   o_ck = Σ_u (number of ordered pairs (c, k) of values in u from different coders) / (m_u − 1)
//   n_c  = Σ_k o_ck = how many pairable values are c,   n.. = Σ_c n_c
//
//   Do = (1/n..) Σ_c Σ_k o_ck δ²_ck                   observed disagreement
//   De = 1/(n..(n.. − 1)) Σ_c Σ_k n_c n_k δ²_ck      expected disagreement
//   α  = 1 − Do/De
//
// Difference functions δ²_ck:
//   nominal   0 if c = k, else 1
//   ordinal   (Σ_{g=c..k} n_g − (n_c + n_k)/2)²       g runs over the ranks from c to k; the ranks come from `order`
//                                                     (options.order, else data.order), else numeric sort
//   interval  (c − k)²
//   ratio     ((c − k)/(c + k))²                      values must be ≥ 0; δ² = 0 when c = k = 0
//
// Computation. The sums are evaluated without a V×V table (continuous interval data can have as many distinct values
// as values): Do unit by unit, Σ_u Σ_{i≠j} δ²(v_ui, v_uj)/(m_u − 1), which is the same sum regrouped; De from the
// marginals. The ordinal difference is an interval difference of mid-ranks, Σ_{g=c..k} n_g − (n_c + n_k)/2 = r_k − r_c
// with r_c = Σ_{g<c} n_g + n_c/2, so ordinal and interval share the closed forms Σ_{i≠j}(x_i − x_j)² = 2m Σ(x_i − x̄)²
// (per unit) and Σ_c Σ_k n_c n_k (x_c − x_k)² = 2n.. Σ_c n_c (x_c − x̄)², taken around the mean for numerical
// stability; nominal uses Σ_c Σ_k n_c n_k δ² = n..² − Σ n_c². Only ratio's De needs a double loop over the distinct
// values. The coincidence matrix itself is reported for up to `maxCoincidenceValues` distinct values (default 200).
//
// Degenerate cases return alpha: null with a reason: no pairable unit (including fewer than two coders), and a single
// value among the pairable values (De = 0: 'no variation'). The bootstrap (bootstrap.ts) reuses the per-unit pieces.

import { checkData, checkValue, compareValues, formatValue } from './data';
import type { Level, ReliabilityData, Value } from './types';

export interface AlphaOptions {
  /** Ordinal ranks from lowest to highest; takes precedence over data.order. */
  order?: readonly Value[];
  /** Report the coincidence matrix only up to this many distinct values (default 200); alpha is computed regardless. */
  maxCoincidenceValues?: number;
}

export interface AlphaResult {
  alpha: number | null;
  reason: string | null;
  level: Level;
  /** Pairable units: units with at least two values. */
  units: number;
  /** n.., the number of pairable values. */
  pairableValues: number;
  /** Do; null when there is no pairable value. */
  observedDisagreement: number | null;
  /** De; null when there is no pairable value. */
  expectedDisagreement: number | null;
  /**
   * o_ck over the distinct pairable values, in rank order (ordinal), numeric order (interval, ratio) or sorted
   * (nominal: numbers, then strings); matrix is null above maxCoincidenceValues distinct values.
   */
  coincidence: { values: Value[]; matrix: number[][] | null };
  /** n_c, aligned with coincidence.values. */
  marginals: number[];
}

export const NO_VARIATION = 'no variation';
const NO_PAIRABLE_UNIT = 'no pairable unit (no unit has two or more values)';

/** Pairable units reduced to indices into `values` (flattened: unit u is indices[offsets[u]..offsets[u + 1])). */
export interface PreparedAlpha {
  level: Level;
  values: Value[];
  /** The values as numbers (interval, ratio); zeros otherwise. */
  numbers: Float64Array;
  indices: Int32Array;
  offsets: Int32Array;
  /** Σ_{i≠j} δ²/(m_u − 1) per unit for the levels whose δ² does not depend on the marginals (all but ordinal). */
  unitDisagreement: Float64Array | null;
}

export function ranks(order: readonly Value[]): Map<Value, number> {
  const rank = new Map<Value, number>();
  for (const v of order) {
    if (rank.has(v)) throw new RangeError(`ordinal order lists ${formatValue(v)} twice`);
    rank.set(v, rank.size);
  }
  return rank;
}

/** Throws unless `v` is a value the level can take (a finite number or a string, within the ordinal order, etc.). */
function checkLevelValue(v: unknown, level: Level, rank: Map<Value, number> | null, where: string): void {
  checkValue(v, where);
  if (rank) {
    if (!rank.has(v)) throw new RangeError(`${where}: ordinal value ${formatValue(v)} is not in the given order`);
  } else if (level !== 'nominal' && typeof v !== 'number') {
    const hint = level === 'ordinal' ? ' (or give the ordinal categories in `order`)' : '';
    throw new TypeError(`${where}: ${level} values must be numbers${hint}, got ${formatValue(v)}`);
  } else if (level === 'ratio' && (v as number) < 0) {
    throw new RangeError(`${where}: ratio values must be non-negative, got ${v}`);
  }
}

/** Whether the level can take `v` (the quick test; checkLevelValue throws the descriptive error). */
export function levelAccepts(v: Value, level: Level, rank: Map<Value, number> | null): boolean {
  if (level === 'interval' || level === 'ratio' || (level === 'ordinal' && !rank)) return typeof v === 'number' && Number.isFinite(v) && (level !== 'ratio' || v >= 0);
  return rank ? rank.has(v) : typeof v === 'string' || Number.isFinite(v);
}

/**
 * Checks the data for the level and lists the pairable units; throws on malformed rows and on values the level cannot
 * take. One pass over the data (this is most of the cost of alpha).
 */
export function prepareAlpha(data: ReliabilityData, level: Level, options: AlphaOptions = {}): PreparedAlpha {
  if (!Array.isArray(data.coders) || !Array.isArray(data.units)) checkData(data); // throws the descriptive error
  const coders = data.coders.length;
  const order = options.order ?? data.order;
  const rank = level === 'ordinal' && order ? ranks(order) : null;

  const index = new Map<Value, number>();
  const seen: Value[] = [];
  const indices = new Int32Array(data.units.length * coders);
  const offsets: number[] = [0];
  let p = 0;
  for (let u = 0; u < data.units.length; u++) {
    const row = data.units[u];
    if (!Array.isArray(row) || row.length !== coders) checkData(data);
    const start = p;
    for (let c = 0; c < coders; c++) {
      const v = row[c];
      if (v === null) continue;
      let i = index.get(v);
      if (i === undefined) {
        if (!levelAccepts(v, level, rank)) checkLevelValue(v, level, rank, `unit ${u}, coder ${c}`);
        i = seen.push(v) - 1;
        index.set(v, i);
      }
      indices[p++] = i;
    }
    if (p - start < 2) p = start; // not pairable: forget its value (a lone value never reaches the marginals)
    else offsets.push(p);
  }

  // Values seen only in units that turned out unpairable stay in `seen`; keep only the pairable ones, sorted.
  const used = new Uint8Array(seen.length);
  for (let q = 0; q < p; q++) used[indices[q]] = 1;
  const values = seen.filter((_v, i) => used[i]).sort(rank ? (a, b) => rank.get(a)! - rank.get(b)! : compareValues);
  const position = new Int32Array(seen.length);
  values.forEach((v, i) => (position[index.get(v)!] = i));
  const pairable = indices.subarray(0, p);
  for (let q = 0; q < p; q++) pairable[q] = position[pairable[q]];

  const numbers = new Float64Array(values.length);
  if (level === 'interval' || level === 'ratio') values.forEach((v, i) => (numbers[i] = v as number));
  const prepared: PreparedAlpha = { level, values, numbers, indices: pairable, offsets: Int32Array.from(offsets), unitDisagreement: null };
  if (level !== 'ordinal') {
    const units = offsets.length - 1;
    const perUnit = new Float64Array(units);
    for (let w = 0; w < units; w++) perUnit[w] = unitDisagreement(prepared, w, numbers);
    prepared.unitDisagreement = perUnit;
  }
  return prepared;
}

/**
 * Σ_{i≠j} δ²(v_i, v_j) / (m_u − 1) over unit u's values; `x` gives each value's position on the interval scale
 * (the numbers themselves, or ordinal mid-ranks).
 */
export function unitDisagreement(prepared: PreparedAlpha, u: number, x: Float64Array): number {
  return disagreement(prepared.level, prepared.indices, prepared.offsets[u], prepared.offsets[u + 1], x);
}

/** The same sum over the values x[indices[start]], …, x[indices[end − 1]] of one unit. */
export function disagreement(level: Level, indices: Int32Array, start: number, end: number, x: Float64Array): number {
  const m = end - start;
  let sum = 0;
  if (level === 'nominal') {
    for (let p = start; p < end; p++) for (let q = p + 1; q < end; q++) if (indices[p] !== indices[q]) sum += 2;
  } else if (level === 'ratio') {
    for (let p = start; p < end; p++) {
      for (let q = p + 1; q < end; q++) {
        const a = x[indices[p]];
        const b = x[indices[q]];
        if (a !== b) sum += 2 * ((a - b) / (a + b)) ** 2;
      }
    }
  } else {
    let mean = 0;
    for (let p = start; p < end; p++) mean += x[indices[p]];
    mean /= m;
    for (let p = start; p < end; p++) sum += (x[indices[p]] - mean) ** 2;
    sum *= 2 * m;
  }
  return sum / (m - 1);
}

/** Ordinal mid-ranks r_c = Σ_{g<c} n_g + n_c/2. */
export function midRanks(marginals: Float64Array): Float64Array {
  const r = new Float64Array(marginals.length);
  let below = 0;
  for (let c = 0; c < marginals.length; c++) {
    r[c] = below + marginals[c] / 2;
    below += marginals[c];
  }
  return r;
}

export interface AlphaFigures {
  alpha: number | null;
  reason: string | null;
  observedDisagreement: number | null;
  expectedDisagreement: number | null;
}

/** Alpha from Σ_u unitDisagreement (the numerator of Do), the marginals and the values' positions `x`. */
export function alphaFromSums(level: Level, observedSum: number, marginals: Float64Array, x: Float64Array): AlphaFigures {
  const V = marginals.length;
  let n = 0;
  let distinct = 0;
  for (let c = 0; c < V; c++) {
    n += marginals[c];
    if (marginals[c] > 0) distinct++;
  }
  if (n === 0) return { alpha: null, reason: NO_PAIRABLE_UNIT, observedDisagreement: null, expectedDisagreement: null };
  let expectedSum = 0; // Σ_c Σ_k n_c n_k δ²_ck
  if (level === 'nominal') {
    let squares = 0;
    for (let c = 0; c < V; c++) squares += marginals[c] * marginals[c];
    expectedSum = n * n - squares;
  } else if (level === 'ratio') {
    for (let c = 0; c < V; c++) {
      if (marginals[c] === 0) continue;
      for (let k = c + 1; k < V; k++) {
        if (marginals[k] === 0) continue;
        const a = x[c];
        const b = x[k];
        expectedSum += 2 * marginals[c] * marginals[k] * ((a - b) / (a + b)) ** 2;
      }
    }
  } else {
    let mean = 0;
    for (let c = 0; c < V; c++) mean += marginals[c] * x[c];
    mean /= n;
    for (let c = 0; c < V; c++) expectedSum += marginals[c] * (x[c] - mean) ** 2;
    expectedSum *= 2 * n;
  }
  const Do = observedSum / n;
  const De = expectedSum / (n * (n - 1));
  if (distinct < 2 || !(De > 0)) return { alpha: null, reason: NO_VARIATION, observedDisagreement: Do, expectedDisagreement: De };
  return { alpha: 1 - Do / De, reason: null, observedDisagreement: Do, expectedDisagreement: De };
}

/** The coincidence matrix o_ck: integer pair counts per unit size m, divided by m − 1 once at the end (exact). */
export function coincidenceMatrix(prepared: Pick<PreparedAlpha, 'values' | 'indices' | 'offsets'>): number[][] {
  const V = prepared.values.length;
  const { indices, offsets } = prepared;
  const bySize = new Map<number, Float64Array>();
  for (let u = 0; u + 1 < offsets.length; u++) {
    const start = offsets[u];
    const end = offsets[u + 1];
    let counts = bySize.get(end - start);
    if (!counts) bySize.set(end - start, (counts = new Float64Array(V * V)));
    for (let p = start; p < end; p++) for (let q = start; q < end; q++) if (q !== p) counts[indices[p] * V + indices[q]] += 1;
  }
  const matrix = Array.from({ length: V }, () => new Array<number>(V).fill(0));
  for (const [m, counts] of bySize) {
    for (let c = 0; c < V; c++) for (let k = 0; k < V; k++) if (counts[c * V + k]) matrix[c][k] += counts[c * V + k] / (m - 1);
  }
  return matrix;
}

export function krippendorffAlpha(data: ReliabilityData, level: Level, options: AlphaOptions = {}): AlphaResult {
  const prepared = prepareAlpha(data, level, options);
  const V = prepared.values.length;
  const units = prepared.offsets.length - 1;
  const marginals = new Float64Array(V);
  for (const i of prepared.indices) marginals[i]++;
  let x = prepared.numbers;
  let observedSum = 0;
  if (prepared.unitDisagreement) {
    for (const d of prepared.unitDisagreement) observedSum += d;
  } else {
    x = midRanks(marginals);
    for (let u = 0; u < units; u++) observedSum += unitDisagreement(prepared, u, x);
  }
  const figures = alphaFromSums(level, observedSum, marginals, x);
  const reason = figures.reason && data.coders.length < 2 ? 'fewer than two coders' : figures.reason;
  const matrix = V <= (options.maxCoincidenceValues ?? 200) ? coincidenceMatrix(prepared) : null;
  return {
    alpha: figures.alpha,
    reason,
    level,
    units,
    pairableValues: prepared.indices.length,
    observedDisagreement: figures.observedDisagreement,
    expectedDisagreement: figures.expectedDisagreement,
    coincidence: { values: [...prepared.values], matrix },
    marginals: Array.from(marginals),
  };
}
