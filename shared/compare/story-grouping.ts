// Groups articles about the same event: candidate pairs from an inverted index over each article's most distinctive
// terms (no all-pairs comparison), confirmed by TF-IDF cosine within a date window, joined into components and
// pruned to a core.
import { centroid, cosine, documentFrequencies, idfWeights, tfidfVector, type SparseVector, type TermCounts, type Vocabulary } from './tfidf';
import { UnionFind } from './union-find';

export interface GroupingDoc {
  id: number;
  outletId: number;
  /** Days since 1970-01-01, or null when the article has no date (it may then pair with any date). */
  day: number | null;
  terms: TermCounts;
}

export interface GroupingOptions {
  /** Two articles pair only if their dates are at most this many days apart. */
  windowDays: number;
  /** Cosine two articles need to be linked. */
  minEdge: number;
  /** Cosine a member needs with its group's centroid to stay in the group. */
  minCentroid: number;
  /** How many of its heaviest TF-IDF terms index each article for candidate search (all terms count in the cosine). */
  signatureSize: number;
  /** Signature terms two articles must share to be compared at all. */
  minShared: number;
}

export const DEFAULT_GROUPING: GroupingOptions = { windowDays: 3, minEdge: 0.3, minCentroid: 0.45, signatureSize: 25, minShared: 3 };

export interface DocGroup {
  /** Indexes into the docs array. */
  members: number[];
  /** Mean cosine of the members with the group's centroid. */
  score: number;
  centroid: SparseVector;
  /** Each member's cosine with the centroid. */
  memberScores: number[];
}

/** The doc's heaviest terms that some other doc also has: the only terms that can propose it as a candidate. */
function signatureTerms(vector: SparseVector, df: Int32Array, size: number): number[] {
  const order: number[] = [];
  vector.ids.forEach((id, i) => {
    if (df[id] >= 2) order.push(i);
  });
  order.sort((a, b) => vector.weights[b] - vector.weights[a]);
  return order.slice(0, size).map((i) => vector.ids[i]);
}

interface Posting {
  dated: { doc: number; day: number }[];
  undated: number[];
}

/** First index in a day-sorted list whose day is >= day. */
function lowerBound(list: { day: number }[], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Pairs (i < j) within the date window that share at least minShared signature terms. Each doc is posted under
 * its signatureSize heaviest terms only (prefix filtering), and postings are sorted by date, so a common word
 * never makes every pair of articles a candidate and a long-running topic only pairs articles of nearby days.
 */
function candidatePairs(docs: GroupingDoc[], signatures: number[][], options: GroupingOptions): [number, number][] {
  const postings = new Map<number, Posting>();
  signatures.forEach((terms, i) => {
    for (const id of terms) {
      let posting = postings.get(id);
      if (!posting) postings.set(id, (posting = { dated: [], undated: [] }));
      const day = docs[i].day;
      if (day === null) posting.undated.push(i);
      else posting.dated.push({ doc: i, day });
    }
  });
  for (const p of postings.values()) p.dated.sort((a, b) => a.day - b.day);
  const shared = new Int32Array(docs.length);
  const pairs: [number, number][] = [];
  signatures.forEach((terms, i) => {
    const touched: number[] = [];
    const visit = (j: number) => {
      if (j <= i) return;
      if (shared[j] === 0) touched.push(j);
      shared[j]++;
    };
    const day = docs[i].day;
    for (const id of terms) {
      const posting = postings.get(id)!;
      posting.undated.forEach(visit);
      if (day === null) posting.dated.forEach((p) => visit(p.doc));
      else for (let k = lowerBound(posting.dated, day - options.windowDays); k < posting.dated.length && posting.dated[k].day <= day + options.windowDays; k++) visit(posting.dated[k].doc);
    }
    for (const j of touched) {
      if (shared[j] >= options.minShared) pairs.push([i, j]);
      shared[j] = 0;
    }
  });
  return pairs;
}

/** Drops members far from the centroid until the group is stable, so one chance link cannot chain two stories. */
function prune(members: number[], vectors: SparseVector[], minCentroid: number): { members: number[]; center: SparseVector; scores: number[] } {
  let current = members;
  for (let round = 0; round < 5; round++) {
    const center = centroid(current.map((m) => vectors[m]));
    const scores = current.map((m) => cosine(vectors[m], center));
    const kept = current.filter((_, i) => scores[i] >= minCentroid);
    if (kept.length === current.length || kept.length < 2) return { members: kept.length < 2 ? [] : current, center, scores };
    current = kept;
  }
  const center = centroid(current.map((m) => vectors[m]));
  return { members: current, center, scores: current.map((m) => cosine(vectors[m], center)) };
}

export function groupDocuments(docs: GroupingDoc[], vocabulary: Vocabulary, options: GroupingOptions = DEFAULT_GROUPING): DocGroup[] {
  const df = documentFrequencies(
    docs.map((d) => d.terms),
    vocabulary.size,
  );
  const idf = idfWeights(df, docs.length);
  const vectors = docs.map((d) => tfidfVector(d.terms, idf));
  const sets = new UnionFind(docs.length);
  const signatures = vectors.map((v) => signatureTerms(v, df, options.signatureSize));
  for (const [i, j] of candidatePairs(docs, signatures, options)) {
    if (cosine(vectors[i], vectors[j]) >= options.minEdge) sets.union(i, j);
  }
  const groups: DocGroup[] = [];
  for (const component of sets.groups()) {
    if (component.length < 2) continue;
    const { members, center, scores } = prune(component, vectors, options.minCentroid);
    if (new Set(members.map((m) => docs[m].outletId)).size < 2) continue;
    const score = scores.reduce((a, b) => a + b, 0) / scores.length;
    groups.push({ members, score, centroid: center, memberScores: scores });
  }
  return groups.sort((a, b) => b.members.length - a.members.length || b.score - a.score);
}
