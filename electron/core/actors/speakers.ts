// Finds the speaker of one direct quote: after it, before it, in the sentence next to it, or as a continuation.
import type { ArticleContext } from './article-context';
import { candidatesIn, pickSubject, type Candidate } from './candidates';
import { evidenceLine, snippet, wordStartBefore } from './evidence';
import type { QuoteSpan, Sentence } from './quote-spans';
import { resolveSpeaker, type ResolvedSpeaker } from './speaker-resolution';
import { SPEECH_NOUNS } from './speech-lexicon';
import { findSpeechVerbs, isNegated, type VerbHit } from './speech-verbs';

export interface Attribution {
  speaker: ResolvedSpeaker | null;
  verb: string | null;
  rule: string;
  evidence: string;
}

/** What the rules need to know about the quote being attributed. */
export interface QuoteSite {
  quote: QuoteSpan;
  sentenceIndex: number;
  /** Attributions of earlier quotes in the article, by their quote's open index. */
  earlier: Map<number, Attribution>;
}

// How far before a quote a speech verb may stand and still introduce it ("Leavitt said Israel had been consulted … and that Trump believes "…"").
const MAX_WORDS_VERB_TO_QUOTE = 16;
// What may follow the verb of a tag standing as its own sentence: "told reporters on Wednesday."
const BARE_TAG_REST = /^(?:\s+(?:reporters|journalists))?(?:\s+(?:on|in|at|during|to|via)\s+[^,.;!?]{1,40})?\s*[.!?]?\s*$/u;

// "Nadia Kessler of the Halden Institute observed", "Mulroy, 61, warned", "Leavitt later told": what may stand between a speaker and the verb.
const SPEAKER_TO_VERB_GAP =
  /^(?:\s+(?:of|from|at|for|with|in)\s+[^,.;:!?"“”]{1,80}?)?(?:,[^,.;"“”]{1,80},)?(?:\s+(?:\p{L}+ly|also|then|later|again|once|had|has|have|was|would|will))*\s+$/u;

export function attributeDirect(ctx: ArticleContext, site: QuoteSite): Attribution {
  const sentence = ctx.sentences[site.sentenceIndex];
  return (
    afterQuote(ctx, site.quote, sentence, false) ??
    beforeQuote(ctx, site.quote, sentence) ??
    afterQuote(ctx, site.quote, sentence, true) ??
    (isStandalone(ctx, site.quote, sentence) ? besideQuote(ctx, site) : null) ?? {
      speaker: null,
      verb: null,
      rule: 'none',
      evidence: 'no speaker named near the quote',
    }
  );
}

export function ruleId(position: string, speaker: ResolvedSpeaker): string {
  return speaker.form === 'name' ? position : `${speaker.form}-${position}`;
}

function attribution(ctx: ArticleContext, position: string, reason: string, text: string, candidate: Candidate, verb: VerbHit | null): Attribution {
  const speaker = resolveSpeaker(ctx, candidate);
  return { speaker, verb: verb?.verb ?? null, rule: ruleId(position, speaker), evidence: evidenceLine(reason, text, speaker) };
}

function quotesInSentence(ctx: ArticleContext, sentence: Sentence): QuoteSpan[] {
  return ctx.quotes.filter((q) => q.open >= sentence.start && q.open < sentence.end);
}

/**
 * (a) `"…," Mulroy warned.` / `"…," warned Mulroy.` / `"…," said the press secretary.`
 * With `nextSentence`, the tag after a quote ending in ! or ?, which the sentence splitter cut off: `"… DEAD!" Trump wrote.`
 */
function afterQuote(ctx: ArticleContext, quote: QuoteSpan, sentence: Sentence, nextSentence: boolean): Attribution | null {
  const nextQuote = quotesInSentence(ctx, sentence).find((q) => q.open >= quote.close);
  let from = quote.close;
  let to = nextQuote ? nextQuote.open : sentence.end;
  from += /^[\s,;:\u2014\u2013-]*/.exec(ctx.body.slice(from, to))![0].length;
  if (nextSentence !== from >= to) return null;
  if (nextSentence) {
    const next = ctx.sentences[ctx.sentences.indexOf(sentence) + 1];
    if (!/[!?]/.test(ctx.body[quote.end - 1]) || !next || next.paragraph !== sentence.paragraph) return null;
    from = next.start;
    to = quotesInSentence(ctx, next)[0]?.open ?? next.end;
  }
  const tail = wordStartBefore(ctx.body, quote.end, 24, quote.start);
  const shown = (end: number) => snippet(ctx.body, tail > quote.start ? tail : quote.open, end, tail > quote.start);
  const reason = 'speaker named after the quote';
  const verbs = findSpeechVerbs(ctx.body, from, Math.min(to, from + 140));
  if (verbs[0]?.start === from) {
    const candidate = candidatesIn(ctx, verbs[0].end, to)[0];
    if (candidate && /^\s+(?:by\s+)?$/.test(ctx.body.slice(verbs[0].end, candidate.phraseStart))) {
      return attribution(ctx, 'after-quote', reason, shown(candidate.end), candidate, verbs[0]);
    }
    return null;
  }
  const candidate = candidatesIn(ctx, from, to)[0];
  if (!candidate || candidate.phraseStart !== from) return null;
  const verb = verbs.find((v) => v.start >= candidate.end);
  if (!verb || !SPEAKER_TO_VERB_GAP.test(ctx.body.slice(candidate.end, verb.start))) return null;
  // In the next sentence only a bare tag counts: "Trump wrote on Truth Social." but not "Lindqvist said such language …".
  if (nextSentence && !BARE_TAG_REST.test(ctx.body.slice(verb.end, to))) return null;
  return attribution(ctx, 'after-quote', reason, shown(verb.end), candidate, verb);
}

