import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { scoreSentences, scoreSentencesOneByOne } from '../../electron/core/corpus/tone';
import { resourcesDir } from '../../electron/core/paths';

describe('AFINN sentence scores', () => {
  it('gives per sentence what the sentiment package gives for that sentence alone, on the whole sample corpus', () => {
    const dir = path.join(resourcesDir, 'sample/articles');
    let scoredSentences = 0;
    for (const file of fs.readdirSync(dir)) {
      const body = matter(fs.readFileSync(path.join(dir, file), 'utf8')).content;
      const batched = scoreSentences(body);
      expect(batched, file).toEqual(scoreSentencesOneByOne(body));
      scoredSentences += batched.filter((s) => s.words.length).length;
    }
    expect(scoredSentences).toBeGreaterThan(100);
  });

  it('gives per sentence what the package gives for that sentence alone, on any mix of scored words and breaks', () => {
    const pieces = fc.constantFrom('good', 'bad', 'not', 'happy', 'hell', 'said', 'U.S.', 'Mr.', '. ', '! ', '? ', ' ', '\n\n', '\t', '\u00a0', '"', 'no', 'DEAD', 'pay,', '—');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const body = parts.join(' ');
        expect(scoreSentences(body)).toEqual(scoreSentencesOneByOne(body));
      }),
      { numRuns: 1000 },
    );
  });

  it('tokenizes as the package does: every kind of whitespace and punctuation, case, negators, emoji, odd keys', () => {
    const words = ['GOOD', 'Bad', "don't", 'not', 'cover-up', 'naïve', 'İyi', 'ΣΟΦΟΣ', '😀', '👍', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'love', 'x'];
    const breaks = [' ', '\n', '\r', '\r\n', '\t', '\v', '\f', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', '\u0000'];
    const punctuation = '.,/#!?$%^&*;:{}=_`"~()-\'[]<>@'.split('');
    const piece = fc.oneof(fc.constantFrom(...words, ...breaks, ...punctuation), fc.string({ maxLength: 3, unit: 'binary' }));
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.constantFrom(' ', '')), { maxLength: 40 }), (parts) => {
        const body = parts.flat().join('');
        expect(scoreSentences(body)).toEqual(scoreSentencesOneByOne(body));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps negation inside its sentence and lists the words that made the score', () => {
    const body = 'They are not happy. Good news came. Hell to pay, you are DEAD!';
    expect(scoreSentences(body)).toEqual([
      { start: 0, end: 19, score: -3, tokens: 4, comparative: -0.75, words: [{ word: 'happy', score: -3 }] },
      { start: 20, end: 35, score: 3, tokens: 3, comparative: 1, words: [{ word: 'good', score: 3 }] },
      {
        start: 36,
        end: 62,
        score: -8,
        tokens: 6,
        comparative: -8 / 6,
        words: [
          { word: 'hell', score: -4 },
          { word: 'pay', score: -1 },
          { word: 'dead', score: -3 },
        ],
      },
    ]);
  });

  it('reads a NUL next to a word as part of the token, as the package does', () => {
    // "good\u0000" is one unknown token to the package, so the first sentence scores 0.
    expect(scoreSentences('Good\u0000 day. Bad day. Fine.').map((s) => s.score)).toEqual([0, -3, 2]);
  });
});
