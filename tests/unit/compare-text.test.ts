// Text normalisation, quotation matching and shingle overlap for outlet comparison.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlap, shingleSet, wordHashes, hashString } from '../../shared/compare/minhash';
import { groupQuotations, matchQuotations, quoteSimilarity } from '../../shared/compare/quote-match';
import { contentWords, numberFacts, quoteWords, stem, straightenQuotes, words } from '../../shared/compare/text';

describe('text normalisation', () => {
  it('straightens quotes and reads numbers as facts', () => {
    expect(straightenQuotes('“Our door” isn’t ‘shut’')).toBe('"Our door" isn\'t \'shut\'');
    expect(numberFacts('a 42-day ceasefire, 2,000 tonnes, a 21-year-old, 59 hostages, 1.5 million.').map((n) => [n.key, n.surface])).toEqual([
      ['42', '42-day'],
      ['2000', '2,000'],
      ['21', '21-year-old'],
      ['59', '59'],
      ['1.5', '1.5'],
    ]);
    expect(quoteWords('“There are American lives on the line,”')).toEqual(quoteWords('"there are American lives on the line."'));
    expect(words('Hamas’s U.S. envoy')).toEqual(["hamas's", 'u.s', 'envoy']);
    expect(contentWords(words('The hostages were held by Hamas in talks'))).toEqual(['hostage', 'held', 'hamas', 'talk']);
    expect(['talks', 'crisis', 'business', 'policies', 'Hamas'].map((w) => stem(w.toLowerCase()))).toEqual(['talk', 'crisis', 'business', 'policy', 'hamas']);
  });
});

describe('quotation matching', () => {
  const q = (text: string) => quoteWords(text);
  it('matches the same words in any quote style, and a quotation quoted in part', () => {
    expect(quoteSimilarity(q('“Threats will not free a single captive.”'), q('"Threats will not free a single captive. Only an agreement that ends the war will do that,"'))).toBeCloseTo(7 / 17);
    expect(quoteSimilarity(q('hell to pay'), q('hell to pay'))).toBe(1);
    expect(quoteSimilarity(q('to pay'), q('to pay'))).toBe(0);
    expect(quoteSimilarity(q('the line between the two is thinner than Washington likes'), q('Washington likes to admit nothing at all today'))).toBe(0);
    expect(quoteSimilarity(q('a b c d e f g h i j'), q('x a b c d e f y z w v u t'))).toBe(6 / 13);
  });

  it('groups quotations transitively', () => {
    const quotes = ['hell to pay', 'there will be hell to pay for this', 'an unrelated remark about the weather', 'there will be hell to pay for this, he said'].map(q);
    expect(groupQuotations(quotes.length, matchQuotations(quotes))).toEqual([[0, 1, 3], [2]]);
  });
});

describe('shingles and overlap', () => {
  it('hashes words as words() splits them', () => {
    const text = 'Hamas’s envoy met U.S. officials, 42-day truce!';
    expect(Array.from(wordHashes(text))).toEqual(words(straightenQuotes(text)).map(hashString));
  });

  it('computes the exact Jaccard and containment of shingle sets', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 5, maxLength: 40 }), fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 5, maxLength: 40 }), (x, y) => {
        const [sx, sy] = [shingleSet(x.join(' '), 3), shingleSet(y.join(' '), 3)];
        const [setX, setY] = [new Set(sx), new Set(sy)];
        const shared = [...setX].filter((h) => setY.has(h)).length;
        const o = overlap(sx, sy);
        expect(o.shared).toBe(shared);
        expect(o.jaccard).toBeCloseTo(shared / (setX.size + setY.size - shared));
        expect(o.containment).toBeCloseTo(shared / Math.min(setX.size, setY.size));
      }),
    );
  });
});
