// Sentence alignment on small hand-made articles: quotes, numbers in context, paraphrases, positions.
import { describe, expect, it } from 'vitest';
import { alignArticles, type AlignArticle } from '../../shared/compare/alignment';
import { splitSentences } from '../../shared/text/sentences';

/** An article as the import stores it: sentences from splitSentences; direct quotes found by their marks. */
function article(id: number, outletId: number, title: string, body: string): AlignArticle {
  const quotes = [...body.matchAll(/["“]([^"”]+)["”]/g)].map((m) => ({ start: m.index + 1, end: m.index + 1 + m[1].replace(/[,.]$/, '').length }));
  return { id, outletId, title, body, sentences: splitSentences(body).map((s, idx) => ({ idx, ...s })), quotes };
}

const A = article(
  1,
  10,
  'Envoy meets Hamas in Doha',
  'The envoy met Hamas representatives twice in Doha over recent weeks. Hamas is holding 59 hostages in Gaza.\n\nThe talks lasted 24 hours. "There are American lives on the line," Leavitt told reporters. A former U.S. Deputy Assistant Secretary of Defense warned of risks.',
);
const B = article(
  2,
  20,
  'Direct talks confirmed',
  '“There are American lives on the line,” the press secretary said. Of the 59 hostages held by Hamas in Gaza, at least 24 are alive.\n\nThe special envoy met representatives of Hamas twice in Doha in recent weeks, officials said.',
);
const C = article(3, 30, 'Markets', 'Stock markets rose 24 points on Tuesday as investors shrugged off rate worries.');

describe('alignArticles', () => {
  const groups = alignArticles([A, B, C]);
  const byReason = (reason: string) => groups.filter((g) => g.reason === reason);

  it('links the same quotation across quote styles, with article, span and quote span of each member', () => {
    const [quote] = byReason('quote');
    expect(quote).toMatchObject({ label: '"There are American lives on the line"', articleIds: [1, 2], score: 1 });
    for (const m of quote.members) {
      const body = [A, B].find((a) => a.id === m.articleId)!.body;
      expect(body.slice(m.quoteStart, m.quoteEnd)).toBe('There are American lives on the line');
      expect(body.slice(m.start, m.end)).toMatch(/^["“]There are American lives on the line,["”] .* (told reporters|said)\.$/);
    }
    expect(quote.members.map((m) => m.position)).toEqual(['body', 'lead']);
  });

  it('links numbers only where the sentences share context', () => {
    const numbers = byReason('number');
    expect(numbers.map((g) => [g.fact, g.label, g.articleIds])).toEqual([['59', '59 hostages', [1, 2]]]);
  });

  it('links close paraphrases, one sentence per article, and marks headline overlap', () => {
    const [paraphrase] = byReason('paraphrase');
    expect(paraphrase.articleIds).toEqual([1, 2]);
    expect(paraphrase.members.map((m) => m.text)).toEqual([
      'The envoy met Hamas representatives twice in Doha over recent weeks.',
      'The special envoy met representatives of Hamas twice in Doha in recent weeks, officials said.',
    ]);
    expect(paraphrase.headlineArticleIds).toEqual([1]);
    expect(paraphrase.score).toBeGreaterThan(0.5);
  });

  it('keeps sentence indexes of the stored split, joining an older split after "U.S." into one passage', () => {
    // Projects imported before the sentence splitter learned initialisms store "A former U.S." as a sentence.
    const at = A.body.indexOf('Deputy');
    const old = { ...A, sentences: [...A.sentences.slice(0, 4), { idx: 4, start: A.sentences[4].start, end: at - 1 }, { idx: 5, start: at, end: A.body.length }] };
    const joined = alignArticles([old, { ...old, id: 9, outletId: 90 }]).find((g) => /Deputy Assistant/.test(g.label));
    expect(joined?.members[0].sentences).toEqual([4, 5]);
    expect(joined?.members[0].text).toBe('A former U.S. Deputy Assistant Secretary of Defense warned of risks.');
  });
});
