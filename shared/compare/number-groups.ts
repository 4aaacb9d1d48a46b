// Sentences that report the same number ("59 hostages", "since 1997", "a 42-day ceasefire") across articles.

export interface NumberOccurrence {
  unit: number;
  article: number;
  key: string;
  surface: string;
  /** The content word right after the number, if any ("hostages" in "59 hostages"). */
  next: string | null;
}

export interface NumberGroup {
  key: string;
  label: string;
  units: number[];
  score: number;
}

/** Content words (besides the number) a sentence must share with a sentence of another article for the same number. */
export const MIN_SHARED_CONTEXT = 2;

function jaccard(a: Set<string>, b: Set<string>): { shared: number; score: number } {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return { shared, score: shared / (a.size + b.size - shared || 1) };
}

function mostCommon(values: (string | null)[]): [string | null, number] {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: [string | null, number] = [null, 0];
  for (const [v, n] of counts) if (n > best[1]) best = [v, n];
  return best;
}

/** The same number is the same fact only in a shared context: "24 hostages alive" is not "24 hours". */
export function groupNumbers(content: Set<string>[], occurrences: NumberOccurrence[]): NumberGroup[] {
  const byKey = new Map<string, NumberOccurrence[]>();
  for (const o of occurrences) {
    const list = byKey.get(o.key);
    if (list) list.push(o);
    else byKey.set(o.key, [o]);
  }
  const groups: NumberGroup[] = [];
  for (const [key, list] of byKey) {
    const kept: NumberOccurrence[] = [];
    const scores: number[] = [];
    for (const o of list) {
      let best = 0;
      let linked = false;
      for (const other of list) {
        if (other.article === o.article) continue;
        const j = jaccard(content[o.unit], content[other.unit]);
        if (j.shared >= MIN_SHARED_CONTEXT) {
          linked = true;
          best = Math.max(best, j.score);
        }
      }
      if (linked && !kept.some((k) => k.unit === o.unit)) {
        kept.push(o);
        scores.push(best);
      }
    }
    if (new Set(kept.map((k) => k.article)).size < 2) continue;
    const [surface] = mostCommon(kept.map((k) => k.surface));
    const [next, nextCount] = mostCommon(kept.map((k) => k.next));
    const label = next && nextCount * 2 >= kept.length ? `${surface} ${next}` : (surface ?? key);
    groups.push({ key, label, units: kept.map((k) => k.unit), score: scores.reduce((a, b) => a + b, 0) / scores.length });
  }
  return groups;
}