/** (b) `Leavitt said, "…"`, `Mulroy, a former official, warned: "…"`, `… delivered a message: … "hell to pay."` */
function beforeQuote(ctx: ArticleContext, quote: QuoteSpan, sentence: Sentence): Attribution | null {
  const body = ctx.body;
  const earlierQuote = quotesInSentence(ctx, sentence).filter((q) => q.close <= quote.open).pop();
  const leadStart = earlierQuote ? earlierQuote.close : sentence.start;
  const verb = findSpeechVerbs(body, leadStart, quote.open)
    .filter((v) => !ctx.quoteMask[v.start] && !isNegated(body, v.start))
    .pop();
  const reason = 'speaker named before the quote';
  const shown = (from: number) => snippet(body, from, Math.min(quote.end, quote.start + 24), false, quote.start + 24 < quote.end);
  if (verb && wordCount(body.slice(verb.end, quote.open)) <= MAX_WORDS_VERB_TO_QUOTE) {
    let candidate: Candidate | null;
    if (verb.verb === 'according to') {
      candidate = candidatesIn(ctx, verb.end, quote.open)[0] ?? null;
    } else if (verb.verb.endsWith('ing') && /,\s*$/.test(body.slice(sentence.start, verb.start))) {
      // "the president addressed the leadership, telling them that "…"": the main clause's subject speaks.
      candidate = pickSubject(ctx, sentence.start, verb.start, 'first');
    } else {
      candidate = pickSubject(ctx, clauseStart(ctx, leadStart, verb.start), verb.start, 'last');
    }
    if (candidate) return attribution(ctx, 'before-quote', reason, shown(Math.min(candidate.phraseStart, verb.start)), candidate, verb);
  }
  const lead = body.slice(leadStart, quote.open);
  const cue = /:\s*$/.test(lead) || lead.split(/[^\p{L}]+/u).some((w) => SPEECH_NOUNS.has(w.toLowerCase()));
  if (!cue) return null;
  const candidate = pickSubject(ctx, sentence.start, quote.open, 'first');
  return candidate ? attribution(ctx, 'before-quote', reason, shown(candidate.phraseStart), candidate, null) : null;
}

/** After the last colon or semicolon before the verb: "…national interest: the president, she said, believes". */
function clauseStart(ctx: ArticleContext, from: number, verbStart: number): number {
  for (let i = verbStart - 1; i > from; i--) {
    if ((ctx.body[i] === ':' || ctx.body[i] === ';') && !ctx.quoteMask[i]) return i + 1;
  }
  return from;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function isStandalone(ctx: ArticleContext, quote: QuoteSpan, sentence: Sentence): boolean {
  const outside = ctx.body.slice(sentence.start, quote.open) + ctx.body.slice(quote.close, sentence.end);
  return !/[\p{L}\p{N}]/u.test(outside);
}

const NEXT_SENTENCE_CUE =
  /^(?:(?:That|This|Those|These|Such)\b|With (?:that|this|those|these)\b|(?:The|Those|These|Her|His|Its|Their) (?:[\p{L}-]+ )?(?:words|warning|remarks?|statement|line|comments?|message|post|assessment|view|reply|response)\b)|\b(?:came from|put it|words of|according to)\b/u;
const SOURCE_CUE = /\b(?:came from|words of|according to)\s+/u;

/** (c) A quote standing alone: named in the next sentence, continuing the quote before, or introduced by the sentence before. */
function besideQuote(ctx: ArticleContext, site: QuoteSite): Attribution | null {
  const body = ctx.body;
  const sentence = ctx.sentences[site.sentenceIndex];
  const next = ctx.sentences[site.sentenceIndex + 1];
  if (next && next.paragraph === sentence.paragraph && NEXT_SENTENCE_CUE.test(body.slice(next.start, next.end))) {
    const source = SOURCE_CUE.exec(body.slice(next.start, next.end));
    const candidate = source
      ? candidatesIn(ctx, next.start + source.index + source[0].length, next.end)[0]
      : pickSubject(ctx, next.start, next.end, 'first');
    const verb = findSpeechVerbs(body, next.start, next.end)[0] ?? null;
    if (candidate) return attribution(ctx, 'next-sentence', 'speaker named in the next sentence', snippet(body, next.start, next.end), candidate, verb);
  }
  const previous = ctx.sentences[site.sentenceIndex - 1];
  if (!previous) return null;
  const previousText = body.slice(previous.start, previous.end);
  const samePargraph = previous.paragraph === sentence.paragraph;
  const previousQuote = quotesInSentence(ctx, previous).pop();
  if (samePargraph && previousQuote) {
    const before = site.earlier.get(previousQuote.open);
    if (!before?.speaker) return null;
    const by = ctx.actorsById.get(before.speaker.actorId ?? -1)?.name ?? before.speaker.text;
    return { ...before, rule: 'continuation', evidence: `continues the quote before it, by ${by}` };
  }
  const reason = 'speaker introduced in the sentence before';
  if (/:\s*$/.test(previousText)) {
    const candidate = pickSubject(ctx, previous.start, previous.end, 'first');
    return candidate ? attribution(ctx, 'previous-sentence-colon', reason, snippet(body, previous.start, previous.end), candidate, null) : null;
  }
  if (!samePargraph) return null;
  const verb = findSpeechVerbs(body, previous.start, previous.end).find((v) => !isNegated(body, v.start) && v.verb !== 'according to');
  const candidate = verb
    ? pickSubject(ctx, clauseStart(ctx, previous.start, verb.start), verb.start, 'last')
    : pickSubject(ctx, previous.start, previous.end, 'first');
  return candidate ? attribution(ctx, 'previous-sentence', reason, snippet(body, previous.start, previous.end), candidate, verb ?? null) : null;
}
