// AFINN tone of each sentence, from the sentiment package; computed once at import and stored.
import Sentiment from 'sentiment';
import languageProcessor from 'sentiment/lib/language-processor.js';
import { splitSentences } from '../../../shared/text/sentences';

export interface ScoredSentence {
  start: number;
  end: number;
  score: number;
  /** Tokens as the package counts them; comparative = score / tokens. */
  tokens: number;
  comparative: number;
  /** The AFINN words that produced the score, in reading order. */
  words: { word: string; score: number }[];
}

// The package's English lexicon (AFINN and its emoji) and its negation rule, read from the package itself.
const labels = languageProcessor.getLabels('en');
const hasLabel = (token: string) => Object.prototype.hasOwnProperty.call(labels, token);

// analyze() spends two thirds of its time in its tokenizer: it lower-cases, turns '\n' and its punctuation into
// spaces, merges every run of two or more whitespace characters (\s) into one space, trims and splits on spaces.
// So a space is a break, and any other whitespace character is a break only where it touches more whitespace:
// alone between two others it stays inside the token. With these classes one pass over a sentence finds the same
// tokens without building them (tests/unit/tone.test.ts holds it to analyze() on random texts).
const WORD = 0;
const SPACE = 1;
const OTHER_SPACE = 2;

// One bit per hash of every label: most tokens are ruled out before they are sliced and looked up.
const FILTER_MASK = (1 << 16) - 1;
const step = (hash: number, code: number) => (hash * 31 + code) | 0;
function hashOf(text: string) {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = step(hash, text.charCodeAt(i));
  return hash;
}

// Built on the first sentence scored (testing all 65,536 characters against \s takes ~6 ms), not when the app, the
// CLI or a worker loads this module.
let tables: { classes: Uint8Array; filter: Uint8Array } | undefined;
function scoringTables() {
  if (tables) return tables;
  const classes = new Uint8Array(0x10000);
  for (const c of '\n .,/#!?$%^&*;:{}=_`"~()') classes[c.charCodeAt(0)] = SPACE;
  for (let code = 0; code < 0x10000; code++) if (!classes[code] && /\s/.test(String.fromCharCode(code))) classes[code] = OTHER_SPACE;
  const filter = new Uint8Array(FILTER_MASK + 1);
  for (const label of Object.keys(labels)) filter[hashOf(label) & FILTER_MASK] = 1;
  return (tables = { classes, filter });
}

function scoreSentence(body: string, start: number, end: number): ScoredSentence {
  const { classes, filter } = scoringTables();
  const text = body.slice(start, end).toLowerCase();
  const n = text.length;
  const sentence: ScoredSentence = { start, end, score: 0, tokens: 0, comparative: 0, words: [] };
  let previousFrom = 0;
  let previousTo = 0;
  let i = 0;
  while (i < n) {
    while (i < n && classes[text.charCodeAt(i)] !== WORD) i++;
    if (i === n) break;
    const from = i;
    let hash = 0;
    for (;;) {
      let code: number;
      while (i < n && classes[(code = text.charCodeAt(i))] === WORD) {
        hash = step(hash, code);
        i++;
      }
      if (i + 1 < n && classes[text.charCodeAt(i)] === OTHER_SPACE && classes[text.charCodeAt(i + 1)] === WORD) {
        hash = step(hash, text.charCodeAt(i++));
        continue;
      }
      break;
    }
    const token = filter[hash & FILTER_MASK] ? text.slice(from, i) : '';
    if (token && hasLabel(token)) {
      const context = sentence.tokens ? [text.slice(previousFrom, previousTo), token] : [token];
      const score = languageProcessor.applyScoringStrategy('en', context, context.length - 1, labels[token]);
      sentence.score += score;
      sentence.words.push({ word: token, score });
    }
    previousFrom = from;
    previousTo = i;
    sentence.tokens++;
  }
  sentence.comparative = sentence.tokens ? sentence.score / sentence.tokens : 0;
  return sentence;
}

/** Per sentence, the package's score, tokens and words as analyze() gives them for that sentence alone. */
export function scoreSentences(body: string): ScoredSentence[] {
  return splitSentences(body).map(({ start, end }) => scoreSentence(body, start, end));
}

const analyzer = new Sentiment();

/** analyze() itself, per sentence: the reference the tests hold scoreSentences to. */
export function scoreSentencesOneByOne(body: string): ScoredSentence[] {
  return splitSentences(body).map(({ start, end }) => {
    const result = analyzer.analyze(body.slice(start, end));
    const words = result.calculation.flatMap((entry) => Object.entries(entry).map(([word, score]) => ({ word, score }))).reverse();
    // A sentence of punctuation alone comes back as one empty token; it has no words.
    return { start, end, score: result.score, tokens: result.tokens.filter(Boolean).length, comparative: result.comparative, words };
  });
}
