// Bootstrap confidence interval for Krippendorff's alpha (krippendorff-alpha.ts), deterministic from a seed.
//
// What is resampled: UNITS. Each replicate draws as many pairable units as the data hold, with replacement (mulberry32,
// prng.ts), and recomputes alpha in full from them: the marginals, Do, De and, at the ordinal level, the differences
// from the replicate's own marginals. The interval is the percentile interval of the replicates
// (quantiles with linear interpolation between order statistics, Hyndman & Fan type 7).
//
// Why not Hayes & Krippendorff's (2007) scheme: KALPHA ("Answering the call for a standard reliability measure for
// coding data", Communication Methods and Measures 1(1), 77–89; Krippendorff's "Algorithm for bootstrapping a
// distribution of α", 2006/2011) draws individual pairable values (coincidences) with replacement and keeps De fixed.
// That treats the values within a unit as independent, although they come from the same unit, and ignores the
// sampling variation of De; Gwet (2015, "Standard error of Krippendorff's alpha", inter-rater-reliability blog) and
// Hughes (2022, "Toward improved inference for Krippendorff's alpha agreement coefficient", arXiv:2210.13265) show its
// intervals are too narrow. The units are the sampled entities in a reliability study (coders code a sample of
// units), so they are what the bootstrap resamples, as in Efron & Tibshirani's nonparametric bootstrap.
//
// q keeps Hayes & Krippendorff's reading: for each minimum α_min (default 0.667 and 0.800, Krippendorff's 2004
// thresholds for tentative and firm conclusions), the share of replicates with alpha < α_min, i.e. the estimated
// probability of failing to reach it.
//
// A replicate can have a single value among its pairable values (alpha undefined, 'no variation'); such replicates are
// left out of the interval and of q and counted in `undefinedSamples`.

import { NO_VARIATION, alphaFromSums, krippendorffAlpha, midRanks, prepareAlpha, unitDisagreement } from './krippendorff-alpha';
import type { AlphaOptions } from './krippendorff-alpha';
import { mulberry32, randomInt } from './prng';
import type { Level, ReliabilityData } from './types';

export interface BootstrapOptions extends AlphaOptions {
  /** Number of replicates; default 1000. */
  samples?: number;
  /** PRNG seed (taken modulo 2^32); default 1, so that an unseeded call is still reproducible. */
  seed?: number;
  /** Confidence level of the percentile interval, in (0, 1); default 0.95. */
  confidence?: number;
  /** Minimum alphas for q; default [0.667, 0.8]. */
  minimums?: readonly number[];
}

export interface BootstrapResult {
  /** Alpha of the data themselves. */
  alpha: number | null;
  /** Why alpha, or else the interval, is null. */
  reason: string | null;
  level: Level;
  lower: number | null;
  upper: number | null;
  confidence: number;
  samples: number;
  /** Replicates where alpha was undefined (no variation); not part of lower, upper, q. */
  undefinedSamples: number;
  seed: number;
  /** Standard deviation of the defined replicates; null with fewer than two. */
  standardError: number | null;
  /** Share of defined replicates with alpha below each minimum; null when there is none. */
  q: { minimum: number; probability: number | null }[];
}

/** Quantile p of ascending `sorted` (Hyndman & Fan type 7, R's default). */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function bootstrapAlpha(data: ReliabilityData, level: Level, options: BootstrapOptions = {}): BootstrapResult {
  const samples = options.samples ?? 1000;
  const seed = (options.seed ?? 1) >>> 0;
  const confidence = options.confidence ?? 0.95;
  const minimums = options.minimums ?? [0.667, 0.8];
  if (!Number.isInteger(samples) || samples < 1) throw new RangeError(`bootstrap: samples must be a positive integer, got ${samples}`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`bootstrap: confidence must lie in (0, 1), got ${confidence}`);

  const point = krippendorffAlpha(data, level, options);
  const base = { alpha: point.alpha, reason: point.reason, level, confidence, samples, seed };
  const none = minimums.map((minimum) => ({ minimum, probability: null }));
  if (point.alpha === null) return { ...base, lower: null, upper: null, undefinedSamples: 0, standardError: null, q: none };

  const prepared = prepareAlpha(data, level, options);
  const { indices, offsets, unitDisagreement: fixed } = prepared;
  const units = offsets.length - 1;
  const marginals = new Float64Array(prepared.values.length);
  const drawn = new Int32Array(units);
  const random = mulberry32(seed);
  const alphas: number[] = [];
  for (let s = 0; s < samples; s++) {
    marginals.fill(0);
    let observedSum = 0;
    for (let i = 0; i < units; i++) {
      const u = randomInt(random, units);
      drawn[i] = u;
      for (let p = offsets[u]; p < offsets[u + 1]; p++) marginals[indices[p]]++;
      if (fixed) observedSum += fixed[u];
    }
    let x = prepared.numbers;
    if (!fixed) {
      x = midRanks(marginals); // ordinal: the differences follow the replicate's own marginals
      for (let i = 0; i < units; i++) observedSum += unitDisagreement(prepared, drawn[i], x);
    }
    const figures = alphaFromSums(level, observedSum, marginals, x);
    if (figures.alpha !== null) alphas.push(figures.alpha);
    else if (figures.reason !== NO_VARIATION) throw new Error(`bootstrap: unexpected undefined alpha (${figures.reason})`);
  }
  const undefinedSamples = samples - alphas.length;
  if (alphas.length === 0) {
    return { ...base, reason: 'no bootstrap replicate had variation', lower: null, upper: null, undefinedSamples, standardError: null, q: none };
  }
  const sorted = Float64Array.from(alphas).sort();
  const tail = (1 - confidence) / 2;
  let mean = 0;
  for (const a of alphas) mean += a;
  mean /= alphas.length;
  let squares = 0;
  for (const a of alphas) squares += (a - mean) ** 2;
  return {
    ...base,
    lower: quantile(sorted, tail),
    upper: quantile(sorted, 1 - tail),
    undefinedSamples,
    standardError: alphas.length > 1 ? Math.sqrt(squares / (alphas.length - 1)) : null,
    q: minimums.map((minimum) => ({ minimum, probability: alphas.filter((a) => a < minimum).length / alphas.length })),
  };
}
