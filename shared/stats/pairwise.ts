// Figures for every pair of coders, for the reliability report: which coder drifts from the others.
//
// pairwise(data, fn) calls fn on the two-coder reliability data of each pair (i < j, in coder order), all units kept
// (a unit one of the two left empty is simply not pairable for that pair), `order` carried over. For example
//   pairwise(data, (d) => ({ agreement: percentAgreement(d).agreement, alpha: krippendorffAlpha(d, 'nominal').alpha }))

import { checkData } from './data';
import type { ReliabilityData } from './types';

export interface CoderPair<T> {
  coders: [string, string];
  /** Column indices of the two coders in the original data. */
  indices: [number, number];
  result: T;
}

export function pairwise<T>(data: ReliabilityData, fn: (pair: ReliabilityData) => T): CoderPair<T>[] {
  checkData(data);
  const result: CoderPair<T>[] = [];
  const m = data.coders.length;
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      const pair: ReliabilityData = {
        coders: [data.coders[i], data.coders[j]],
        units: data.units.map((row) => [row[i], row[j]]),
        ...(data.order ? { order: data.order } : {}),
      };
      result.push({ coders: [data.coders[i], data.coders[j]], indices: [i, j], result: fn(pair) });
    }
  }
  return result;
}
