// Sentences that say the same thing in other words: TF-IDF cosine over content words, grouped greedily from the
// closest pair down, never putting two sentences of one article in the same group.
import { cosine, countTerms, documentFrequencies, idfWeights, listTerms, tfidfVector, Vocabulary } from './tfidf';
import { UnionFind } from './union-find';

/** Cosine two sentences need to count as the same report. */
export const PARAPHRASE_MIN = 0.5;
/** Sentences with fewer content words than this (outside quotation marks) are too thin to compare. */
export const MIN_CONTENT_WORDS = 4;

export interface ParaphraseUnit {
  article: number;
  /** Stemmed content words; the quoted words left out. */
  terms: string[];
  eligible: boolean;
}

export interface ParaphraseGroup {
  units: number[];
  score: number;
}

export function groupParaphrases(units: ParaphraseUnit[], threshold = PARAPHRASE_MIN): ParaphraseGroup[] {
  const vocabulary = new Vocabulary();
  const counts = units.map((u) => countTerms(vocabulary, listTerms(u.terms)));
  const idf = idfWeights(documentFrequencies(counts, vocabulary.size), units.length);
  const vectors = counts.map((c) => tfidfVector(c, idf));
  const usable = units.map((u) => u.eligible && new Set(u.terms).size >= MIN_CONTENT_WORDS);
  const postings = new Map<number, number[]>();
  counts.forEach((c, i) => {
    if (!usable[i]) return;
    for (const id of c.ids) {
      const list = postings.get(id);
      if (list) list.push(i);
      else postings.set(id, [i]);
    }
  });
  const edges: { a: number; b: number; score: number }[] = [];
  const seen = new Set<number>();
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [a, b] = [list[x], list[y]];
        if (units[a].article === units[b].article || seen.has(a * units.length + b)) continue;
        seen.add(a * units.length + b);
        const score = cosine(vectors[a], vectors[b]);
        if (score >= threshold) edges.push({ a, b, score });
      }
    }
  }
  edges.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
  const sets = new UnionFind(units.length);
  const articles = new Map<number, Set<number>>(units.map((u, i) => [i, new Set([u.article])]));
  const scores = new Map<number, number[]>();
  for (const { a, b, score } of edges) {
    const [ra, rb] = [sets.find(a), sets.find(b)];
    if (ra === rb) continue;
    const [sa, sb] = [articles.get(ra)!, articles.get(rb)!];
    if ([...sa].some((x) => sb.has(x))) continue;
    const root = sets.union(ra, rb);
    articles.set(root, new Set([...sa, ...sb]));
    scores.set(root, [...(scores.get(ra) ?? []), ...(scores.get(rb) ?? []), score]);
  }
  return sets
    .groups()
    .filter((g) => g.length > 1)
    .map((g) => {
      const s = scores.get(sets.find(g[0])) ?? [];
      return { units: g, score: s.reduce((x, y) => x + y, 0) / (s.length || 1) };
    });
}
