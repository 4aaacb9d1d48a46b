// Coders: every coding records one; the current coder is a project setting.
import os from 'node:os';
import { UserError } from '../../../shared/api/errors';
import type { Coder } from '../../../shared/domain/coding';
import type { ProjectContext } from '../project/context';
import { getSetting, setSetting } from '../project/settings';

const PALETTE = ['#4a6fa5', '#b5651d', '#3f8f6b', '#8e5aa8', '#b0413e', '#5d7a8c'];

/** The colour a new coder gets, given how many coders the project has. */
export const coderColor = (existing: number) => PALETTE[existing % PALETTE.length];

export const CODER_COLUMNS = 'id, name, color, is_consensus AS isConsensus';

export const toCoder = (row: Omit<Coder, 'isConsensus'> & { isConsensus: number }): Coder => ({ ...row, isConsensus: row.isConsensus === 1 });

type CoderRow = Parameters<typeof toCoder>[0];

export function listCoders(ctx: ProjectContext): Coder[] {
  return (ctx.db.prepare(`SELECT ${CODER_COLUMNS} FROM coders ORDER BY name COLLATE NOCASE`).all() as CoderRow[]).map(toCoder);
}

function findOrCreateCoder(ctx: ProjectContext, name: string): number {
  const found = ctx.db.prepare('SELECT id FROM coders WHERE name = ?').pluck().get(name) as number | undefined;
  if (found !== undefined) return found;
  const n = ctx.db.prepare('SELECT count(*) FROM coders').pluck().get() as number;
  return Number(
    ctx.db.prepare('INSERT INTO coders (name, color, created_at) VALUES (?, ?, ?)').run(name, coderColor(n), ctx.now().toISOString())
      .lastInsertRowid,
  );
}

function defaultCoderName(): string {
  try {
    return os.userInfo().username || 'Coder 1';
  } catch {
    return 'Coder 1';
  }
}

/** The coder whose codings are being made; created on first use from the system user name. */
export function currentCoder(ctx: ProjectContext): Coder {
  const setting = getSetting(ctx, 'current_coder');
  const row = setting ? (ctx.db.prepare(`SELECT ${CODER_COLUMNS} FROM coders WHERE id = ?`).get(Number(setting)) as CoderRow | undefined) : undefined;
  return row ? toCoder(row) : setCurrentCoder(ctx, defaultCoderName());
}

export function setCurrentCoder(ctx: ProjectContext, name: string): Coder {
  const trimmed = name.trim();
  if (!trimmed) throw new UserError('a coder needs a name');
  return ctx.db.transaction(() => {
    const id = findOrCreateCoder(ctx, trimmed);
    setSetting(ctx, 'current_coder', String(id));
    return toCoder(ctx.db.prepare(`SELECT ${CODER_COLUMNS} FROM coders WHERE id = ?`).get(id) as CoderRow);
  })();
}
