// Near-duplicate detection (MinHash LSH, verified) and word diffs with offsets in both texts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minhashSignature, shingleSet } from '../../shared/compare/minhash';
import { duplicateGroups, duplicatePairs, pickBase } from '../../shared/compare/near-duplicates';
import { wordEdits } from '../../shared/compare/word-diff';

function randomText(seed: number, n: number): string[] {
  let s = seed;
  return Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return `w${s % 5000}`;
  });
}

describe('near-duplicates', () => {
  it('finds edited copies and leaves different texts alone', () => {
    const wire = randomText(1, 300);
    const copy = [...wire];
    copy[40] = 'shunned';
    copy.splice(120, 0, ...'the talks mark a notable departure'.split(' '));
    const cut = wire.slice(0, 200);
    const texts = [wire, randomText(2, 300), copy, cut, randomText(3, 300)].map((w) => w.join(' '));
    const pairs = duplicatePairs(texts, (t) => t);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([[0, 2], [0, 3], [2, 3]]);
    expect(pairs[1].containment).toBe(1);
    expect(duplicateGroups(texts.length, pairs)).toEqual([[0, 2, 3]]);
  });

  it('estimates Jaccard from signatures: identical texts agree in every bin', () => {
    const text = randomText(7, 200).join(' ');
    expect(Array.from(minhashSignature(shingleSet(text)))).toEqual(Array.from(minhashSignature(shingleSet(`${text} `))));
  });

  it('bases a group on the earliest, then the longest version', () => {
    const members = [
      { id: 7, publishedAt: '2025-03-06', wordCount: 500 },
      { id: 6, publishedAt: '2025-03-05', wordCount: 480 },
      { id: 5, publishedAt: '2025-03-05', wordCount: 510 },
    ];
    expect(pickBase(members).id).toBe(5);
  });
});

describe('word diffs', () => {
  it('reports replacements, insertions and deletions with offsets in both texts', () => {
    const base = 'The United States had previously avoided direct talks.  It did not elaborate. Editing by Paul.';
    const other = 'The United States had previously shunned direct talks. It did not elaborate. A new sentence.';
    const edits = wordEdits(base, other);
    expect(edits.map((e) => [e.kind, e.before, e.after])).toEqual([
      ['replace', 'avoided', 'shunned'],
      ['replace', 'Editing by Paul', 'A new sentence'],
    ]);
    for (const e of edits) {
      expect(base.slice(e.baseStart, e.baseEnd)).toBe(e.before);
      expect(other.slice(e.start, e.end)).toBe(e.after);
    }
  });

  it('edits applied to the base give the other text (up to white space)', () => {
    const word = fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'said.', '"quote"', 'x,', 'y');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.array(word, { maxLength: 30 }), fc.constantFrom(' ', '  ', '\n\n'), (a, b, gap) => {
        const base = a.join(gap);
        const other = b.join(' ');
        let rebuilt = '';
        let at = 0;
        for (const e of wordEdits(base, other)) {
          expect(base.slice(e.baseStart, e.baseEnd)).toBe(e.before);
          expect(other.slice(e.start, e.end)).toBe(e.after);
          rebuilt += `${base.slice(at, e.baseStart)} ${e.after} `;
          at = e.baseEnd;
        }
        rebuilt += base.slice(at);
        const squash = (s: string) => s.split(/\s+/).filter(Boolean).join(' ');
        expect(squash(rebuilt)).toBe(squash(other));
      }),
    );
  });
});
