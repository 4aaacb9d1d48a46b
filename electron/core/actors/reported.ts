// Finds reported speech without quote marks: "Leavitt said Israel had been consulted", "According to X, …".
import type { ArticleContext } from './article-context';
import { candidatesIn, pickSubject, type Candidate } from './candidates';
import { evidenceLine, snippet } from './evidence';
import type { Sentence } from './quote-spans';
import { resolveSpeaker } from './speaker-resolution';
import { ruleId } from './speakers';
import { BARE_CLAUSE_VERBS, LISTENER_VERBS, PREPOSITIONS } from './speech-lexicon';
import { findSpeechVerbs, isNegated, type VerbHit } from './speech-verbs';
import type { QuoteSuggestion } from './types';

const MIN_CLAUSE_WORDS = 3;
// "said in a statement that", "told reporters on Wednesday that": a short object and/or adverbial before "that".
const ADVERBIAL = String.raw`(?:(?:on|in|at|during|after|before|via|through)\s+(?:[\p{L}\p{N}'’.-]+\s+){1,3}?)?`;
const THAT_AFTER_VERB = new RegExp(String.raw`^\s+${ADVERBIAL}that\s+`, 'u');
const THAT_AFTER_LISTENER = new RegExp(String.raw`^\s+(?:[\p{L}'’.-]+\s+){1,3}?${ADVERBIAL}that\s+`, 'u');
const LEADING_ACCORDING_TO = /^According\s+to\s+/u;
// "WASHINGTON, March 5 (Meridian Wire) - ": a wire dateline is not part of what was said.
const DATELINE = /^\p{Lu}[\p{Lu}. '’-]+(?:,[^()\n\u2013\u2014]{1,30}?)?\s*(?:\([^)\n]{1,40}\))?\s*[-\u2013\u2014]{1,2}\s+/u;
// "Two days after the White House confirmed that …, the establishment is …": the report ends at the comma.
const SUBORDINATOR = /\b(?:after|before|when|while|since|as|although|though|because|if|once|until)\b[^,]*$/iu;
const TRAILING_ACCORDING_TO = /,\s+according\s+to\s+/gu;

/** Reported speech in every sentence not listed in `skip` (sentences holding a direct quote). */
export function findReportedSpeech(ctx: ArticleContext, skip: Set<number>): QuoteSuggestion[] {
  const found: QuoteSuggestion[] = [];
  ctx.sentences.forEach((sentence, index) => {
    if (skip.has(index)) return;
    const suggestion = accordingTo(ctx, sentence) ?? saidThat(ctx, sentence);
    if (suggestion) found.push(suggestion);
  });
  return found;
}

/** End of the sentence without its final punctuation. */
function clauseEnd(ctx: ArticleContext, sentence: Sentence): number {
  let end = sentence.end;
  while (end > sentence.start && /[\s.!?…"”’)\]]/.test(ctx.body[end - 1])) end--;
  return end;
}

function suggestion(
  ctx: ArticleContext,
  clause: { start: number; end: number },
  candidate: Candidate,
  verb: string,
  rulePosition: string,
  shown: string,
): QuoteSuggestion | null {
  const words = ctx.body.slice(clause.start, clause.end).split(/\s+/).filter(Boolean).length;
  if (words < MIN_CLAUSE_WORDS) return null;
  const resolved = resolveSpeaker(ctx, candidate);
  const { text, start, end, actorId } = resolved;
  return {
    key: `${clause.start}-${clause.end}`,
    kind: 'reported',
    start: clause.start,
    end: clause.end,
    text: ctx.body.slice(clause.start, clause.end),
    speaker: { text, start, end, actorId },
    verb,
    evidence: evidenceLine('reported speech', shown, resolved),
    rule: ruleId(rulePosition, resolved),
  };
}

/** "According to the White House, …" and "…, according to the White House." */
function accordingTo(ctx: ArticleContext, sentence: Sentence): QuoteSuggestion | null {
  const body = ctx.body;
  const text = body.slice(sentence.start, sentence.end);
  const end = clauseEnd(ctx, sentence);
  const leading = LEADING_ACCORDING_TO.exec(text);
  if (leading) {
    const sourceStart = sentence.start + leading[0].length;
    const comma = body.indexOf(',', sourceStart);
    if (comma < 0 || comma >= end) return null;
    const candidate = candidatesIn(ctx, sourceStart, comma)[0];
    const clauseStart = comma + 1 + /^\s*/.exec(body.slice(comma + 1))![0].length;
    if (!candidate) return null;
    return suggestion(ctx, { start: clauseStart, end }, candidate, 'according to', 'according-to', snippet(body, sentence.start, end));
  }
  const trailing = [...text.matchAll(TRAILING_ACCORDING_TO)].pop();
  if (!trailing) return null;
  const sourceStart = sentence.start + trailing.index + trailing[0].length;
  const candidate = candidatesIn(ctx, sourceStart, end)[0];
  if (!candidate || candidate.start !== sourceStart) return null;
  const start = sentence.start + (DATELINE.exec(text)?.[0].length ?? 0);
  return suggestion(ctx, { start, end: sentence.start + trailing.index }, candidate, 'according to', 'according-to', snippet(body, start, end));
}

/** "X said (that) …", "X told reporters that …", "X added that …", and the tag at the end: "…, the White House said on Wednesday." */
function saidThat(ctx: ArticleContext, sentence: Sentence): QuoteSuggestion | null {
  const body = ctx.body;
  const end = clauseEnd(ctx, sentence);
  const verbs = findSpeechVerbs(body, sentence.start, end).filter((v) => v.verb !== 'according to' && !isNegated(body, v.start));
  for (const verb of verbs) {
    const clauseStart = clauseAfter(body, verb, end);
    if (clauseStart === null) continue;
    const candidate = subjectOf(ctx, sentence, verb);
    if (!candidate) return null;
    const subordinate = SUBORDINATOR.test(body.slice(sentence.start, candidate.phraseStart));
    const comma = subordinate ? body.indexOf(',', clauseStart) : -1;
    const clause = { start: clauseStart, end: comma >= 0 && comma < end ? comma : end };
    const shown = snippet(body, candidate.phraseStart, Math.min(clause.end, clauseStart + 30), false, clauseStart + 30 < clause.end);
    return suggestion(ctx, clause, candidate, verb.verb, 'reported', shown);
  }
  return trailingTag(ctx, sentence, verbs, end);
}

function clauseAfter(body: string, verb: VerbHit, end: number): number | null {
  const after = body.slice(verb.end, end);
  const that = (LISTENER_VERBS.has(verb.verb) ? THAT_AFTER_LISTENER : THAT_AFTER_VERB).exec(after);
  if (that) return verb.end + that[0].length;
  if (!BARE_CLAUSE_VERBS.has(verb.verb)) return null;
  const bare = /^\s+([\p{L}\p{N}'’-]+)/u.exec(after);
  if (!bare || PREPOSITIONS.has(bare[1].toLowerCase())) return null;
  return verb.end + bare[0].length - bare[1].length;
}

function subjectOf(ctx: ArticleContext, sentence: Sentence, verb: VerbHit): Candidate | null {
  const before = ctx.body.slice(sentence.start, verb.start);
  if (verb.verb.endsWith('ing') && /,\s*$/.test(before)) return pickSubject(ctx, sentence.start, verb.start, 'first');
  const colon = Math.max(before.lastIndexOf(':'), before.lastIndexOf(';'));
  return pickSubject(ctx, colon >= 0 ? sentence.start + colon + 1 : sentence.start, verb.start, 'last');
}

/** "…, the White House said on Wednesday.": the clause is everything before the tag's comma. */
function trailingTag(ctx: ArticleContext, sentence: Sentence, verbs: VerbHit[], end: number): QuoteSuggestion | null {
  const body = ctx.body;
  const verb = verbs[verbs.length - 1];
  if (!verb || !/^(?:\s+(?:on|in|at)\s+[^,;:]{1,30})?\s*$/.test(body.slice(verb.end, end))) return null;
  const comma = body.lastIndexOf(',', verb.start);
  if (comma <= sentence.start) return null;
  const candidate = pickSubject(ctx, comma + 1, verb.start, 'last');
  if (!candidate || !/^\s*$/.test(body.slice(comma + 1, candidate.phraseStart))) return null;
  const start = sentence.start + (DATELINE.exec(body.slice(sentence.start, comma))?.[0].length ?? 0);
  const shown = snippet(body, Math.max(start, comma - 30), end, comma - 30 > start);
  return suggestion(ctx, { start, end: comma }, candidate, verb.verb, 'reported', shown);
}
