// Who each outlet quotes: quotations per speaker and outlet, with words, direct vs reported, and where they sit.
import { firstParagraphEnd, positionOf, sentencesCovering, thirdOf, type SentenceSpan } from './positions';
import { longestCommonRun, MIN_QUOTE_WORDS } from './quote-match';
import { quoteWords, straightenQuotes } from './text';
import type { SourcingCell, SourcingQuote, SourcingSpeaker, SourcingTable } from './types';
import { countWordsIn } from './word-diff';

export interface SourcingArticle {
  id: number;
  outletId: number;
  outlet: string;
  title: string;
  body: string;
  sentences: SentenceSpan[];
  quotes: { kind: 'direct' | 'reported'; start: number; end: number; speaker: { text: string; actorId: number | null } | null }[];
}

export const UNATTRIBUTED = '(unattributed)';
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'his', 'her']);

/** One key per speaker: the actor when resolved; otherwise the name, with "Vance" folded into "Gregory Vance". */
function speakerKeys(articles: SourcingArticle[], actorNames: Map<number, string>) {
  const texts = new Set(articles.flatMap((a) => a.quotes.filter((q) => q.speaker && !q.speaker.actorId).map((q) => q.speaker!.text.trim())));
  const full = [...texts].filter((t) => t.includes(' '));
  return (speaker: { text: string; actorId: number | null } | null): { key: string; name: string; actorId: number | null } => {
    if (speaker?.actorId) return { key: `actor:${speaker.actorId}`, name: actorNames.get(speaker.actorId) ?? speaker.text, actorId: speaker.actorId };
    const text = speaker?.text.trim() ?? '';
    if (!text || PRONOUNS.has(text.toLowerCase()) || /^(the|a|an)\s/i.test(text)) return { key: UNATTRIBUTED, name: UNATTRIBUTED, actorId: null };
    const longer = !text.includes(' ') ? full.find((f) => f.split(/\s+/).pop()!.toLowerCase() === text.toLowerCase()) : undefined;
    const name = longer ?? text;
    return { key: `text:${name.toLowerCase()}`, name, actorId: null };
  };
}

function headlineQuotes(title: string): string[][] {
  return [...straightenQuotes(title).matchAll(/"([^"]+)"/g)].map((m) => quoteWords(m[1])).filter((w) => w.length >= 1);
}

function emptyCell(outletId: number): SourcingCell {
  return { outletId, quotes: 0, words: 0, direct: 0, reported: 0, quoteShare: 0, wordShare: 0, positions: { headline: 0, lead: 0, body: 0 }, thirds: { first: 0, second: 0, last: 0 } };
}

export function sourcingTable(articles: SourcingArticle[], actorNames: Map<number, string>): SourcingTable {
  const keyOf = speakerKeys(articles, actorNames);
  const quotes: SourcingQuote[] = [];
  const speakers = new Map<string, { name: string; actorId: number | null }>();
  for (const a of articles) {
    const paragraphEnd = firstParagraphEnd(a.body);
    const titled = headlineQuotes(a.title);
    for (const q of a.quotes) {
      const who = keyOf(q.speaker);
      speakers.set(who.key, who);
      const text = a.body.slice(q.start, q.end);
      quotes.push({
        articleId: a.id,
        outletId: a.outletId,
        speakerKey: who.key,
        kind: q.kind,
        start: q.start,
        end: q.end,
        words: countWordsIn(text),
        position: positionOf(a.sentences, sentencesCovering(a.sentences, q.start, q.end), paragraphEnd),
        inHeadline: titled.some((t) => t.length >= MIN_QUOTE_WORDS && longestCommonRun(t, quoteWords(text)) === t.length),
        third: thirdOf(q.start, a.body.length),
        text,
      });
    }
  }
  const outlets: SourcingTable['outlets'] = [];
  for (const a of articles) {
    const outlet = outlets.find((o) => o.id === a.outletId);
    if (outlet) outlet.articleIds.push(a.id);
    else outlets.push({ id: a.outletId, name: a.outlet, articleIds: [a.id], quotes: 0, words: 0 });
  }
  for (const q of quotes) {
    const o = outlets.find((x) => x.id === q.outletId)!;
    o.quotes++;
    o.words += q.words;
  }
  const rows: SourcingSpeaker[] = [...speakers].map(([key, who]) => {
    const cells = outlets.map((o) => {
      const cell = emptyCell(o.id);
      for (const q of quotes) {
        if (q.speakerKey !== key || q.outletId !== o.id) continue;
        cell.quotes++;
        cell.words += q.words;
        cell[q.kind]++;
        cell.positions[q.position]++;
        if (q.inHeadline) cell.positions.headline++;
        cell.thirds[q.third]++;
      }
      cell.quoteShare = o.quotes ? cell.quotes / o.quotes : 0;
      cell.wordShare = o.words ? cell.words / o.words : 0;
      return cell;
    });
    const quotesTotal = cells.reduce((n, c) => n + c.quotes, 0);
    return { key, name: who.name, actorId: who.actorId, quotes: quotesTotal, words: cells.reduce((n, c) => n + c.words, 0), outlets: cells.filter((c) => c.quotes).length, cells };
  });
  return { outlets, speakers: rows.sort((x, y) => y.quotes - x.quotes || x.name.localeCompare(y.name)), quotes };
}
