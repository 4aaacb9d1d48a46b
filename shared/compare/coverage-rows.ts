// The analyst's coverage-matrix edits applied to freshly computed alignment groups.
//
// Edits are stored against passages (article id + span + the group's reason and number), never against group ids:
//  1. passages an analyst moved out by a split, or detached from a row, are taken out of every computed group of the
//     same reason and fact;
//  2. each analyst row, oldest first, takes every still-unclaimed computed group that holds one of its anchor
//     passages (rename and merge anchor a row on all the members it had when edited), plus the passages attached
//     to it;
//  3. whatever is left shows as computed. An analyst row whose passages are found nowhere is kept, marked stale.
import type { AlignedGroup, AlignedMember, CoverageReason } from './types';

export const EDIT_RULE =
  'Edits are kept against passages (article and character span), not row ids. On every recompute, passages moved out by a split or ' +
  'detached from a row leave their computed group; each analyst row (oldest first) then takes every computed group holding one of the ' +
  'passages it had when it was edited, and the passages attached to it; the rest show as computed. An analyst row whose passages are all ' +
  'gone is kept and marked stale.';

/** edit: a computed row the analyst attached passages to or detached them from, and did nothing else to. */
export type EditKind = 'rename' | 'merge' | 'split' | 'add' | 'edit';

export interface AnalystPassage {
  articleId: number;
  start: number;
  end: number;
  quoteStart: number | null;
  quoteEnd: number | null;
  /**
   * anchor: pulls in the computed group holding it; exact: this passage itself, taken out of its computed group
   * (when it has a reason: split off) or added as it is (attached); detached: taken out of its computed group, shown nowhere.
   */
  mode: 'anchor' | 'exact' | 'detached';
  reason: CoverageReason | null;
  fact: string | null;
}

export interface AnalystRow {
  id: number;
  label: string | null;
  kind: EditKind;
  passages: AnalystPassage[];
}

/** A row's passage with the computed group it came from, so a split can say what it takes out of. */
export type RowMember = AlignedMember & { reason: CoverageReason; fact: string | null };

export interface ResolvedRow {
  key: string;
  label: string;
  reason: CoverageReason;
  analystRowId: number | null;
  edit: EditKind | null;
  stale: boolean;
  score: number | null;
  members: RowMember[];
  headlineArticleIds: number[];
}

export const groupReason = (g: AlignedGroup): CoverageReason => (g.key.startsWith('tracked:') ? 'tracked' : g.reason);

export function passageIdentity(reason: string | null, fact: string | null, p: { articleId: number; start: number; end: number; quoteStart?: number | null; quoteEnd?: number | null }): string {
  return `${reason ?? ''}|${fact ?? ''}|${p.articleId}|${p.quoteStart ?? p.start}|${p.quoteEnd ?? p.end}`;
}

const memberKey = (m: RowMember) => `${m.reason}|${m.fact ?? ''}|${m.articleId}|${m.start}|${m.end}|${m.quoteStart ?? ''}`;

function unique(members: RowMember[]): RowMember[] {
  const seen = new Set<string>();
  return members.filter((m) => !seen.has(memberKey(m)) && !!seen.add(memberKey(m)));
}

/** A group's headline articles that still have a member in it: one whose passages were all split off or detached has none. */
function headlinesHeld(group: AlignedGroup, members: RowMember[]): number[] {
  const articleIds = new Set(members.map((m) => m.articleId));
  return group.headlineArticleIds.filter((id) => articleIds.has(id));
}

export function applyAnalystRows(groups: AlignedGroup[], rows: AnalystRow[], locate: (p: AnalystPassage) => AlignedMember | null): ResolvedRow[] {
  const moved = new Set(rows.flatMap((r) => r.passages.filter((p) => p.mode !== 'anchor' && p.reason).map((p) => passageIdentity(p.reason, p.fact, p))));
  const working = groups.map((group) => ({
    group,
    reason: groupReason(group),
    members: group.members
      .filter((m) => !moved.has(passageIdentity(groupReason(group), group.fact, m)))
      .map((m): RowMember => ({ ...m, reason: groupReason(group), fact: group.fact })),
  }));
  const claimed = new Set<number>();
  const placed: { order: number; row: ResolvedRow }[] = [];
  for (const row of [...rows].sort((a, b) => a.id - b.id)) {
    const anchors = new Set(row.passages.filter((p) => p.mode === 'anchor').map((p) => passageIdentity(p.reason, p.fact, p)));
    const detached = new Set(row.passages.filter((p) => p.mode === 'detached').map((p) => passageIdentity(p.reason, p.fact, p)));
    // Passages this row detached itself are not missing: a row emptied by hand is not stale.
    const expected = row.passages.filter((p) => p.mode !== 'detached' && !detached.has(passageIdentity(p.reason, p.fact, p)));
    const absorbed = working
      .map((w, i) => ({ ...w, i }))
      .filter((w) => !claimed.has(w.i) && w.members.some((m) => anchors.has(passageIdentity(w.reason, w.group.fact, m))));
    for (const w of absorbed) claimed.add(w.i);
    const exact = row.passages.flatMap((p): RowMember[] => {
      const m = p.mode === 'exact' ? locate(p) : null;
      return m ? [{ ...m, reason: p.reason ?? 'analyst', fact: p.fact }] : [];
    });
    const reasons = new Set<CoverageReason>([...absorbed.map((w) => w.reason), ...row.passages.filter((p) => p.mode === 'exact' && p.reason).map((p) => p.reason!)]);
    placed.push({
      order: absorbed.length ? Math.min(...absorbed.map((w) => w.i)) : groups.length + row.id,
      row: {
        key: `analyst:${row.id}`,
        label: row.label ?? absorbed[0]?.group.label ?? '(untitled row)',
        reason: reasons.size === 1 ? [...reasons][0] : 'analyst',
        analystRowId: row.id,
        edit: row.kind,
        stale: expected.length > 0 && absorbed.length === 0 && exact.length === 0,
        score: absorbed.length === 1 && !exact.length ? absorbed[0].group.score : null,
        members: unique([...absorbed.flatMap((w) => w.members), ...exact]),
        headlineArticleIds: [...new Set(absorbed.flatMap((w) => headlinesHeld(w.group, w.members)))],
      },
    });
  }
  working.forEach((w, i) => {
    if (claimed.has(i) || w.members.length === 0) return;
    placed.push({
      order: i,
      row: {
        key: w.group.key,
        label: w.group.label,
        reason: w.reason,
        analystRowId: null,
        edit: null,
        stale: false,
        score: w.group.score,
        members: w.members,
        headlineArticleIds: headlinesHeld(w.group, w.members),
      },
    });
  });
  return placed.sort((a, b) => a.order - b.order).map((p) => p.row);
}
