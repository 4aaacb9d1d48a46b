// Cohen's kappa (two coders) and Fleiss' kappa (a fixed number of coders per unit) over reliability data (types.ts).
// Both are nominal: values agree when identical (===).
//
// Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological Measurement 20(1), 37–46.
//   Over the n units both coders coded, with p_c and q_c the two coders' own proportions of category c:
//     p_o = (units where the two values agree) / n,   p_e = Σ_c p_c q_c,   κ = (p_o − p_e) / (1 − p_e)
//   Units one coder left empty are skipped (counted in `skippedUnits`). p_e = 1 (both coders used one and the same
//   category throughout) leaves κ undefined (0/0): kappa is null with a reason.
//
// Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological Bulletin 76(5), 378–382.
//   Every unit must carry the same number m ≥ 2 of values (the raters need not be the same people). With n_ij the
//   number of values of category j in unit i, N units:
//     P_i = (Σ_j n_ij² − m) / (m(m − 1)),  P̄ = (1/N) Σ_i P_i,  p_j = Σ_i n_ij / (N m),  P̄e = Σ_j p_j²,
//     κ = (P̄ − P̄e) / (1 − P̄e)
//   Missing values: m is options.m if given, else the most common number of values among units with at least two
//   (ties go to the larger m). Units with any other number of values are skipped and counted in `skippedUnits`;
//   with missing data, Krippendorff's alpha (krippendorff-alpha.ts) is the coefficient that uses every pairable value.
//   P̄e = 1 (a single category) leaves κ undefined: kappa is null with a reason.
//
// Expected agreements are computed from integer counts, so the degenerate case p_e = 1 is detected exactly.

import { checkData, compareValues } from './data';
import type { ReliabilityData, Value, ValueTable } from './types';

export interface CohensKappaResult {
  kappa: number | null;
  reason: string | null;
  /** p_o; null when no unit was coded by both coders. */
  observed: number | null;
  /** p_e; null when no unit was coded by both coders. */
  expected: number | null;
  /** Units coded by both coders. */
  n: number;
  skippedUnits: number;
  /** Counts: rows are the first coder's values, columns the second's. */
  table: ValueTable;
}

export function cohensKappa(data: ReliabilityData): CohensKappaResult {
  checkData(data);
  if (data.coders.length !== 2) {
    throw new RangeError(`Cohen's kappa needs exactly two coders, got ${data.coders.length}; use Fleiss' kappa or Krippendorff's alpha for more`);
  }
  const pairs: [Value, Value][] = [];
  const seen = new Set<Value>();
  for (const [a, b] of data.units) {
    if (a === null || b === null) continue;
    pairs.push([a, b]);
    seen.add(a);
    seen.add(b);
  }
  const values = [...seen].sort(compareValues);
  const index = new Map(values.map((v, i) => [v, i]));
  const matrix = values.map(() => values.map(() => 0));
  for (const [a, b] of pairs) matrix[index.get(a)!][index.get(b)!]++;
  const n = pairs.length;
  const base = { n, skippedUnits: data.units.length - n, table: { values, matrix } };
  if (n === 0) return { kappa: null, reason: 'no unit was coded by both coders', observed: null, expected: null, ...base };

  let agreeing = 0;
  let expectedCount = 0; // Σ_c rowTotal_c · columnTotal_c, an integer; p_e = expectedCount / n²
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

export interface FleissKappaOptions {
  /** Number of values a unit must carry to be used; default: the most common count (≥ 2) in the data. */
  m?: number;
}

export interface FleissKappaResult {
  kappa: number | null;
  reason: string | null;
  /** P̄, the mean agreement within units; null when no unit is used. */
  observed: number | null;
  /** P̄e = Σ_j p_j²; null when no unit is used. */
  expected: number | null;
  /** Units used (N). */
  units: number;
  /** Values per used unit; null when no unit has two or more values. */
  m: number | null;
  /** Units not used because they carry a number of values other than m. */
  skippedUnits: number;
  /** p_j per category over the used units. */
  categories: { values: Value[]; proportions: number[] };
}

function modalCount(data: ReliabilityData): number | null {
  const frequency = new Map<number, number>();
  for (const row of data.units) {
    let m = 0;
    for (const v of row) if (v !== null) m++;
    if (m >= 2) frequency.set(m, (frequency.get(m) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestFrequency = 0;
  for (const [m, f] of frequency) {
    if (f > bestFrequency || (f === bestFrequency && best !== null && m > best)) {
      best = m;
      bestFrequency = f;
    }
  }
  return best;
}

export function fleissKappa(data: ReliabilityData, options: FleissKappaOptions = {}): FleissKappaResult {
  checkData(data);
  if (options.m !== undefined && !(Number.isInteger(options.m) && options.m >= 2)) {
    throw new RangeError(`Fleiss' kappa: m must be an integer ≥ 2, got ${options.m}`);
  }
  const m = options.m ?? modalCount(data);
  const empty = { values: [] as Value[], proportions: [] as number[] };
  if (m === null) {
    const reason = data.coders.length < 2 ? 'fewer than two coders' : 'no unit was coded by two or more coders';
    return { kappa: null, reason, observed: null, expected: null, units: 0, m: null, skippedUnits: data.units.length, categories: empty };
  }

  const totals = new Map<Value, number>();
  const counts = new Map<Value, number>();
  let units = 0;
  let sumSquares = 0; // Σ_i Σ_j n_ij², an integer
  for (const row of data.units) {
    counts.clear();
    let k = 0;
    for (const v of row) {
      if (v === null) continue;
      k++;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    if (k !== m) continue;
    units++;
    for (const [v, n] of counts) {
      sumSquares += n * n;
      totals.set(v, (totals.get(v) ?? 0) + n);
    }
  }
  const skippedUnits = data.units.length - units;
  if (units === 0) {
    return { kappa: null, reason: `no unit carries exactly ${m} values`, observed: null, expected: null, units, m, skippedUnits, categories: empty };
  }

  const values = [...totals.keys()].sort(compareValues);
  const all = units * m;
  let expectedCount = 0; // Σ_j total_j², an integer; P̄e = expectedCount / (N m)²
  for (const v of values) expectedCount += totals.get(v)! ** 2;
  const categories = { values, proportions: values.map((v) => totals.get(v)! / all) };
  const observed = (sumSquares - all) / (all * (m - 1)); // = (1/N) Σ_i (Σ_j n_ij² − m) / (m(m − 1))
  const expected = expectedCount / (all * all);
  if (expectedCount === all * all) {
    return { kappa: null, reason: 'expected agreement is 1: every value is the same category', observed, expected, units, m, skippedUnits, categories };
  }
  return { kappa: (observed - expected) / (1 - expected), reason: null, observed, expected, units, m, skippedUnits, categories };
}
