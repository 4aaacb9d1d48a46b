// Sentence splitting with character offsets: a terminal-punctuation scan with the rules ICU's sentence
// breaker uses for news text (no break before a lowercase word; breaks at line ends), plus abbreviations.
// A hand scan rather than Intl.Segmenter: it gives the same sentences on our corpora at a tenth of the cost.

export interface SentenceSpan {
  start: number;
  end: number;
}

// Titles and abbreviations after which a period does not end a sentence ("Mr. Boehler", "Gen. Smith").
export const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt adm sen rep gov pres st jr sr rev hon amb sec dept no vs etc fig inc corp ltd co jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** Words that begin a new sentence after "U.S." and the like; before any other capitalised word it runs on. */
export const SENTENCE_STARTERS = new Set(
  'the a an in it he she they we i but and this that these those on at for his her their its as after before when while if yet so there now still however'.split(
    ' ',
  ),
);

// Terminal punctuation with any closing quotes or brackets, followed by white space or the end; or a line end.
const BOUNDARY = /[.!?…。！？]+["'”’»)\]]*(?=\s|$)|\n/g;

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const WHITE_SPACE = /\s/;
const LOWERCASE = /\p{Ll}/u;
const isSpaceAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : WHITE_SPACE.test(text[i]);
};
/** What may stand before an abbreviation or initialism: the text's start, white space, "(" or a quote. */
const opensWord = (text: string, i: number) => i < 0 || isSpaceAt(text, i) || '(“"\''.includes(text[i]);

/** "Gen." or "J." before `end`: one to five letters, a known abbreviation or a single capital. */
function endsWithAbbreviation(text: string, end: number): boolean {
  let from = end - 1;
  while (from > end - 7 && from > 0 && isAsciiLetter(text.charCodeAt(from - 1))) from--;
  const letters = end - 1 - from;
  if (letters < 1 || letters > 5 || !opensWord(text, from - 1)) return false;
  const word = text.slice(from, end - 1);
  return ABBREVIATIONS.has(word.toLowerCase()) || (letters === 1 && word >= 'A' && word <= 'Z');
}

/** "U.S. Deputy Assistant Secretary": a dotted initialism followed by a word that does not start a sentence. */
export function initialismRunsOn(before: string, next: string): boolean {
  return /(?:^|[\s(“"'])(?:[A-Za-z]\.){2,}$/.test(before) && !SENTENCE_STARTERS.has(next.toLowerCase());
}

/** Whether the text before `end` (which ends in ".") ends in an initialism such as "U.S.". */
const endsWithInitialism = (text: string, end: number) =>
  text[end - 3] === '.' && isAsciiLetter(text.charCodeAt(end - 2)) && initialismRunsOn(text.slice(Math.max(0, end - 12), end), nextWord(text, end));

function nextWord(text: string, from: number): string {
  return /^\s*([\p{L}\p{N}]+)/u.exec(text.slice(from, from + 40))?.[1] ?? '';
}

/** Whether the first non-space character within 40 after `from` is a lowercase letter. */
function startsLowercase(text: string, from: number): boolean {
  const to = Math.min(text.length, from + 40);
  for (let i = from; i < to; i++) {
    if (isSpaceAt(text, i)) continue;
    const c = text.charCodeAt(i);
    return c < 128 ? c >= 97 && c <= 122 : LOWERCASE.test(text[i]);
  }
  return false;
}

function trimmed(text: string, start: number, end: number): SentenceSpan | null {
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return start < end ? { start, end } : null;
}

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    const isLineEnd = match[0] === '\n';
    const end = isLineEnd ? match.index : match.index + match[0].length;
    if (!isLineEnd && (startsLowercase(text, end) || (match[0] === '.' && (endsWithAbbreviation(text, end) || endsWithInitialism(text, end))))) continue;
    const span = trimmed(text, start, end);
    if (span) spans.push(span);
    start = end;
  }
  const last = trimmed(text, start, text.length);
  if (last) spans.push(last);
  return spans;
}
