// Pure helpers of the Compare view: aligned passages per article, the default columns, which passage a point of the
// text stands for, coverage-matrix sorting, and tables as CSV cells.
import type { AggregateTable, TableCell } from '../../../shared/compare/tables';
import type { AlignReason, AlignedGroup, CoverageCell, CoverageMatrix, CoverageRow, DuplicateGroup, DuplicateMember, Passage, StoryComparison } from '../../../shared/compare/types';
import type { CsvCell } from './csv';

/** One aligned passage as one column shows it: a member of an alignment group, in one article. */
export interface ColumnPassage {
  /** Unique in the story: group key + article + start. */
  id: string;
  groupKey: string;
  reason: AlignReason;
  label: string;
  start: number;
  end: number;
  quoteStart?: number;
  quoteEnd?: number;
  /** How many articles of the story carry the group. */
  articles: number;
}

export const passageId = (groupKey: string, articleId: number, start: number) => `${groupKey}@${articleId}:${start}`;

/** Every article's aligned passages, in reading order (start, then the longer first). */
export function passagesByArticle(groups: AlignedGroup[]): Map<number, ColumnPassage[]> {
  const out = new Map<number, ColumnPassage[]>();
  for (const g of groups) {
    for (const m of g.members) {
      const list = out.get(m.articleId) ?? out.set(m.articleId, []).get(m.articleId)!;
      if (list.some((p) => p.groupKey === g.key && p.start === m.start && p.end === m.end)) continue;
      list.push({
        id: passageId(g.key, m.articleId, m.start),
        groupKey: g.key,
        reason: g.reason,
        label: g.label,
        start: m.start,
        end: m.end,
        ...(m.quoteStart !== undefined ? { quoteStart: m.quoteStart, quoteEnd: m.quoteEnd } : {}),
        articles: g.articleIds.length,
      });
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start || b.end - a.end || a.groupKey.localeCompare(b.groupKey));
  return out;
}

const REASON_RANK: Record<AlignReason, number> = { quote: 0, number: 1, paraphrase: 2 };

/**
 * Of the passages covering a point of the text, the one it most likely stands for: a quotation whose quoted words hold
 * the point, then quotes before numbers before paraphrases, then the shortest span, then the most widely carried.
 */
export function passageAt(candidates: ColumnPassage[], offset: number | null): ColumnPassage | null {
  if (!candidates.length) return null;
  const inQuote = (p: ColumnPassage) => offset !== null && p.quoteStart !== undefined && p.quoteEnd !== undefined && offset >= p.quoteStart && offset < p.quoteEnd;
  return [...candidates].sort(
    (a, b) =>
      Number(inQuote(b)) - Number(inQuote(a)) ||
      REASON_RANK[a.reason] - REASON_RANK[b.reason] ||
      a.end - a.start - (b.end - b.start) ||
      b.articles - a.articles,
  )[0]!;
}

/** The group a passage (from the coverage matrix) belongs to, when the alignment has it. */
export function groupOfPassage(groups: AlignedGroup[], p: Passage): AlignedGroup | null {
  const exact = groups.find((g) => g.members.some((m) => m.articleId === p.articleId && m.start === p.start && m.end === p.end && (p.quoteStart === undefined || m.quoteStart === p.quoteStart)));
  return exact ?? groups.find((g) => g.members.some((m) => m.articleId === p.articleId && m.start <= p.start && m.end >= p.end)) ?? null;
}

/** The first article of each outlet, in the story's order, up to `max`; topped up with further articles when the story has few outlets. */
export function defaultColumns(articles: StoryComparison['articles'], max: number): number[] {
  const picked: number[] = [];
  const outlets = new Set<number>();
  for (const a of articles) {
    if (picked.length >= max) break;
    if (outlets.has(a.outletId)) continue;
    outlets.add(a.outletId);
    picked.push(a.id);
  }
  for (const a of articles) {
    if (picked.length >= Math.min(max, 2)) break;
    if (!picked.includes(a.id)) picked.push(a.id);
  }
  return picked;
}

/** The next article to add as a column: an outlet not yet shown first, else any article not shown. */
export function nextColumn(articles: StoryComparison['articles'], shown: number[]): number | null {
  const outlets = new Set(articles.filter((a) => shown.includes(a.id)).map((a) => a.outletId));
  return articles.find((a) => !shown.includes(a.id) && !outlets.has(a.outletId))?.id ?? articles.find((a) => !shown.includes(a.id))?.id ?? null;
}

/** Where a coverage-matrix jump lands: the column already showing the article, else a new column, else the last one. */
export function placeArticle(columns: number[], articleId: number, max: number): number[] {
  if (columns.includes(articleId)) return columns;
  if (columns.length < max) return [...columns, articleId];
  return [...columns.slice(0, -1), articleId];
}

/** The near-duplicate group an article belongs to, with its member entry. */
export function wireInfo(groups: DuplicateGroup[], articleId: number): { group: DuplicateGroup; member: DuplicateMember; base: DuplicateMember } | null {
  for (const group of groups) {
    const member = group.members.find((m) => m.articleId === articleId);
    if (member) return { group, member, base: group.members.find((m) => m.isBase)! };
  }
  return null;
}

// ---------- Coverage matrix ----------

export type CoverageSort = { by: 'computed' | 'label' | 'included'; dir: 'asc' | 'desc' };

export function sortRows(rows: CoverageRow[], sort: CoverageSort): CoverageRow[] {
  if (sort.by === 'computed') return sort.dir === 'asc' ? rows : [...rows].reverse();
  const sign = sort.dir === 'asc' ? 1 : -1;
  const byLabel = (a: CoverageRow, b: CoverageRow) => a.label.replace(/^["“]/, '').localeCompare(b.label.replace(/^["“]/, ''), undefined, { sensitivity: 'base' });
  return [...rows].sort((a, b) =>
    sort.by === 'label' ? sign * byLabel(a, b) || a.key.localeCompare(b.key) : sign * (a.outletsIncluded - b.outletsIncluded) || b.articlesIncluded - a.articlesIncluded || byLabel(a, b),
  );
}

