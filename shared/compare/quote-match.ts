// Which quotations are the same words across articles, ignoring quote style, case and punctuation, and allowing
// one article to quote only part of what another quotes ("Threats will not free a single captive.").
import { UnionFind } from './union-find';

/** Shortest quotation that can match: "hell to pay". */
export const MIN_QUOTE_WORDS = 3;
/** Two quotations that overlap without one containing the other need this many words in a row in common… */
export const MIN_SHARED_RUN = 6;
/** …and that run must be at least this share of the shorter one. */
export const MIN_RUN_SHARE = 0.5;

/** Longest run of consecutive equal words in a and b. */
export function longestCommonRun(a: string[], b: string[]): number {
  let best = 0;
  let previous = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const current = new Uint16Array(b.length + 1);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        current[j] = previous[j - 1] + 1;
        if (current[j] > best) best = current[j];
      }
    }
    previous = current;
  }
  return best;
}

/** 0 when the quotations do not match; else the share of the longer one that the common run covers (1 = identical). */
export function quoteSimilarity(a: string[], b: string[]): number {
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_QUOTE_WORDS) return 0;
  const run = longestCommonRun(a, b);
  const contained = run === shorter;
  if (!contained && (run < MIN_SHARED_RUN || run < MIN_RUN_SHARE * shorter)) return 0;
  return run / Math.max(a.length, b.length);
}

export interface QuoteMatch {
  a: number;
  b: number;
  score: number;
}

/** Matching pairs among quotations (word lists); only pairs sharing a three-word run are compared. */
export function matchQuotations(quotes: string[][]): QuoteMatch[] {
  const index = new Map<string, number[]>();
  quotes.forEach((words, q) => {
    const seen = new Set<string>();
    for (let i = 0; i + MIN_QUOTE_WORDS <= words.length; i++) {
      const key = words.slice(i, i + MIN_QUOTE_WORDS).join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const list = index.get(key);
      if (list) list.push(q);
      else index.set(key, [q]);
    }
  });
  const compared = new Set<number>();
  const matches: QuoteMatch[] = [];
  for (const list of index.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const pair = list[i] * quotes.length + list[j];
        if (compared.has(pair)) continue;
        compared.add(pair);
        const score = quoteSimilarity(quotes[list[i]], quotes[list[j]]);
        if (score > 0) matches.push({ a: list[i], b: list[j], score });
      }
    }
  }
  return matches;
}

/** Quotations joined through matches: each group is one statement, quoted in full or in part. */
export function groupQuotations(count: number, matches: QuoteMatch[]): number[][] {
  const sets = new UnionFind(count);
  for (const m of matches) sets.union(m.a, m.b);
  return sets.groups();
}
