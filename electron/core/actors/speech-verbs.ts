// Finds speech verbs in a stretch of text, skipping noun uses ("the warning", "a post") and infinitives ("to say").
import { DETERMINERS, PREPOSITIONS, SPEECH_VERBS } from './speech-lexicon';

export interface VerbHit {
  start: number;
  end: number;
  /** Lower case, as listed in SPEECH_VERBS. */
  verb: string;
}

const VERB_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:${[...SPEECH_VERBS]
    .sort((a, b) => b.length - a.length)
    .map((v) => (v === 'according to' ? '[aA]ccording\\s+to' : v))
    .join('|')})(?![\\p{L}\\p{N}'’-])`,
  'gu',
);

const PREVIOUS_WORD = /([\p{L}'’]+)\s+$/u;

function previousWord(body: string, index: number): string {
  const match = PREVIOUS_WORD.exec(body.slice(Math.max(0, index - 24), index));
  return match ? match[1].toLowerCase() : '';
}

/** Speech verbs in body[from, to), in text order. */
export function findSpeechVerbs(body: string, from: number, to: number): VerbHit[] {
  const hits: VerbHit[] = [];
  const region = body.slice(from, to);
  VERB_PATTERN.lastIndex = 0;
  for (const match of region.matchAll(VERB_PATTERN)) {
    const start = from + match.index;
    const verb = match[0].toLowerCase().replace(/\s+/g, ' ');
    if (verb !== 'according to') {
      const word = previousWord(body, start);
      // "the warning", "a post", "to say": a noun or an infinitive, not an attribution.
      if (DETERMINERS.has(word) || PREPOSITIONS.has(word)) continue;
    }
    hits.push({ start, end: start + match[0].length, verb });
  }
  return hits;
}

/** Is the verb negated ("did not say", "never said")? Negated speech is not attributed speech. */
export function isNegated(body: string, verbStart: number): boolean {
  return /\b(?:not|never|n['’]t)\s+$/i.test(body.slice(Math.max(0, verbStart - 12), verbStart));
}
