// Suggests who said what in an article: direct quotes with their speakers, then reported speech.
import { buildContext, sentenceIndexAt, type ArticleContext } from './article-context';
import type { QuoteSpan, Sentence } from './quote-spans';
import { findReportedSpeech } from './reported';
import { attributeDirect, type Attribution } from './speakers';
import { SPEECH_NOUNS } from './speech-lexicon';
import { findSpeechVerbs } from './speech-verbs';
import type { ActorRef, QuoteSuggestion } from './types';

export { SPEECH_VERBS } from './speech-lexicon';

const SCARE_QUOTE_MAX_WORDS = 3;

/** Direct and reported quotes in `body`, sorted by start, each with a suggested speaker (or null) and why. */
export function attributeQuotes(body: string, actors: ActorRef[]): QuoteSuggestion[] {
  const ctx = buildContext(body, actors);
  const earlier = new Map<number, Attribution>();
  const quoteSentences = new Set<number>();
  const direct: QuoteSuggestion[] = [];
  for (const quote of ctx.quotes) {
    const sentenceIndex = sentenceIndexAt(ctx, quote.open);
    if (isScareQuote(ctx, quote, ctx.sentences[sentenceIndex])) continue;
    quoteSentences.add(sentenceIndex);
    const found = attributeDirect(ctx, { quote, sentenceIndex, earlier });
    earlier.set(quote.open, found);
    const speaker = found.speaker && { text: found.speaker.text, start: found.speaker.start, end: found.speaker.end, actorId: found.speaker.actorId };
    direct.push({
      key: `${quote.start}-${quote.end}`,
      kind: 'direct',
      start: quote.start,
      end: quote.end,
      text: body.slice(quote.start, quote.end),
      speaker,
      verb: found.verb,
      evidence: found.evidence,
      rule: found.rule,
    });
  }
  return [...direct, ...findReportedSpeech(ctx, quoteSentences)].sort((a, b) => a.start - b.start);
}

/**
 * A word or short phrase in quotes ("talking to terrorists") with nothing around it that reports speech:
 * no speech verb or noun in the sentence, no colon before it, and the sentence is more than the quote.
 */
function isScareQuote(ctx: ArticleContext, quote: QuoteSpan, sentence: Sentence): boolean {
  const words = ctx.body.slice(quote.start, quote.end).split(/\s+/).filter(Boolean).length;
  if (words > SCARE_QUOTE_MAX_WORDS) return false;
  const outside = ctx.body.slice(sentence.start, quote.open) + ' ' + ctx.body.slice(quote.close, sentence.end);
  if (!/[\p{L}\p{N}]/u.test(outside) || /:\s*$/.test(ctx.body.slice(sentence.start, quote.open))) return false;
  const verbs = findSpeechVerbs(ctx.body, sentence.start, sentence.end).filter((v) => !ctx.quoteMask[v.start]);
  const nouns = outside.split(/[^\p{L}]+/u).some((w) => SPEECH_NOUNS.has(w.toLowerCase()));
  return verbs.length === 0 && !nouns;
}
