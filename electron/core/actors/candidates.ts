// Finds who could be the speaker in a stretch of a sentence: actor mentions, titles, pronouns and unknown names.
import { mentionsIn, sentenceIndexAt, type ArticleContext } from './article-context';
import { keepLongest } from './mentions';
import {
  DETERMINERS,
  FUNCTION_WORDS,
  NAME_TITLES,
  NON_PERSON_WORDS,
  PREPOSITIONS,
  PRONOUNS,
  ROLE_NOUNS,
  SPEECH_NOUNS,
  TITLE_MODIFIERS,
} from './speech-lexicon';

export type CandidateKind = 'mention' | 'title' | 'pronoun' | 'name';

export interface Candidate {
  kind: CandidateKind;
  start: number;
  end: number;
  /** Set for mentions only; titles, pronouns and names are resolved later. */
  actorId: number | null;
  /** Where the whole noun phrase starts: before the title in "President Donald Trump"; else `start`. */
  phraseStart: number;
}

interface Token {
  start: number;
  end: number;
  /** Lower case, without a possessive ending. */
  word: string;
  possessive: boolean;
  capitalised: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

function tokensIn(ctx: ArticleContext, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  for (const match of ctx.body.slice(from, to).matchAll(TOKEN)) {
    const start = from + match.index;
    if (ctx.quoteMask[start]) continue;
    const text = match[0];
    const possessive = /['’]s?$/.test(text) && text.length > 2;
    tokens.push({
      start,
      end: start + text.length,
      word: (possessive ? text.replace(/['’]s?$/, '') : text).toLowerCase(),
      possessive,
      capitalised: /^\p{Lu}/u.test(text),
    });
  }
  return tokens;
}

function adjacent(ctx: ArticleContext, left: { end: number }, right: { start: number }): boolean {
  return /^[ \t]+$/.test(ctx.body.slice(left.end, right.start));
}

/** "the former press secretary", "a Hamas spokesman", "Gulf officials": modifiers back to a determiner. */
function findTitles(ctx: ArticleContext, tokens: Token[], covered: (t: Token) => boolean): Candidate[] {
  const titles: Candidate[] = [];
  tokens.forEach((head, i) => {
    if (head.possessive || !ROLE_NOUNS.has(head.word) || covered(head)) return;
    let first = i;
    while (first > 0 && i - first < 5 && adjacent(ctx, tokens[first - 1], tokens[first])) {
      const left = tokens[first - 1];
      if (DETERMINERS.has(left.word)) {
        first--;
        break;
      }
      const modifier =
        (left.capitalised && !FUNCTION_WORDS.has(left.word)) || left.possessive || TITLE_MODIFIERS.has(left.word) || ROLE_NOUNS.has(left.word);
      if (!modifier) break;
      first--;
    }
    titles.push({ kind: 'title', start: tokens[first].start, end: head.end, actorId: null, phraseStart: tokens[first].start });
  });
  return keepLongest(titles);
}

function isSentenceStart(ctx: ArticleContext, position: number): boolean {
  const sentence = ctx.sentences[sentenceIndexAt(ctx, position)];
  return !/[\p{L}\p{N}]/u.test(ctx.body.slice(sentence.start, position));
}

/** Capitalised runs not already claimed, without leading function words or titles: "President Jane Roe" -> "Jane Roe". */
function findNames(ctx: ArticleContext, tokens: Token[], claimed: (t: Token) => boolean): Candidate[] {
  const names: Candidate[] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length > 0 && (FUNCTION_WORDS.has(run[0].word) || (run.length > 1 && NAME_TITLES.has(run[0].word)))) run.shift();
    const single = run.length === 1 ? run[0] : null;
    const rejectSingle = single && (isSentenceStart(ctx, single.start) || NON_PERSON_WORDS.has(single.word) || NAME_TITLES.has(single.word));
    if (run.length > 0 && !rejectSingle) names.push({ kind: 'name', start: run[0].start, end: run[run.length - 1].end, actorId: null, phraseStart: run[0].start });
    run = [];
  };
  for (const token of tokens) {
    const joins = token.capitalised && !claimed(token) && (run.length === 0 || adjacent(ctx, run[run.length - 1], token));
    if (!joins) flush();
    if (token.capitalised && !claimed(token)) run.push(token);
    if (token.possessive) flush();
  }
  flush();
  return names;
}

/** Every speaker candidate inside body[from, to), in text order; mentions win over titles that do not reach their head noun. */
export function candidatesIn(ctx: ArticleContext, from: number, to: number): Candidate[] {
  const tokens = tokensIn(ctx, from, to);
  const mentions: Candidate[] = mentionsIn(ctx, from, to).map((m) => ({
    kind: 'mention',
    start: m.start,
    end: m.end,
    actorId: m.actorId,
    phraseStart: m.start,
  }));
  const inside = (t: Token, spans: Candidate[]) => spans.some((s) => t.start < s.end && s.start < t.end);
  const titles = findTitles(ctx, tokens, (t) => inside(t, mentions));
  // A mention inside a title is a modifier ("a Hamas spokesman"), not the speaker.
  const freeMentions = mentions.filter((m) => !titles.some((t) => t.start <= m.start && m.end <= t.end));
  const claimed = [...freeMentions, ...titles];
  const pronouns: Candidate[] = tokens
    .filter((t) => PRONOUNS.has(t.word) && !t.possessive && !inside(t, claimed))
    .map((t) => ({ kind: 'pronoun', start: t.start, end: t.end, actorId: null, phraseStart: t.start }));
  const names = findNames(ctx, tokens, (t) => inside(t, claimed));
  const all = [...claimed, ...pronouns, ...names].sort((a, b) => a.start - b.start);
  // "Press secretary Karoline Leavitt", "A spokesman, Samir Odeh": the name, not the title, is the speaker.
  const kept: Candidate[] = [];
  for (let i = 0; i < all.length; i++) {
    const next = all[i + 1];
    if (next && isTitleLike(ctx, all[i]) && isPersonName(ctx, next) && /^,?\s*$/.test(ctx.body.slice(all[i].end, next.start))) {
      all[i + 1] = { ...next, phraseStart: all[i].phraseStart };
    } else {
      kept.push(all[i]);
    }
  }
  return kept;
}

export function isTitleLike(ctx: ArticleContext, candidate: Candidate): boolean {
  if (candidate.kind === 'title') return true;
  if (candidate.kind !== 'mention') return false;
  const last = /([\p{L}]+)(?:['’]s?)?$/u.exec(ctx.body.slice(candidate.start, candidate.end));
  return !!last && ROLE_NOUNS.has(last[1].toLowerCase());
}

function isPersonName(ctx: ArticleContext, candidate: Candidate): boolean {
  if (candidate.kind === 'name') return true;
  return candidate.kind === 'mention' && !isTitleLike(ctx, candidate) && ctx.actorsById.get(candidate.actorId ?? -1)?.kind === 'person';
}

/** Is the candidate the object of a preposition ("of the Halden Institute", "to Gaza's population")? */
function isPrepositionalObject(ctx: ArticleContext, candidate: Candidate): boolean {
  const start = candidate.phraseStart;
  const before = /([\p{L}]+)[ \t]+(?:(?:the|a|an|his|her|its|their)[ \t]+)?$/u.exec(ctx.body.slice(Math.max(0, start - 40), start));
  return !!before && PREPOSITIONS.has(before[1].toLowerCase());
}

/** "Gaza's population": a possessor modifies the subject; "Trump's warning" still names who spoke. */
function isPossessor(ctx: ArticleContext, candidate: Candidate): boolean {
  const after = /^['’]s?\s+([\p{L}]+)/u.exec(ctx.body.slice(candidate.end, candidate.end + 40));
  return !!after && !SPEECH_NOUNS.has(after[1].toLowerCase());
}

/** Comma-enclosed stretches that describe the preceding candidate (", a former official,"), unless they are a name. */
function appositives(ctx: ArticleContext, candidates: Candidate[], from: number, to: number): { start: number; end: number }[] {
  const commas: number[] = [];
  for (let i = from; i < to; i++) if (ctx.body[i] === ',' && !ctx.quoteMask[i]) commas.push(i);
  const found: { start: number; end: number }[] = [];
  for (let k = 0; k + 1 < commas.length; k++) {
    const [open, close] = [commas[k], commas[k + 1]];
    const describesCandidate = candidates.some((c) => c.end <= open && /^\s*$/.test(ctx.body.slice(c.end, open)));
    const firstInside = candidates.find((c) => c.start > open && c.start < close);
    const startsWithName =
      !!firstInside && isPersonName(ctx, firstInside) && /^\s*$/.test(ctx.body.slice(open + 1, firstInside.phraseStart));
    if (describesCandidate && !startsWithName) found.push({ start: open, end: close });
  }
  return found;
}

/** Candidates that can be the subject of a clause in body[from, to): no prepositional objects, possessors or appositive members. */
export function subjectCandidates(ctx: ArticleContext, from: number, to: number): Candidate[] {
  const all = candidatesIn(ctx, from, to);
  const skipped = appositives(ctx, all, from, to);
  return all.filter(
    (c) =>
      !isPrepositionalObject(ctx, c) && !isPossessor(ctx, c) && !skipped.some((a) => a.start < c.start && c.end <= a.end),
  );
}

export function pickSubject(ctx: ArticleContext, from: number, to: number, which: 'first' | 'last'): Candidate | null {
  const candidates = subjectCandidates(ctx, from, to);
  return (which === 'first' ? candidates[0] : candidates[candidates.length - 1]) ?? null;
}
