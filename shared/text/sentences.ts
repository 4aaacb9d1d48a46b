// Sentence splitting with character offsets: a terminal-punctuation scan with the rules ICU's sentence
// breaker uses for news text (no break before a lowercase word; breaks at line ends), plus abbreviations.
// A hand scan rather than Intl.Segmenter: it gives the same sentences on our corpora at a tenth of the cost.

export interface SentenceSpan {
  start: number;
  end: number;
}

// Titles and abbreviations after which a period does not end a sentence ("Mr. Boehler", "Gen. Smith").
const ABBREVIATIONS = new Set(
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

function endsWithAbbreviation(text: string, end: number): boolean {
  const match = /(?:^|[\s(“"'])([A-Za-z]{1,5})\.$/.exec(text.slice(Math.max(0, end - 8), end));
  if (!match) return false;
  return ABBREVIATIONS.has(match[1].toLowerCase()) || /^[A-Z]$/.test(match[1]);
}

/** "U.S. Deputy Assistant Secretary": a dotted initialism followed by a word that does not start a sentence. */
export function initialismRunsOn(before: string, next: string): boolean {
  return /(?:^|[\s(“"'])(?:[A-Za-z]\.){2,}$/.test(before) && !SENTENCE_STARTERS.has(next.toLowerCase());
}

function nextWord(text: string, from: number): string {
  return /^\s*([\p{L}\p{N}]+)/u.exec(text.slice(from, from + 40))?.[1] ?? '';
}

function startsLowercase(text: string, from: number): boolean {
  const next = /\S/.exec(text.slice(from, from + 40));
  return !!next && /\p{Ll}/u.test(next[0]);
}

function trimmed(text: string, start: number, end: number): SentenceSpan | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end } : null;
}

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const isLineEnd = match[0] === '\n';
    const end = isLineEnd ? match.index : match.index + match[0].length;
    const runsOn =
      match[0] === '.' && (endsWithAbbreviation(text, end) || initialismRunsOn(text.slice(Math.max(0, end - 12), end), nextWord(text, end)));
    if (!isLineEnd && (startsLowercase(text, end) || runsOn)) continue;
    const span = trimmed(text, start, end);
    if (span) spans.push(span);
    start = end;
  }
  const last = trimmed(text, start, text.length);
  if (last) spans.push(last);
  return spans;
}
