// Collects an import's outcomes, problems and unmapped parts, and runs its writes as one undoable action
// that is rolled back whole when any problem was found.
import path from 'node:path';
import type { ImportKind, ImportOutcome, ImportProblem, ImportReport, OutcomeStatus } from '../../../shared/exchange/types';
import { recordAction } from '../history/history';
import type { ProjectContext } from '../project/context';

const MAX_LISTED_ERRORS = 1000;

export class ReportBuilder {
  readonly errors: ImportProblem[] = [];
  readonly outcomes: ImportOutcome[] = [];
  readonly unmapped: string[] = [];
  readonly warnings: string[] = [];
  readonly totals: Record<OutcomeStatus, number> = { added: 0, updated: 0, unchanged: 0, kept: 0, skipped: 0 };
  private moreErrors = 0;

  error(message: string, line?: number) {
    if (this.errors.length < MAX_LISTED_ERRORS) this.errors.push(line === undefined ? { message } : { line, message });
    else this.moreErrors++;
  }

  /** One outcome line; `count` is how many items it stands for (e.g. "added 120 codings of Frame"). */
  outcome(status: OutcomeStatus, message: string, line?: number, count = 1) {
    this.outcomes.push(line === undefined ? { status, message } : { status, message, line });
    this.totals[status] += count;
  }

  unmap(message: string) {
    if (!this.unmapped.includes(message)) this.unmapped.push(message);
  }

  get failed(): boolean {
    return this.errors.length + this.moreErrors > 0;
  }

  finish(kind: ImportKind, file: string, imported: boolean, undoLabel: string | null): ImportReport {
    return {
      kind,
      path: path.resolve(file),
      imported,
      errors: this.errors,
      moreErrors: this.moreErrors,
      outcomes: imported ? this.outcomes : [],
      unmapped: this.unmapped,
      warnings: this.warnings,
      totals: imported ? this.totals : { added: 0, updated: 0, unchanged: 0, kept: 0, skipped: 0 },
      undoLabel: imported ? undoLabel : null,
    };
  }
}

class Rollback extends Error {}

/**
 * Runs `work` as one undoable action in one transaction. If the report has errors when `work` returns
 * (or `work` throws), everything is rolled back. Returns the action's label if it committed a change,
 * null if it committed nothing, and undefined if it was rolled back.
 */
export function commitImport(ctx: ProjectContext, label: string, report: ReportBuilder, work: () => void): string | null | undefined {
  let actionId: number | null = null;
  try {
    recordAction(ctx, label, () => {
      actionId = ctx.db.prepare('SELECT action_id FROM history_recording WHERE id = 1').pluck().get() as number | null;
      work();
      if (report.failed) throw new Rollback();
    });
  } catch (error) {
    if (error instanceof Rollback) return undefined;
    throw error;
  }
  // recordAction drops an action that changed nothing.
  return actionId !== null && ctx.db.prepare('SELECT 1 FROM history_actions WHERE id = ?').get(actionId) ? label : null;
}