/** The passages of some of a row's cells. */
export const cellPassages = (cells: CoverageCell[]): Passage[] => cells.flatMap((c) => c.articles.flatMap((a) => a.passages));

export const rowHasPassage = (row: CoverageRow, p: Passage) => cellPassages(row.cells).some((q) => q.articleId === p.articleId && q.start === p.start && q.end === p.end);

export const POSITION_LETTER = { headline: 'H', lead: 'L', body: 'B' } as const;
export const POSITION_WORD = { headline: 'headline', lead: 'lead', body: 'body' } as const;

/**
 * The coverage matrix as a table for shared/compare/tables' toCsvRows: rows = facts and quotes, columns = outlets,
 * value 1 (included) or 0 (omitted), n = the outlet's articles carrying it, counts = where (headline, lead, body).
 */
export function coverageAsTable(matrix: CoverageMatrix, rows: CoverageRow[] = matrix.rows): AggregateTable {
  const countKeys = ['headline', 'lead', 'body'];
  return {
    id: `coverage-${matrix.storyId}`,
    title: 'Coverage matrix',
    note: 'value = 1 when the outlet carries the fact or quote, 0 when it omits it; n = its articles that carry it; headline/lead/body = those articles by most prominent position',
    valueKind: 'count',
    valueLabel: 'included',
    rowTitle: 'Fact or quote',
    columnTitle: 'Outlet',
    rows: rows.map((r) => ({ key: r.key, label: r.label, id: r.analystRowId })),
    columns: matrix.outlets.map((o) => ({ key: `outlet:${o.id}`, label: o.name, id: o.id })),
    countKeys,
    cells: rows.map((r) =>
      r.cells.map((c): TableCell => {
        const counts: Record<string, number> = { headline: 0, lead: 0, body: 0 };
        for (const a of c.articles) if (a.included && a.position) counts[a.position] += 1;
        return { value: c.included ? 1 : 0, n: c.articles.filter((a) => a.included).length, counts };
      }),
    ),
  };
}

/**
 * toCsvRows gives every cell as text; the computed numbers go back to numbers so lib/csv writes them plainly (a
 * mean of -0.5 must not be neutralised into text), while the header and the row labels stay text and are neutralised.
 */
export function csvCellsOf(rows: string[][]): CsvCell[][] {
  return rows.map((row, r) =>
    row.map((cell, c) => {
      if (r === 0 || c === 0) return cell;
      if (cell === '') return null;
      const n = Number(cell);
      return Number.isFinite(n) && /^-?\d+(\.\d+)?(e-?\d+)?$/.test(cell) ? n : cell;
    }),
  );
}

/** A story's date span, for headers: "5 Mar 2025" or "5 Mar 2025 – 7 Mar 2025". */
export function dateSpan(dates: (string | null)[], format: (d: string) => string): string | null {
  const sorted = dates.filter((d): d is string => !!d).sort();
  if (!sorted.length) return null;
  const [first, last] = [sorted[0]!.slice(0, 10), sorted[sorted.length - 1]!.slice(0, 10)];
  return first === last ? format(first) : `${format(first)} – ${format(last)}`;
}
