// Everything the attribution rules read about one article, computed once: quotes, sentences, mentions, person anchors.
import { findMentions } from './mentions';
import { findParagraphs, findQuoteSpans, quoteAwareSentences, type QuoteSpan, type Sentence } from './quote-spans';
import { FUNCTION_WORDS, NAME_TITLES, NON_PERSON_WORDS } from './speech-lexicon';
import type { ActorRef, Mention } from './types';

/** A place a pronoun can point back to: a person actor's mention, or a person-like name not in the registry. */
export interface PersonAnchor {
  start: number;
  end: number;
  actorId: number | null;
}

export interface ArticleContext {
  body: string;
  actorsById: Map<number, ActorRef>;
  /** Mentions outside quotes: what the article says about actors, not what speakers say. */
  mentions: Mention[];
  quotes: QuoteSpan[];
  sentences: Sentence[];
  personAnchors: PersonAnchor[];
  /** 1 for every character between a quote's marks. */
  quoteMask: Uint8Array;
}

export function buildContext(body: string, actors: ActorRef[]): ArticleContext {
  const paragraphs = findParagraphs(body);
  const quotes = findQuoteSpans(body, paragraphs);
  const quoteMask = new Uint8Array(body.length);
  for (const q of quotes) quoteMask.fill(1, q.open, q.close);
  const actorsById = new Map(actors.map((a) => [a.id, a]));
  const mentions = findMentions(body, actors).filter((m) => !quoteMask[m.start]);
  return {
    body,
    actorsById,
    mentions,
    quotes,
    sentences: quoteAwareSentences(body, paragraphs, quotes),
    personAnchors: findPersonAnchors(body, mentions, actorsById, quoteMask),
    quoteMask,
  };
}

export function sentenceIndexAt(ctx: ArticleContext, position: number): number {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.sentences[mid].start <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Mentions with from <= start and end <= to. */
export function mentionsIn(ctx: ArticleContext, from: number, to: number): Mention[] {
  return ctx.mentions.filter((m) => m.start >= from && m.end <= to);
}

const CAPITALISED_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)+/gu;

function findPersonAnchors(
  body: string,
  mentions: Mention[],
  actorsById: Map<number, ActorRef>,
  quoteMask: Uint8Array,
): PersonAnchor[] {
  const anchors: PersonAnchor[] = mentions
    .filter((m) => actorsById.get(m.actorId)?.kind === 'person')
    .map((m) => ({ start: m.start, end: m.end, actorId: m.actorId }));
  for (const match of body.matchAll(CAPITALISED_RUN)) {
    const { start, text } = withoutLeadingFunctionWords(match.index, match[0]);
    const end = start + text.length;
    if (quoteMask[start] || mentions.some((m) => m.start < end && start < m.end)) continue;
    if (isPersonLikeName(text)) anchors.push({ start, end, actorId: null });
  }
  return anchors.sort((a, b) => a.start - b.start);
}

/** "When Yael Brenner" -> "Yael Brenner": a capitalised run can start with a sentence-initial function word. */
export function withoutLeadingFunctionWords(start: number, text: string): { start: number; text: string } {
  let rest = text;
  for (;;) {
    const first = /^(\S+)\s+/.exec(rest);
    if (!first || !FUNCTION_WORDS.has(first[1].toLowerCase())) return { start: start + text.length - rest.length, text: rest };
    rest = rest.slice(first[0].length);
  }
}

/** Two or more capitalised words, none of them an institution, place or title: "Yael Brenner". */
function isPersonLikeName(text: string): boolean {
  const words = text.split(/\s+/).map((w) => w.replace(/['’]s?$/, '').toLowerCase());
  if (words.length < 2) return false;
  return words.every((w) => !NON_PERSON_WORDS.has(w) && !NAME_TITLES.has(w) && !FUNCTION_WORDS.has(w) && !w.includes('.'));
}
