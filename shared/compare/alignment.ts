// Aligns the sentences of a story's articles into passage groups: the same quotation, the same number in the same
// context, or a close paraphrase. A sentence can report several facts, so it can sit in several groups.
import { groupNumbers, type NumberOccurrence } from './number-groups';
import { groupParaphrases } from './paraphrase-groups';
import { firstParagraphEnd, positionOf, sentenceRuns, sentencesCovering, type SentenceSpan } from './positions';
import { groupQuotations, longestCommonRun, matchQuotations, MIN_QUOTE_WORDS } from './quote-match';
import { contentWords, numberFacts, quoteWords, STOPWORDS, straightenQuotes, tokens, words } from './text';
import type { AlignedGroup, AlignedMember, AlignReason } from './types';

export interface AlignQuote {
  /** The quoted words (inside the marks). */
  start: number;
  end: number;
  speaker?: string | null;
  speakerActorId?: number | null;
}

export interface AlignArticle {
  id: number;
  outletId: number;
  title: string;
  body: string;
  /** The stored sentences, in order. */
  sentences: SentenceSpan[];
  /** Direct quotations only. */
  quotes: AlignQuote[];
}

/** A quotation only one article carries still gets a group when it has at least this many words. */
export const MIN_SINGLE_QUOTE_WORDS = 4;

interface Unit {
  article: number;
  /** Indexes into the article's sentences: usually one, more where the stored split broke after "U.S.". */
  sentences: number[];
  content: Set<string>;
}

interface Draft {
  reason: AlignReason;
  fact?: string;
  score: number;
  label: string;
  members: AlignedMember[];
  headline: (article: AlignArticle) => boolean;
}

const spanOf = (a: AlignArticle, u: Unit) => ({ start: a.sentences[u.sentences[0]].start, end: a.sentences[u.sentences[u.sentences.length - 1]].end });

function unitsOf(articles: AlignArticle[]): Unit[] {
  return articles.flatMap((a, article) =>
    sentenceRuns(a.body, a.sentences, (w) => STOPWORDS.has(w)).map((run) => {
      const unit = { article, sentences: run, content: new Set<string>() };
      const { start, end } = spanOf(a, unit);
      unit.content = new Set(contentWords(words(a.body.slice(start, end))));
      return unit;
    }),
  );
}

function member(a: AlignArticle, sentenceIndexes: number[], paragraphEnd: number, quote?: AlignQuote): AlignedMember {
  const first = a.sentences[sentenceIndexes[0]];
  const last = a.sentences[sentenceIndexes[sentenceIndexes.length - 1]];
  return {
    articleId: a.id,
    outletId: a.outletId,
    start: first.start,
    end: last.end,
    ...(quote ? { quoteStart: quote.start, quoteEnd: quote.end } : {}),
    sentences: sentenceIndexes.map((i) => a.sentences[i].idx),
    position: positionOf(a.sentences, sentenceIndexes, paragraphEnd),
    text: quote ? a.body.slice(quote.start, quote.end) : a.body.slice(first.start, last.end),
  };
}

/** A member for any span of an article (an analyst's passage, a coded quote), kept as given, placed by its sentences. */
export function memberAt(a: AlignArticle, start: number, end: number, quote?: { start: number; end: number }): AlignedMember {
  const covering = sentencesCovering(a.sentences, start, end);
  return {
    articleId: a.id,
    outletId: a.outletId,
    start,
    end,
    ...(quote ? { quoteStart: quote.start, quoteEnd: quote.end } : {}),
    sentences: covering.map((i) => a.sentences[i].idx),
    position: covering.length ? positionOf(a.sentences, covering, firstParagraphEnd(a.body)) : 'body',
    text: quote ? a.body.slice(quote.start, quote.end) : a.body.slice(start, end),
  };
}

function quoteDrafts(articles: AlignArticle[], paragraphEnds: number[]): Draft[] {
  const refs = articles.flatMap((a, article) =>
    a.quotes.map((q) => ({ article, quote: q, words: quoteWords(a.body.slice(q.start, q.end)) })).filter((r) => r.words.length >= MIN_QUOTE_WORDS),
  );
  const matches = matchQuotations(refs.map((r) => r.words));
  return groupQuotations(refs.length, matches).flatMap((group): Draft[] => {
    const members = group.map((i) => refs[i]);
    const articleCount = new Set(members.map((m) => m.article)).size;
    const shortest = members.reduce((a, b) => (b.words.length < a.words.length ? b : a));
    if (articleCount < 2 && shortest.words.length < MIN_SINGLE_QUOTE_WORDS) return [];
    const scores = matches.filter((m) => group.includes(m.a) && group.includes(m.b)).map((m) => m.score);
    const text = straightenQuotes(articles[shortest.article].body.slice(shortest.quote.start, shortest.quote.end));
    return [
      {
        reason: 'quote',
        score: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 1,
        label: `"${text}"`,
        members: members.map((m) => {
          const a = articles[m.article];
          return { ...member(a, sentencesCovering(a.sentences, m.quote.start, m.quote.end), paragraphEnds[m.article], m.quote), speaker: m.quote.speaker ?? null, speakerActorId: m.quote.speakerActorId ?? null };
        }),
        headline: (a) => {
          const title = quoteWords(a.title);
          const run = longestCommonRun(title, shortest.words);
          return run >= MIN_QUOTE_WORDS && (run === shortest.words.length || run >= 5);
        },
      },
    ];
  });
}

