// What an article is about, as terms for story grouping: content words, named entities, numbers, quoted phrases.
import { contentWords, numberFacts, quoteWords, STOPWORDS, straightenQuotes, words } from './text';

/** Terms (see emitStoryTerms): content word stems as they are; prefixed e: entity phrase, n: number, q: three quoted words. */
export interface StoryFeatures {
  entities: string[];
  numbers: string[];
  /** Quotations as normalised word strings (four words or more). */
  quotes: string[];
}

// Capitalised words, joined by spaces (and "of"): "Karoline Leavitt", "Ministry of Foreign Affairs". Ranges, not
// \p{Lu}, for speed (see text.ts): Latin, Greek and Cyrillic capitals.
const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0391-\\u03A9\\u0410-\\u042F';
const REST = "A-Za-z\\u00C0-\\u02AF\\u0370-\\u04FF'’.-";
const CAPITALISED = new RegExp(`[${UPPER}][${REST}]*(?:[ \\t]+(?:of[ \\t]+)?[${UPPER}][${REST}]*)*`, 'g');
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
);
const SENTENCE_START = /(?:^|[.!?:]["'”’)]*\s+|\n\s*|["“]\s*)$/;

function addPhrase(found: string[], words: string[], atStart: boolean) {
  let parts = words;
  while (parts.length && STOPWORDS.has(parts[0].toLowerCase())) parts = parts.slice(1);
  if (!parts.length) return;
  if (parts.length === 1 && (atStart || parts[0].length < 2 || CALENDAR.has(parts[0].toLowerCase()))) return;
  found.push(parts.join(' ').toLowerCase().replace(/’/g, "'").replace(/'s$/, ''));
}

const INITIALISM = /^(?:[A-Z]\.)+$/;

/** Capitalised phrases minus leading stopwords; a lone capitalised word opening a sentence is not a name. */
export function entityPhrases(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(CAPITALISED)) {
    let atStart = SENTENCE_START.test(text.slice(Math.max(0, m.index - 4), m.index));
    let words: string[] = [];
    // A phrase runs on over "U.S." but not over a full stop ("on Wednesday. Hamas agreed").
    for (const word of m[0].split(/[ \t]+/)) {
      const ends = word.endsWith('.') && !INITIALISM.test(word);
      words.push(ends ? word.replace(/[.]+$/, '') : word);
      if (ends) {
        addPhrase(found, words, atStart);
        [words, atStart] = [[], true];
      }
    }
    if (words.length) addPhrase(found, words.map((w, i) => (i === words.length - 1 ? w.replace(/[.'’]+$/, '') : w)), atStart);
  }
  return found;
}

const QUOTED = /"([^"\n]*)"/g;

export function quotations(text: string): string[] {
  const found: string[] = [];
  for (const m of straightenQuotes(text).matchAll(QUOTED)) {
    const w = quoteWords(m[1]);
    if (w.length >= 4) found.push(w.join(' '));
  }
  return found;
}

/** Every term of an article, emitted one by one (no array of 700 strings per article kept alive). */
export function emitStoryTerms(title: string, body: string, emit: (term: string) => void, extracted = extract(title, body)) {
  // The headline counts twice: it says what the article is about. Words go unprefixed (they never hold a colon).
  for (const w of contentWords(words(title))) {
    emit(w);
    emit(w);
  }
  for (const w of contentWords(words(body))) emit(w);
  for (const e of extracted.entities) if (e.includes(' ')) emit(`e:${e}`);
  for (const n of extracted.numbers) emit(`n:${n}`);
  for (const q of extracted.quotes) {
    const w = q.split(' ');
    for (let i = 0; i + 3 <= w.length; i++) emit(`q:${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  }
}

function extract(title: string, body: string): StoryFeatures {
  return { entities: [...entityPhrases(title), ...entityPhrases(body)], numbers: numberFacts(`${title}\n${body}`).map((n) => n.key), quotes: quotations(body) };
}

/** Entities, numbers and quotations of an article: the evidence shown for a suggested group. */
export const storyFeatures = extract;
