// Sentence splitting with character offsets: Intl.Segmenter (ICU rules), plus a merge for common abbreviations.

export interface SentenceSpan {
  start: number;
  end: number;
}

// Titles and abbreviations after which ICU wrongly ends a sentence ("Mr. Boehler", "Gen. Smith").
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt adm sen rep gov pres st jr sr rev hon amb sec dept no vs etc fig inc corp ltd co jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function endsWithAbbreviation(segment: string): boolean {
  const match = /(?:^|[\s(“"'])([A-Za-z]{1,5})\.\s*$/.exec(segment);
  if (!match) return false;
  const word = match[1];
  return ABBREVIATIONS.has(word.toLowerCase()) || /^[A-Z]$/.test(word);
}

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let pending: SentenceSpan | null = null;
  for (const { index, segment } of segmenter.segment(text)) {
    const trimmed = segment.trim();
    if (!trimmed) continue;
    const start = index + segment.length - segment.trimStart().length;
    let span = { start, end: start + trimmed.length };
    if (pending && !/\n\s*\n/.test(text.slice(pending.end, span.start))) span = { start: pending.start, end: span.end };
    else if (pending) spans.push(pending);
    pending = null;
    if (endsWithAbbreviation(trimmed)) pending = span;
    else spans.push(span);
  }
  if (pending) spans.push(pending);
  return spans;
}