function numberOccurrences(articles: AlignArticle[], units: Unit[]): NumberOccurrence[] {
  return units.flatMap((u, unit) => {
    const a = articles[u.article];
    const s = spanOf(a, u);
    const sentenceTokens = tokens(a.body, s.start, s.end);
    return numberFacts(a.body, s.start, s.end).map((n) => {
      const next = sentenceTokens.find((t) => t.start >= n.end && !STOPWORDS.has(t.word) && /\p{L}/u.test(t.word));
      const adjacent = next && /^[\s,]*$/.test(a.body.slice(n.end, next.start)) ? next.word : null;
      // "March 5" and "October 7" are dates: the month belongs in the label.
      const month = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+$/.exec(a.body.slice(Math.max(0, n.start - 12), n.start));
      return { unit, article: u.article, key: n.key, surface: month ? `${month[1]} ${n.surface}` : n.surface, next: month ? null : adjacent };
    });
  });
}

function titleOverlaps(title: string, sentence: Set<string>): boolean {
  const t = new Set(contentWords(words(title)));
  let shared = 0;
  for (const w of t) if (sentence.has(w)) shared++;
  return shared >= 3 && shared * 2 >= t.size;
}

function unitDraft(reason: AlignReason, score: number, label: string, group: number[], units: Unit[], articles: AlignArticle[], paragraphEnds: number[]): Draft {
  return {
    reason,
    score,
    label,
    members: group.map((i) => member(articles[units[i].article], units[i].sentences, paragraphEnds[units[i].article])),
    headline: (a) => {
      const index = articles.indexOf(a);
      return group.some((i) => units[i].article === index && titleOverlaps(a.title, units[i].content));
    },
  };
}

function shorten(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Passages of the quoted words removed, so paraphrase compares what the outlet wrote around them. */
function outsideQuotes(a: AlignArticle, s: { start: number; end: number }): string {
  let text = a.body.slice(s.start, s.end);
  for (const q of a.quotes) {
    if (q.end <= s.start || q.start >= s.end) continue;
    const from = Math.max(q.start, s.start) - s.start;
    const to = Math.min(q.end, s.end) - s.start;
    text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  return text;
}

const REASON_ORDER: Record<AlignReason, number> = { quote: 0, number: 1, paraphrase: 2 };

export function alignArticles(articles: AlignArticle[]): AlignedGroup[] {
  const paragraphEnds = articles.map((a) => firstParagraphEnd(a.body));
  const units = unitsOf(articles);
  const drafts = quoteDrafts(articles, paragraphEnds);
  const numbers = groupNumbers(
    units.map((u) => u.content),
    numberOccurrences(articles, units),
  );
  for (const g of numbers) {
    const draft = unitDraft('number', g.score, g.label, g.units, units, articles, paragraphEnds);
    drafts.push({ ...draft, fact: g.key, headline: (a) => numberFacts(a.title).some((n) => n.key === g.key) });
  }

  const covered = new Set<string>();
  for (const d of drafts) {
    if (new Set(d.members.map((m) => m.articleId)).size < 2) continue;
    for (const m of d.members) for (const idx of m.sentences) covered.add(`${m.articleId}:${idx}`);
  }
  const paraphrases = groupParaphrases(
    units.map((u) => {
      const a = articles[u.article];
      const eligible = !u.sentences.some((i) => covered.has(`${a.id}:${a.sentences[i].idx}`));
      return { article: u.article, terms: contentWords(words(outsideQuotes(a, spanOf(a, u)))), eligible };
    }),
  );
  for (const g of paraphrases) {
    const first = units[g.units[0]];
    const span = spanOf(articles[first.article], first);
    const label = articles[first.article].body.slice(span.start, span.end);
    drafts.push(unitDraft('paraphrase', g.score, label, g.units, units, articles, paragraphEnds));
  }

  const order = new Map(articles.map((a, i) => [a.id, i]));
  return drafts
    .map((d): AlignedGroup & { firstSentence: number } => {
      const members = [...d.members].sort((x, y) => order.get(x.articleId)! - order.get(y.articleId)! || x.start - y.start);
      const first = members[0];
      return {
        key: `${d.reason}:${d.fact ? `${d.fact}:` : ''}${first.articleId}:${first.quoteStart ?? first.start}`,
        reason: d.reason,
        fact: d.fact ?? null,
        score: Math.round(d.score * 1000) / 1000,
        label: d.reason === 'quote' ? d.label : shorten(d.label),
        articleIds: [...new Set(members.map((m) => m.articleId))],
        headlineArticleIds: articles.filter((a) => members.some((m) => m.articleId === a.id) && d.headline(a)).map((a) => a.id),
        members,
        firstSentence: Math.min(...members.map((m) => m.sentences[0] ?? 0)),
      };
    })
    .sort((x, y) => y.articleIds.length - x.articleIds.length || REASON_ORDER[x.reason] - REASON_ORDER[y.reason] || x.firstSentence - y.firstSentence)
    .map(({ firstSentence: _firstSentence, ...group }) => group);
}
