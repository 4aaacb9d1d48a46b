// Word-level text normalisation for comparison: straight quotes, lowercase tokens, stopwords, light stemming, numbers.

/** Curly and typographic quote marks become straight ones, so “x” and "x" (and ’ and ') compare equal. */
export function straightenQuotes(text: string): string {
  return text.replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"').replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'");
}

export interface Token {
  /** Lowercased, straight apostrophes. */
  word: string;
  start: number;
  end: number;
}

// Letters or digits, joined by inner apostrophes, hyphens, commas or points ("Hamas's", "42-day", "2,000", "U.S").
// Code point ranges rather than \p{L}: V8 runs them three times faster, and they cover Latin, Greek, Cyrillic,
// Hebrew, Arabic and CJK letters while leaving out the punctuation block (U+2000-U+2BFF: curly quotes, dashes).
const LETTERS = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u1FFF\\u2C00-\\uD7FF';
const WORD = new RegExp(`[${LETTERS}0-9]+(?:['’\\-.,][${LETTERS}0-9]+)*`, 'g');
const HAS_LETTER = new RegExp(`[${LETTERS}]`);

export function tokens(text: string, from = 0, to = text.length): Token[] {
  const found: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    found.push({ word: m[0].toLowerCase().replace(/’/g, "'"), start: from + m.index, end: from + m.index + m[0].length });
  }
  return found;
}

/** Just the lowercased words: the fast path for whole-corpus work. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => (w.includes('’') ? w.replace(/’/g, "'") : w));
}

export const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can could ' +
    'did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into ' +
    'is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same she should ' +
    'so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your yours yourself yourselves said says say told according mr ms mrs one ' +
    "two three also may might must shall us it's he's she's that's there's who's what's don't didn't won't isn't wasn't can't"
  ).split(' '),
);

/** "hostages" → "hostage", "talks" → "talk", "Hamas's" → "hamas": enough to match paraphrases, never shown. */
export function stem(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && !w.endsWith('as')) w = w.slice(0, -1);
  return w;
}


/** Stemmed words that carry content: no stopwords, no one-letter words, no bare numbers (numbers are facts, see numberFacts). */
export function contentWords(wordList: string[]): string[] {
  const out: string[] = [];
  for (const w of wordList) {
    if (w.length < 2 || STOPWORDS.has(w) || !HAS_LETTER.test(w)) continue;
    out.push(stem(w));
  }
  return out;
}

export interface NumberFact {
  /** The value that identifies the fact: "42-day" and "42" share "42"; "2,000" is "2000". */
  key: string;
  /** As written, e.g. "42-day". */
  surface: string;
  start: number;
  end: number;
}

const NUMBER = /(?<![\p{L}\p{N}])\d[\d,]*(?:\.\d+)?(?:-[\p{L}]+)*/gu;

export function numberFacts(text: string, from = 0, to = text.length): NumberFact[] {
  const found: NumberFact[] = [];
  for (const m of text.slice(from, to).matchAll(NUMBER)) {
    const surface = m[0].replace(/,$/, '');
    const key = /^[\d,.]+/.exec(surface)![0].replace(/,/g, '').replace(/\.$/, '');
    found.push({ key, surface, start: from + m.index, end: from + m.index + surface.length });
  }
  return found;
}

/** Quote text reduced to its words: case, punctuation and quote style ignored. */
export function quoteWords(text: string): string[] {
  return words(straightenQuotes(text)).map((w) => w.replace(/[.,]/g, ''));
}
