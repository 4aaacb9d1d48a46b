// Finds double-quoted spans (straight or curly) and groups text into sentences that never end inside a quote.
import { splitSentences } from '../../../shared/text/sentences';
import { FUNCTION_WORDS } from './speech-lexicon';

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index just after the closing mark, or the paragraph end for a quote left open. */
  close: number;
  /** The quoted words: inside the marks, trimmed, without the comma that hands over to the attribution. */
  start: number;
  end: number;
  paragraph: number;
}

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

export interface Paragraph {
  start: number;
  end: number;
}

/** Blank-line separated blocks; a text without blank lines is split at single line breaks instead. */
export function findParagraphs(body: string): Paragraph[] {
  const separator = /\n[ \t]*\n/.test(body) ? /\n[ \t]*\n\s*/g : /\n\s*/g;
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const match of body.matchAll(separator)) {
    if (match.index > start) paragraphs.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < body.length) paragraphs.push({ start, end: body.length });
  return paragraphs;
}

// A straight quote opens only after a space, an opening bracket or dash, so "5'11"" or a stray mark does not open one.
const CAN_OPEN_AFTER = /[\s([{\u2014\u2013\-/:]/;

export function findQuoteSpans(body: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  paragraphs.forEach((paragraph, index) => {
    let open = -1;
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const char = body[i];
      if (char === '“' || (char === '"' && open < 0)) {
        if (open < 0 && (char === '“' || i === paragraph.start || CAN_OPEN_AFTER.test(body[i - 1]))) open = i;
      } else if ((char === '”' || char === '"') && open >= 0) {
        pushSpan(body, spans, open, i + 1, i, index);
        open = -1;
      }
    }
    // Newspaper style leaves a quote open at the end of a paragraph when the next one continues it.
    if (open >= 0) pushSpan(body, spans, open, paragraph.end, paragraph.end, index);
  });
  return spans;
}

function pushSpan(body: string, spans: QuoteSpan[], open: number, close: number, innerEnd: number, paragraph: number) {
  let start = open + 1;
  let end = innerEnd;
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /[\s,]/.test(body[end - 1])) end--;
  // A fragment ("… there will be "hell to pay."") carries the sentence's period, not the speaker's.
  if (/^\p{Ll}/u.test(body[start]) && body[end - 1] === '.') end--;
  if (end > start) spans.push({ open, close, start, end, paragraph });
}

/** "the U.S. Deputy Assistant Secretary" is one sentence; "held in the U.S. The talks" is two. */
function breaksAfterInitialism(body: string, end: number, nextStart: number): boolean {
  if (!/(?:^|[^\p{L}])(?:\p{Lu}\.){2,}$/u.test(body.slice(Math.max(0, end - 12), end))) return true;
  const nextWord = /^[\p{L}]+/u.exec(body.slice(nextStart, nextStart + 30))?.[0].toLowerCase() ?? '';
  return FUNCTION_WORDS.has(nextWord) || /\n/.test(body.slice(end, nextStart));
}

/** Sentences as shared/text/sentences splits them, merged where a break fell inside a quote or after "U.S.". */
export function quoteAwareSentences(body: string, paragraphs: Paragraph[], quotes: QuoteSpan[]): Sentence[] {
  const merged: { start: number; end: number }[] = [];
  let q = 0;
  for (const span of splitSentences(body)) {
    const last = merged[merged.length - 1];
    if (last) {
      while (q < quotes.length && quotes[q].close <= last.end) q++;
      const quote = quotes[q];
      const insideQuote = quote && quote.open < last.end && last.end < quote.close;
      if (insideQuote || !breaksAfterInitialism(body, last.end, span.start)) {
        last.end = span.end;
        continue;
      }
    }
    merged.push({ ...span });
  }
  let p = 0;
  return merged.map((s) => {
    while (p < paragraphs.length - 1 && paragraphs[p].end <= s.start) p++;
    return { ...s, paragraph: p };
  });
}
