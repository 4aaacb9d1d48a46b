import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { resourcesDir } from '../../electron/core/paths';
import { ABBREVIATIONS, initialismRunsOn, splitSentences } from '../../shared/text/sentences';
import { countWords } from '../../shared/text/words';
import { contentHash } from '../../electron/core/corpus/content-hash';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

/** The first splitter, kept to prove the faster scan gives the same sentences. */
function referenceSplit(text: string) {
  const abbreviation = (end: number) => {
    const match = /(?:^|[\s(“"'])([A-Za-z]{1,5})\.$/.exec(text.slice(Math.max(0, end - 8), end));
    return !!match && (ABBREVIATIONS.has(match[1].toLowerCase()) || /^[A-Z]$/.test(match[1]));
  };
  const nextWord = (from: number) => /^\s*([\p{L}\p{N}]+)/u.exec(text.slice(from, from + 40))?.[1] ?? '';
  const startsLowercase = (from: number) => {
    const next = /\S/.exec(text.slice(from, from + 40));
    return !!next && /\p{Ll}/u.test(next[0]);
  };
  const trimmed = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    return start < end ? { start, end } : null;
  };
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?…。！？]+["'”’»)\]]*(?=\s|$)|\n/g)) {
    const isLineEnd = match[0] === '\n';
    const end = isLineEnd ? match.index : match.index + match[0].length;
    const runsOn = match[0] === '.' && (abbreviation(end) || initialismRunsOn(text.slice(Math.max(0, end - 12), end), nextWord(end)));
    if (!isLineEnd && (startsLowercase(end) || runsOn)) continue;
    const span = trimmed(start, end);
    if (span) spans.push(span);
    start = end;
  }
  const last = trimmed(start, text.length);
  if (last) spans.push(last);
  return spans;
}

describe('splitSentences', () => {
  it('splits with offsets and keeps abbreviations and initials inside sentences', () => {
    const text = 'Mr. Boehler met Hamas in Doha. Sen. J. Smith said "It is fine." Then he left!';
    expect(split(text)).toEqual(['Mr. Boehler met Hamas in Doha.', 'Sen. J. Smith said "It is fine."', 'Then he left!']);
  });

  it('runs on after U.S. before a title, and ends there before a sentence starter', () => {
    expect(split('Mulroy, who served as U.S. Deputy Assistant Secretary, warned. He left the U.S. The end.')).toEqual([
      'Mulroy, who served as U.S. Deputy Assistant Secretary, warned.',
      'He left the U.S.',
      'The end.',
    ]);
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
  it('gives exactly the sentences of the first splitter on any mix of stops, abbreviations, initials and spaces', () => {
    const pieces = fc.constantFrom(
      'Gen', 'gen', 'Mr', 'J', 'j', 'U', 'S', 'Washington', 'word', 'the', 'He', 'said', 'abcdef', 'ab', 'é', 'Δ', 'σ', '𝐚',
      '.', '. ', '.. ', '... ', '!', '? ', '…', '."', '.”', '.)', '。', '\n', '\n\n', ' ', '  ', '\t', '\u00a0', '\u2003', '(', '“', '"', "'", '3', ',',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 50 }), fc.string({ maxLength: 8 }), (parts, extra) => {
        const text = parts.join('') + extra;
        expect(splitSentences(text)).toEqual(referenceSplit(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('countWords', () => {
  it('counts words with apostrophes and hyphens as one', () => {
    expect(countWords("Israel's 42-day ceasefire — collapsed, U.S. says.")).toBe(6);
    expect(countWords('')).toBe(0);
  });

  it('counts exactly as splitting on white space and testing each chunk for a letter or digit', () => {
    const reference = (text: string) => text.split(/\s+/).filter((chunk) => /[\p{L}\p{N}]/u.test(chunk)).length;
    const pieces = fc.constantFrom('a', 'Z', '7', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u3000', '—', '-', "'", 'é', 'ß', '٣', '中', '𝐀', '😀', '.', '\ufeff');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }), fc.string(), (parts, extra) => {
      const text = parts.join('') + extra;
      expect(countWords(text)).toBe(reference(text));
    }));
  });
});

describe('contentHash', () => {
  it('equals the hash of the body with every white-space run made one space', () => {
    const reference = (body: string) => createHash('sha256').update(body.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex');
    const pieces = fc.constantFrom('word', ' ', '  ', '\n\n', '\t', '\r\n', '\u00a0', ' \u2003 ', 'e\u0301', 'é');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
      const body = parts.join('');
      expect(contentHash(body)).toBe(reference(body));
    }));
  });
});

describe('splitSentences on the sample corpus', () => {
  it('agrees with ICU (Intl.Segmenter) except where ICU cuts an attribution off after "!" or "?"', () => {
    const icu = new Intl.Segmenter('en', { granularity: 'sentence' });
    const dir = path.join(resourcesDir, 'sample/articles');
    let compared = 0;
    for (const file of fs.readdirSync(dir)) {
      const body = matter(fs.readFileSync(path.join(dir, file), 'utf8')).content;
      const reference = [...icu.segment(body)].map((s) => s.segment.trim()).filter(Boolean);
      // ICU breaks after terminal "!" or "?" even before a lowercase word, and after "U.S." before any capital:
      // re-join those for the comparison.
      const joined = reference.reduce<string[]>((acc, s) => {
        const previous = acc[acc.length - 1];
        const afterStop = acc.length && /^\p{Ll}/u.test(s) && /[!?]["”’]?$/.test(previous);
        const afterInitialism = acc.length && initialismRunsOn(previous, /^[\p{L}\p{N}]+/u.exec(s)?.[0] ?? '');
        if (afterStop || afterInitialism) acc[acc.length - 1] += ` ${s}`;
        else acc.push(s);
        return acc;
      }, []);
      expect(split(body), file).toEqual(joined);
      compared += joined.length;
    }
    expect(compared).toBeGreaterThan(250);
  });
});
