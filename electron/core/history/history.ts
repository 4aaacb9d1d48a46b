// Undo and redo of every hand-made change, kept in the project file so they survive a restart.
import { UserError } from '../../../shared/api/errors';
import type { HistoryState } from '../../../shared/domain/coding';
import type { ProjectContext } from '../project/context';

const MAX_ACTIONS = 2000;

function setRecording(ctx: ProjectContext, actionId: number | null) {
  ctx.db.prepare('UPDATE history_recording SET action_id = ? WHERE id = 1').run(actionId);
}

const COALESCE_WINDOW_MS = 2 * 60_000;

/** The latest action, if `label` may join it: same label, recent, and nothing undone since. */
function joinable(ctx: ProjectContext, label: string): number | undefined {
  const last = ctx.db.prepare('SELECT id, label, state, created_at FROM history_actions ORDER BY id DESC LIMIT 1').get() as
    | { id: number; label: string; state: string; created_at: string }
    | undefined;
  if (!last || last.state !== 'done' || last.label !== label) return undefined;
  return ctx.now().getTime() - Date.parse(last.created_at) < COALESCE_WINDOW_MS ? last.id : undefined;
}

/**
 * Runs `work` as one undoable action in one transaction. Nested calls join the outer action. With `coalesce`,
 * a repeat of the latest action (same label, within two minutes: typing a memo) joins it, so one undo reverts it all.
 */
export function recordAction<T>(ctx: ProjectContext, label: string, work: () => T, options: { coalesce?: boolean } = {}): T {
  if (ctx.db.inTransaction) return work();
  return ctx.db.transaction(() => {
    const joined = options.coalesce ? joinable(ctx, label) : undefined;
    ctx.db.prepare("DELETE FROM history_actions WHERE state = 'undone'").run();
    const actionId =
      joined ??
      Number(ctx.db.prepare("INSERT INTO history_actions (label, state, created_at) VALUES (?, 'done', ?)").run(label, ctx.now().toISOString()).lastInsertRowid);
    setRecording(ctx, actionId);
    const result = work();
    setRecording(ctx, null);
    const logged = ctx.db.prepare('SELECT count(*) FROM history_log WHERE action_id = ?').pluck().get(actionId) as number;
    if (logged === 0) ctx.db.prepare('DELETE FROM history_actions WHERE id = ?').run(actionId);
    ctx.db.prepare('DELETE FROM history_actions WHERE id <= ?').run(actionId - MAX_ACTIONS);
    return result;
  })();
}

/** Plays an action's statements backwards, capturing their inverses as the action's new log. */
function replay(ctx: ProjectContext, actionId: number, nextState: 'done' | 'undone') {
  ctx.db.transaction(() => {
    // Rows come back in any order (children before parents), so foreign keys are checked at commit.
    ctx.db.pragma('defer_foreign_keys = ON');
    const statements = ctx.db.prepare('SELECT seq, statement FROM history_log WHERE action_id = ? ORDER BY seq DESC').all(actionId) as {
      seq: number;
      statement: string;
    }[];
    const capture = Number(
      ctx.db.prepare("INSERT INTO history_actions (label, state, created_at) VALUES ('(replay)', 'done', ?)").run(ctx.now().toISOString()).lastInsertRowid,
    );
    setRecording(ctx, capture);
    for (const { statement } of statements) ctx.db.exec(statement);
    setRecording(ctx, null);
    ctx.db.prepare('DELETE FROM history_log WHERE action_id = ?').run(actionId);
    ctx.db.prepare('UPDATE history_log SET action_id = ? WHERE action_id = ?').run(actionId, capture);
    ctx.db.prepare('DELETE FROM history_actions WHERE id = ?').run(capture);
    ctx.db.prepare('UPDATE history_actions SET state = ? WHERE id = ?').run(nextState, actionId);
  })();
}

export function undo(ctx: ProjectContext): HistoryState {
  const last = ctx.db.prepare("SELECT id FROM history_actions WHERE state = 'done' ORDER BY id DESC LIMIT 1").pluck().get() as number | undefined;
  if (last === undefined) throw new UserError('nothing to undo');
  replay(ctx, last, 'undone');
  return historyState(ctx);
}

export function redo(ctx: ProjectContext): HistoryState {
  const next = ctx.db.prepare("SELECT id FROM history_actions WHERE state = 'undone' ORDER BY id ASC LIMIT 1").pluck().get() as number | undefined;
  if (next === undefined) throw new UserError('nothing to redo');
  replay(ctx, next, 'done');
  return historyState(ctx);
}

export function historyState(ctx: ProjectContext): HistoryState {
  const label = (state: string, order: string) =>
    (ctx.db.prepare(`SELECT label FROM history_actions WHERE state = ? ORDER BY id ${order} LIMIT 1`).pluck().get(state) as string | undefined) ?? null;
  return { undoLabel: label('done', 'DESC'), redoLabel: label('undone', 'ASC') };
}
