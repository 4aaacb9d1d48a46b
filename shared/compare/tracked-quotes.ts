// Accepted (coded) quotations in the coverage matrix: marked on the row that holds them, or given a row of their own.
import { memberAt, type AlignArticle } from './alignment';
import { longestCommonRun, MIN_QUOTE_WORDS } from './quote-match';
import { quoteWords, straightenQuotes } from './text';
import type { AlignedGroup, AlignedMember } from './types';

export interface TrackedQuote {
  codingId: number;
  articleId: number;
  start: number;
  end: number;
  actorId: number | null;
  /** The speaker actor's name, if any. */
  speaker: string | null;
}

/** Share of a coded quotation's words that must appear in a row in another article's sentence to count as carried. */
export const TRACKED_MATCH_SHARE = 0.8;

export function holdsTracked(holder: { members: AlignedMember[] }, quote: TrackedQuote): boolean {
  return holder.members.some(
    (m) => m.articleId === quote.articleId && (m.quoteStart ?? m.start) < quote.end && quote.start < (m.quoteEnd ?? m.end),
  );
}

/** Other articles' sentences that carry the coded words (a common run of at least 80% of them). */
function carriers(articles: AlignArticle[], quote: TrackedQuote, wordsOfQuote: string[]): AlignedMember[] {
  const needed = Math.max(MIN_QUOTE_WORDS, Math.ceil(TRACKED_MATCH_SHARE * wordsOfQuote.length));
  return articles.flatMap((a) => {
    if (a.id === quote.articleId) return [];
    const hit = a.sentences.find((s) => longestCommonRun(quoteWords(a.body.slice(s.start, s.end)), wordsOfQuote) >= needed);
    return hit ? [memberAt(a, hit.start, hit.end)] : [];
  });
}

/** Rows for coded quotations that no quote group holds (reported speech, corrected spans). */
export function trackedOnlyGroups(articles: AlignArticle[], groups: AlignedGroup[], tracked: TrackedQuote[]): AlignedGroup[] {
  const made: AlignedGroup[] = [];
  for (const quote of tracked) {
    if ([...groups, ...made].some((g) => holdsTracked(g, quote))) continue;
    const article = articles.find((a) => a.id === quote.articleId);
    if (!article) continue;
    const text = straightenQuotes(article.body.slice(quote.start, quote.end));
    const own = { ...memberAt(article, quote.start, quote.end, quote), speaker: quote.speaker, speakerActorId: quote.actorId };
    const members = [own, ...carriers(articles, quote, quoteWords(text))];
    made.push({
      key: `tracked:${quote.codingId}`,
      reason: 'quote',
      fact: null,
      score: 1,
      label: `"${text.length > 120 ? `${text.slice(0, 119)}…` : text}"`,
      articleIds: [...new Set(members.map((m) => m.articleId))],
      headlineArticleIds: [],
      members,
    });
  }
  return made;
}
