// Team coding: blind mode (a coder sees only their own codings) and the consensus coder.
import { UserError } from '../../../shared/api/errors';
import type { Coder } from '../../../shared/domain/coding';
import { CODER_COLUMNS, listCoders, toCoder } from '../coding/coders';
import type { ProjectContext } from '../project/context';
import { getSetting, setSetting } from '../project/settings';

export const CONSENSUS_CODER = 'Consensus';

export function isBlind(ctx: ProjectContext): boolean {
  return getSetting(ctx, 'blind_mode') === '1';
}

export function setBlind(ctx: ProjectContext, blind: boolean): boolean {
  setSetting(ctx, 'blind_mode', blind ? '1' : '0');
  return blind;
}

/** The coder consensus codings are kept under, so the originals stay untouched and the report can be re-run. */
export function consensusCoder(ctx: ProjectContext): Coder {
  const found = ctx.db.prepare(`SELECT ${CODER_COLUMNS} FROM coders WHERE is_consensus = 1 ORDER BY id LIMIT 1`).get() as Parameters<typeof toCoder>[0] | undefined;
  if (found) return toCoder(found);
  if (ctx.db.prepare('SELECT 1 FROM coders WHERE name = ?').get(CONSENSUS_CODER)) {
    throw new UserError(`a coder named "${CONSENSUS_CODER}" exists but is not the consensus coder; rename that coder first`);
  }
  const id = Number(
    ctx.db.prepare('INSERT INTO coders (name, color, created_at, is_consensus) VALUES (?, ?, ?, 1)').run(CONSENSUS_CODER, '#3a3a3a', ctx.now().toISOString())
      .lastInsertRowid,
  );
  return { id, name: CONSENSUS_CODER, color: '#3a3a3a', isConsensus: true };
}

/** Coders whose codings count for reliability: everyone but the consensus coder, optionally by name. */
export function reliabilityCoders(ctx: ProjectContext, names?: string[]): Coder[] {
  const coders = listCoders(ctx).filter((c) => !c.isConsensus);
  if (!names?.length) return coders;
  return names.map((name) => {
    const coder = coders.find((c) => c.name.toLowerCase() === name.trim().toLowerCase());
    if (!coder) throw new UserError(`no coder named "${name.trim()}" (coders: ${coders.map((c) => c.name).join(', ') || 'none'})`);
    return coder;
  });
}
