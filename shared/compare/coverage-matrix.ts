// The coverage matrix: rows are the story's facts and quotes, columns its outlets, cells included-or-omitted with
// the position (headline, lead, body) and the passage to jump to; counts on both axes for sorting.
import { mostProminent } from './positions';
import { EDIT_RULE, type ResolvedRow } from './coverage-rows';
import { holdsTracked, type TrackedQuote } from './tracked-quotes';
import type { AlignedMember, CoverageArticleCell, CoverageCell, CoverageMatrix, CoverageRow, Passage } from './types';

export interface CoverageArticle {
  id: number;
  outletId: number;
  outlet: string;
  title: string;
  publishedAt: string | null;
}

const RANK = { headline: 0, lead: 1, body: 2 } as const;

function passageOf(m: AlignedMember): Passage {
  return { articleId: m.articleId, start: m.start, end: m.end, ...(m.quoteStart !== undefined ? { quoteStart: m.quoteStart, quoteEnd: m.quoteEnd } : {}) };
}

function articleCell(row: ResolvedRow, articleId: number): CoverageArticleCell {
  const members = row.members.filter((m) => m.articleId === articleId).sort((a, b) => RANK[a.position] - RANK[b.position] || a.start - b.start);
  const headline = row.headlineArticleIds.includes(articleId);
  const position = headline ? 'headline' : (members[0]?.position ?? null);
  return { articleId, included: members.length > 0 || headline, position, passages: members.map(passageOf) };
}

function cell(row: ResolvedRow, outletId: number, articleIds: number[]): CoverageCell {
  const articles = articleIds.map((id) => articleCell(row, id));
  const position = articles.reduce<CoverageCell['position']>((p, a) => mostProminent(p, a.position), null);
  const best = articles.find((a) => a.position === position && a.passages.length) ?? articles.find((a) => a.passages.length);
  return { outletId, included: articles.some((a) => a.included), position, passage: best?.passages[0] ?? null, articles };
}

function trackedIn(row: ResolvedRow, tracked: TrackedQuote[]): TrackedQuote[] {
  return tracked.filter((q) => holdsTracked(row, q));
}

function speakersOf(row: ResolvedRow, tracked: TrackedQuote[]): CoverageRow['speakers'] {
  const found = new Map<string, { text: string; actorId: number | null }>();
  for (const q of tracked) if (q.speaker) found.set(q.actorId ? `a${q.actorId}` : q.speaker, { text: q.speaker, actorId: q.actorId });
  for (const m of row.members) {
    if (!m.speaker) continue;
    const key = m.speakerActorId ? `a${m.speakerActorId}` : m.speaker.toLowerCase();
    if (!found.has(key)) found.set(key, { text: m.speaker, actorId: m.speakerActorId ?? null });
  }
  return [...found.values()];
}

export function coverageMatrix(storyId: number, articles: CoverageArticle[], rows: ResolvedRow[], tracked: TrackedQuote[]): CoverageMatrix {
  const outlets: { id: number; name: string; articleIds: number[] }[] = [];
  for (const a of articles) {
    const outlet = outlets.find((o) => o.id === a.outletId);
    if (outlet) outlet.articleIds.push(a.id);
    else outlets.push({ id: a.outletId, name: a.outlet, articleIds: [a.id] });
  }
  const matrixRows: CoverageRow[] = rows.map((row) => {
    const cells = outlets.map((o) => cell(row, o.id, o.articleIds));
    const held = trackedIn(row, tracked);
    return {
      key: row.key,
      label: row.label,
      reason: row.reason,
      analystRowId: row.analystRowId,
      edit: row.edit,
      stale: row.stale,
      tracked: held.length > 0,
      trackedCodingIds: held.map((q) => q.codingId),
      speakers: speakersOf(row, held),
      score: row.score,
      outletsIncluded: cells.filter((c) => c.included).length,
      outletsOmitted: cells.filter((c) => !c.included).length,
      articlesIncluded: cells.reduce((n, c) => n + c.articles.filter((a) => a.included).length, 0),
      cells,
    };
  });
  return {
    storyId,
    outlets: outlets.map((o, i) => {
      const included = matrixRows.filter((r) => r.cells[i].included).length;
      return { ...o, rowsIncluded: included, rowsOmitted: matrixRows.length - included };
    }),
    articles: articles.map(({ id, outletId, title, publishedAt }) => ({ id, outletId, title, publishedAt })),
    rows: matrixRows,
    editRule: EDIT_RULE,
  };
}
