import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../shared/text/sentences';
import { countWords } from '../../shared/text/words';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits with offsets and keeps abbreviations and initials inside sentences', () => {
    const text = 'Mr. Boehler met Hamas in Doha. Sen. J. Smith said "It is fine." Then he left!';
    expect(split(text)).toEqual(['Mr. Boehler met Hamas in Doha.', 'Sen. J. Smith said "It is fine."', 'Then he left!']);
  });

  it('keeps U.S. and decimals inside a sentence and ends at paragraph breaks', () => {
    const text = 'The U.S. special envoy spoke at 3.5 p.m. on Wednesday.\n\nA heading without a stop\n\nNext paragraph.';
    expect(split(text)).toEqual(['The U.S. special envoy spoke at 3.5 p.m. on Wednesday.', 'A heading without a stop', 'Next paragraph.']);
  });

  it('never merges across a paragraph break even after an abbreviation', () => {
    expect(split('Signed, Gen.\n\nThe end.')).toEqual(['Signed, Gen.', 'The end.']);
  });

  it('returns offsets that cover trimmed text only', () => {
    const spans = splitSentences('  One.   Two.  ');
    expect(spans).toEqual([
      { start: 2, end: 6 },
      { start: 9, end: 13 },
    ]);
  });
});

describe('countWords', () => {
  it('counts words with apostrophes and hyphens as one', () => {
    expect(countWords("Israel's 42-day ceasefire — collapsed, U.S. says.")).toBe(6);
    expect(countWords('')).toBe(0);
  });
});
