// Near-duplicate texts (wire copy republished with edits): MinHash LSH candidates confirmed by exact shingle overlap.
import { lshCandidatePairs, minhashSignature, overlap, shingleSet } from './minhash';
import { UnionFind } from './union-find';

/** 5-word shingles; a pair is a near-duplicate at Jaccard ≥ 0.6, or when ≥ 0.8 of the shorter text is in the longer. */
export const SHINGLE_WORDS = 5;
export const MIN_JACCARD = 0.6;
export const MIN_CONTAINMENT = 0.8;
/** Texts with fewer shingles than this (about 25 words) are too short to call copies. */
export const MIN_SHINGLES = 20;

export interface DuplicatePair {
  a: number;
  b: number;
  jaccard: number;
  containment: number;
}

/** Pairs of indexes into `items` whose texts are near-duplicates, a < b. */
export function duplicatePairs<T>(items: T[], textOf: (item: T) => string): DuplicatePair[] {
  const sets = items.map((item) => shingleSet(textOf(item), SHINGLE_WORDS));
  const usable = sets.map((s, i) => (s.length >= MIN_SHINGLES ? i : -1)).filter((i) => i >= 0);
  const signatures = usable.map((i) => minhashSignature(sets[i]));
  const pairs: DuplicatePair[] = [];
  for (const [x, y] of lshCandidatePairs(signatures)) {
    const [a, b] = [usable[x], usable[y]].sort((p, q) => p - q);
    const o = overlap(sets[a], sets[b]);
    if (o.jaccard >= MIN_JACCARD || o.containment >= MIN_CONTAINMENT) pairs.push({ a, b, jaccard: o.jaccard, containment: o.containment });
  }
  return pairs.sort((p, q) => p.a - q.a || p.b - q.b);
}

/** Connected components of the pairs, each sorted, in order of their first member. */
export function duplicateGroups(count: number, pairs: DuplicatePair[]): number[][] {
  const sets = new UnionFind(count);
  for (const p of pairs) sets.union(p.a, p.b);
  return sets.groups().filter((g) => g.length > 1);
}

export interface BaseCandidate {
  publishedAt: string | null;
  wordCount: number;
  id: number;
}

/** The version others are diffed against: the earliest dated, then the most complete (most words), then the lowest id. */
export function pickBase<T extends BaseCandidate>(members: T[]): T {
  return [...members].sort(
    (x, y) => (x.publishedAt ?? '9999').localeCompare(y.publishedAt ?? '9999') || y.wordCount - x.wordCount || x.id - y.id,
  )[0];
}

export const BASE_RULE = 'earliest publication date, then most words, then lowest article id';
