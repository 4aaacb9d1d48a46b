// Sparse TF-IDF vectors over interned term ids, unit length, compared by cosine.

/** Term ids sorted ascending with their weights; unit length unless empty. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
}

/** Maps terms to small integer ids, shared by every document of one computation. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly terms: string[] = [];

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  get size(): number {
    return this.terms.length;
  }
}

/** Term counts of one document: term ids ascending, with their counts. Typed arrays keep 10,000 of them cheap. */
export interface TermCounts {
  ids: Int32Array;
  counts: Float32Array;
}

/** Counts terms as they are emitted; `scratch` is a map to reuse between documents (it is cleared). */
export function countTerms(vocabulary: Vocabulary, emitAll: (emit: (term: string) => void) => void, scratch = new Map<number, number>()): TermCounts {
  scratch.clear();
  emitAll((term) => {
    const id = vocabulary.id(term);
    scratch.set(id, (scratch.get(id) ?? 0) + 1);
  });
  const ids = Int32Array.from(scratch.keys()).sort();
  return { ids, counts: Float32Array.from(ids, (id) => scratch.get(id)!) };
}

export const listTerms = (terms: Iterable<string>) => (emit: (term: string) => void) => {
  for (const term of terms) emit(term);
};

export function documentFrequencies(docs: TermCounts[], vocabularySize: number): Int32Array {
  const df = new Int32Array(vocabularySize);
  for (const doc of docs) for (const id of doc.ids) df[id]++;
  return df;
}

/** Smoothed idf, ln((1 + n) / (1 + df)) + 1: a term in every document still weighs 1, so small corpora work. */
export function idfWeights(df: Int32Array, n: number): Float32Array {
  return Float32Array.from(df, (d) => Math.log((1 + n) / (1 + d)) + 1);
}

/** Sublinear tf (1 + ln tf) times idf, normalised to unit length. */
export function tfidfVector(terms: TermCounts, idf: Float32Array): SparseVector {
  const ids = terms.ids;
  const weights = new Float32Array(ids.length);
  let norm = 0;
  ids.forEach((id, i) => {
    const w = (1 + Math.log(terms.counts[i])) * idf[id];
    weights[i] = w;
    norm += w * w;
  });
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] /= norm;
  return { ids, weights };
}

export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    if (a.ids[i] === b.ids[j]) dot += a.weights[i++] * b.weights[j++];
    else if (a.ids[i] < b.ids[j]) i++;
    else j++;
  }
  return dot;
}

/** The normalised mean of several vectors. */
export function centroid(vectors: SparseVector[]): SparseVector {
  const sum = new Map<number, number>();
  for (const v of vectors) v.ids.forEach((id, i) => sum.set(id, (sum.get(id) ?? 0) + v.weights[i]));
  const ids = Int32Array.from(sum.keys()).sort();
  const weights = Float32Array.from(ids, (id) => sum.get(id)!);
  const norm = Math.sqrt(weights.reduce((n, w) => n + w * w, 0));
  if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] /= norm;
  return { ids, weights };
}
