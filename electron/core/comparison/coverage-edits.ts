// The analyst's edits to a story's coverage matrix: rename, merge, split, add, attach and detach a passage, reset;
// each one undoable action.
import type { AnalystPassage, EditKind, ResolvedRow, RowMember } from '../../../shared/compare/coverage-rows';
import type { CoverageMatrix, Passage } from '../../../shared/compare/types';
import { UserError } from '../../../shared/api/errors';
import { recordAction } from '../history/history';
import type { ProjectContext } from '../project/context';
import { analyzeStory, withAnalystRows, type StoryAnalysis } from './story-coverage';

function findRow(rows: ResolvedRow[], key: string, storyId: number): ResolvedRow {
  const row = rows.find((r) => r.key === key);
  if (!row) throw new UserError(`no coverage row "${key}" in story ${storyId}; it may have changed, reload the matrix`);
  return row;
}

function insertRow(ctx: ProjectContext, storyId: number, kind: EditKind, label: string | null): number {
  return Number(
    ctx.db.prepare('INSERT INTO coverage_rows (story_id, label, kind, created_at) VALUES (?, ?, ?, ?)').run(storyId, label, kind, ctx.now().toISOString()).lastInsertRowid,
  );
}

function insertPassage(ctx: ProjectContext, rowId: number, p: Omit<AnalystPassage, 'quoteStart' | 'quoteEnd'> & { quoteStart?: number | null; quoteEnd?: number | null }) {
  ctx.db
    .prepare('INSERT INTO coverage_passages (row_id, article_id, start, end, quote_start, quote_end, mode, reason, fact) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(rowId, p.articleId, p.start, p.end, p.quoteStart ?? null, p.quoteEnd ?? null, p.mode, p.reason, p.fact);
}

const anchorOf = (m: RowMember) => ({ ...m, mode: 'anchor' as const });

function deleteAnalystRow(ctx: ProjectContext, rowId: number) {
  ctx.db.prepare('DELETE FROM coverage_passages WHERE row_id = ?').run(rowId);
  ctx.db.prepare('DELETE FROM coverage_rows WHERE id = ?').run(rowId);
}

export function renameRow(ctx: ProjectContext, storyId: number, key: string, label: string): CoverageMatrix {
  const before = analyzeStory(ctx, storyId);
  const row = findRow(before.rows, key, storyId);
  recordAction(ctx, `Rename coverage row to "${label}"`, () => {
    if (row.analystRowId !== null) ctx.db.prepare('UPDATE coverage_rows SET label = ? WHERE id = ?').run(label, row.analystRowId);
    else {
      const id = insertRow(ctx, storyId, 'rename', label);
      for (const m of row.members) insertPassage(ctx, id, anchorOf(m));
    }
  });
  return withAnalystRows(ctx, storyId, before).matrix;
}

export function mergeRows(ctx: ProjectContext, storyId: number, keys: string[], label?: string): CoverageMatrix {
  const before = analyzeStory(ctx, storyId);
  const sources = [...new Set(keys)].map((k) => findRow(before.rows, k, storyId));
  if (sources.length < 2) throw new UserError('merging needs at least two different rows');
  recordAction(ctx, `Merge ${sources.length} coverage rows`, () => {
    const id = insertRow(ctx, storyId, 'merge', label ?? sources[0].label);
    for (const source of sources) {
      if (source.analystRowId !== null) {
        ctx.db.prepare('UPDATE coverage_passages SET row_id = ? WHERE row_id = ?').run(id, source.analystRowId);
        ctx.db.prepare('DELETE FROM coverage_rows WHERE id = ?').run(source.analystRowId);
      }
      // Anchors on every member, so the merged row finds its groups again however the alignment regroups them.
      for (const m of source.members) insertPassage(ctx, id, anchorOf(m));
    }
  });
  return withAnalystRows(ctx, storyId, before).matrix;
}

const samePassage = (m: RowMember, p: Passage) =>
  m.articleId === p.articleId && m.start === p.start && m.end === p.end && (p.quoteStart === undefined || m.quoteStart === p.quoteStart);

export function splitRow(ctx: ProjectContext, storyId: number, key: string, passages: Passage[], label?: string): CoverageMatrix {
  const before = analyzeStory(ctx, storyId);
  const row = findRow(before.rows, key, storyId);
  const moving = passages.map((p) => {
    const found = row.members.find((m) => samePassage(m, p));
    if (!found) throw new UserError(`row "${row.label}" has no passage at article ${p.articleId}, ${p.start}-${p.end}`);
    return found;
  });
  if (!moving.length || moving.length === row.members.length) throw new UserError('a split moves some, but not all, of the row\'s passages');
  recordAction(ctx, `Split coverage row "${row.label}"`, () => {
    const id = insertRow(ctx, storyId, 'split', label ?? `${row.label} (split)`);
    for (const m of moving) {
      if (row.analystRowId !== null) {
        ctx.db
          .prepare("DELETE FROM coverage_passages WHERE row_id = ? AND mode = 'exact' AND article_id = ? AND start = ? AND end = ?")
          .run(row.analystRowId, m.articleId, m.start, m.end);
      }
      insertPassage(ctx, id, { ...m, mode: 'exact' });
    }
  });
  return withAnalystRows(ctx, storyId, before).matrix;
}

function checkPassage(before: Omit<StoryAnalysis, 'rows' | 'matrix'>, p: Passage) {
  const article = before.data.articles.find((a) => a.id === p.articleId);
  if (!article) throw new UserError(`article ${p.articleId} is not in story "${before.data.story.name}"`);
  if (!(p.start >= 0 && p.end > p.start && p.end <= article.body.length)) throw new UserError(`span ${p.start}-${p.end} is outside article ${p.articleId}`);
  if ((p.quoteStart === undefined) !== (p.quoteEnd === undefined) || (p.quoteStart !== undefined && !(p.start <= p.quoteStart && p.quoteStart < p.quoteEnd! && p.quoteEnd! <= p.end))) {
    throw new UserError(`the quotation of a passage needs both quoteStart and quoteEnd, inside ${p.start}-${p.end}`);
  }
}

export function addRow(ctx: ProjectContext, storyId: number, label: string, passages: Passage[] = []): CoverageMatrix {
  const before = analyzeStory(ctx, storyId);
  for (const p of passages) checkPassage(before, p);
  recordAction(ctx, `Add coverage row "${label}"`, () => {
    const id = insertRow(ctx, storyId, 'add', label);
    for (const p of passages) insertPassage(ctx, id, { ...p, mode: 'exact', reason: 'analyst', fact: null });
  });
  return withAnalystRows(ctx, storyId, before).matrix;
}

/** Removes an analyst row: its groups and passages show as computed again. */
export function resetRow(ctx: ProjectContext, storyId: number, key: string): CoverageMatrix {
  const before = analyzeStory(ctx, storyId);
  const row = findRow(before.rows, key, storyId);
  if (row.analystRowId === null) throw new UserError(`row "${row.label}" is as computed; there is no edit to undo`);
  recordAction(ctx, `Reset coverage row "${row.label}"`, () => deleteAnalystRow(ctx, row.analystRowId!));
  return withAnalystRows(ctx, storyId, before).matrix;
}

/** The analyst row of a row, made (anchored on the given members, like a rename) when the row is as computed. */
function analystRowOf(ctx: ProjectContext, storyId: number, row: ResolvedRow, anchors: RowMember[]): number {
  if (row.analystRowId !== null) return row.analystRowId;
  const id = insertRow(ctx, storyId, 'edit', null);
  for (const m of anchors) insertPassage(ctx, id, anchorOf(m));
  return id;
}

const spanText = (p: Passage) => `article ${p.articleId}, ${p.start}-${p.end}`;

/** Adds a passage to a row: its outlet's cell then carries the row, at the passage's position. */
export function attachPassage(ctx: ProjectContext, storyId: number, key: string, passage: Passage): CoverageMatrix {
  const before = analyzeStory(ctx, storyId);
  const row = findRow(before.rows, key, storyId);
  checkPassage(before, passage);
  if (row.members.some((m) => samePassage(m, passage))) throw new UserError(`the passage at ${spanText(passage)} is already in row "${row.label}"`);
  recordAction(ctx, `Attach a passage to coverage row "${row.label}"`, () => {
    const id = analystRowOf(ctx, storyId, row, row.members);
    // No reason: the passage is added as it is, and stays in any computed row that holds it too.
    insertPassage(ctx, id, { ...passage, mode: 'exact', reason: null, fact: null });
  });
  return withAnalystRows(ctx, storyId, before).matrix;
}

/**
 * Takes a passage out of a row. One the analyst attached (or split off into it) is forgotten: a split-off passage
 * goes back to the row it came from. One of the row's computed groups is marked detached, which keeps it out of
 * that group on every recompute.
 */
export function detachPassage(ctx: ProjectContext, storyId: number, key: string, passage: Passage): CoverageMatrix {
  const before = analyzeStory(ctx, storyId);
  const row = findRow(before.rows, key, storyId);
  checkPassage(before, passage);
  const leaving = row.members.filter((m) => samePassage(m, passage));
  if (!leaving.length) throw new UserError(`row "${row.label}" has no passage at ${spanText(passage)}`);
  recordAction(ctx, `Detach a passage from coverage row "${row.label}"`, () => {
    const id = analystRowOf(ctx, storyId, row, row.members.filter((m) => !leaving.includes(m)));
    for (const m of leaving) {
      const stored = ctx.db
        .prepare("DELETE FROM coverage_passages WHERE row_id = ? AND mode = 'exact' AND article_id = ? AND start = ? AND end = ? AND quote_start IS ?")
        .run(id, m.articleId, m.start, m.end, m.quoteStart ?? null);
      if (!stored.changes) insertPassage(ctx, id, { ...m, mode: 'detached' });
    }
  });
  return withAnalystRows(ctx, storyId, before).matrix;
}
