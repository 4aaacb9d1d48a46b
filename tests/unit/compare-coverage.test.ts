// The coverage matrix from alignment groups, and the analyst's edits applied by passage, not by group id.
import { describe, expect, it } from 'vitest';
import { coverageMatrix } from '../../shared/compare/coverage-matrix';
import { applyAnalystRows, type AnalystRow } from '../../shared/compare/coverage-rows';
import type { AlignedGroup, AlignedMember, Position } from '../../shared/compare/types';

const member = (articleId: number, start: number, position: Position = 'body'): AlignedMember => ({
  articleId,
  outletId: articleId < 3 ? 1 : articleId,
  start,
  end: start + 10,
  sentences: [start / 10],
  position,
  text: `s${start}`,
});

const group = (key: string, reason: AlignedGroup['reason'], members: AlignedMember[], fact: string | null = null): AlignedGroup => ({
  key,
  reason,
  fact,
  score: 1,
  label: key,
  articleIds: [...new Set(members.map((m) => m.articleId))],
  headlineArticleIds: [],
  members,
});

// Articles 1 and 2 are outlet 1; article 3 is outlet 3, article 4 outlet 4.
const ARTICLES = [1, 2, 3, 4].map((id) => ({ id, outletId: id < 3 ? 1 : id, outlet: `Outlet ${id < 3 ? 1 : id}`, title: `t${id}`, publishedAt: null }));
const quote = group('quote:1:0', 'quote', [member(1, 0, 'lead'), member(3, 50), member(4, 20)]);
const n59 = group('number:59:1:20', 'number', [member(1, 20), member(3, 50)], '59');
const n24 = group('number:24:1:20', 'number', [member(1, 20), member(4, 30)], '24');
const anchor = (m: AlignedMember, reason: string, fact: string | null = null) => ({ ...m, quoteStart: null, quoteEnd: null, mode: 'anchor' as const, reason: reason as 'quote', fact });

describe('coverage matrix', () => {
  it('has one column per outlet, cells with position and passage, and counts', () => {
    const m = coverageMatrix(1, ARTICLES, applyAnalystRows([quote, n59], [], () => null), []);
    expect(m.outlets.map((o) => [o.name, o.articleIds, o.rowsIncluded])).toEqual([['Outlet 1', [1, 2], 2], ['Outlet 3', [3], 2], ['Outlet 4', [4], 1]]);
    const [row] = m.rows;
    expect(row.cells.map((c) => [c.included, c.position])).toEqual([[true, 'lead'], [true, 'body'], [true, 'body']]);
    expect(row.cells[0].articles.map((a) => a.included)).toEqual([true, false]);
    expect(row.cells[0].passage).toEqual({ articleId: 1, start: 0, end: 10 });
    expect(m.rows[1]).toMatchObject({ outletsIncluded: 2, outletsOmitted: 1, articlesIncluded: 2 });
  });
});

describe('analyst rows', () => {
  it('a rename finds its group by passage and fact, even when the sentence sits in another group too', () => {
    const rows: AnalystRow[] = [{ id: 1, label: 'Hostages held', kind: 'rename', passages: [anchor(member(1, 20), 'number', '59')] }];
    const resolved = applyAnalystRows([quote, n59, n24], rows, () => null);
    expect(resolved.map((r) => [r.key, r.label])).toEqual([['quote:1:0', 'quote:1:0'], ['analyst:1', 'Hostages held'], ['number:24:1:20', 'number:24:1:20']]);
  });

  it('a split takes passages out of their group; an add with passages and a stale row are kept', () => {
    const rows: AnalystRow[] = [
      { id: 1, label: 'Moved', kind: 'split', passages: [{ ...member(4, 20), quoteStart: null, quoteEnd: null, mode: 'exact', reason: 'quote', fact: null }] },
      { id: 2, label: 'Gone', kind: 'rename', passages: [anchor(member(2, 90), 'paraphrase')] },
    ];
    const resolved = applyAnalystRows([quote, n59], rows, (p) => member(p.articleId, p.start));
    expect(resolved.find((r) => r.key === 'quote:1:0')!.members.map((m) => m.articleId)).toEqual([1, 3]);
    expect(resolved.find((r) => r.label === 'Moved')).toMatchObject({ edit: 'split', reason: 'quote', members: [expect.objectContaining({ articleId: 4, start: 20 })] });
    expect(resolved.find((r) => r.label === 'Gone')).toMatchObject({ stale: true, members: [] });
  });

  it('a merge takes every group holding one of its anchors; each group is claimed once', () => {
    const rows: AnalystRow[] = [
      { id: 1, label: 'Numbers', kind: 'merge', passages: [anchor(member(3, 50), 'number', '59'), anchor(member(4, 30), 'number', '24')] },
      { id: 2, label: 'Late', kind: 'rename', passages: [anchor(member(1, 20), 'number', '24')] },
    ];
    const resolved = applyAnalystRows([quote, n59, n24], rows, () => null);
    expect(resolved.map((r) => r.label)).toEqual(['quote:1:0', 'Numbers', 'Late']);
    expect(resolved[1]).toMatchObject({ reason: 'number', score: null });
    expect(resolved[1].members.map((m) => `${m.fact}:${m.articleId}`)).toEqual(['59:1', '59:3', '24:1', '24:4']);
    expect(resolved[2]).toMatchObject({ stale: true });
  });
});
